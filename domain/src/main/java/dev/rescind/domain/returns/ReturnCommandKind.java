package dev.rescind.domain.returns;

import static dev.rescind.domain.shared.ActorKind.CARRIER;
import static dev.rescind.domain.shared.ActorKind.CUSTOMER;

import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.CommandKind;
import java.util.EnumSet;
import java.util.Set;

/** The commands of the return table: the merchant's side asks; the carrier, and only the carrier, reports what happened. */
public enum ReturnCommandKind implements CommandKind {
    ANNOUNCE(EnumSet.of(CARRIER)),
    FAIL_ANNOUNCEMENT(EnumSet.of(CARRIER)),
    RECORD_SCAN(EnumSet.of(CARRIER)),
    RECORD_DELIVERY(EnumSet.of(CARRIER)),
    REQUEST_CANCELLATION(ActorKind.merchantSideAnd(CUSTOMER)),
    CONFIRM_CANCELLATION(EnumSet.of(CARRIER)),
    DECLINE_CANCELLATION(EnumSet.of(CARRIER)),
    CANCEL_EXCHANGE(ActorKind.MERCHANT_SIDE),
    CLOSE(ActorKind.MERCHANT_SIDE),
    /** Rescind's extension: the deadline runner expires an unanswered cancellation request. */
    EXPIRE_CANCELLATION(EnumSet.of(ActorKind.SYSTEM));

    private final Set<ActorKind> permittedActors;

    ReturnCommandKind(Set<ActorKind> permittedActors) {
        this.permittedActors = Set.copyOf(permittedActors);
    }

    @Override
    public Set<ActorKind> permittedActors() {
        return permittedActors;
    }

    @Override
    public boolean isCancellation() {
        return this == REQUEST_CANCELLATION;
    }
}
