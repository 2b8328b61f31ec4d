package dev.rescind.domain.returns;

import static dev.rescind.domain.shared.ActorKind.CARRIER;
import static dev.rescind.domain.shared.ActorKind.CUSTOMER;

import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.CommandKind;
import java.util.EnumSet;
import java.util.Set;

/** The commands of the return table: the merchant's side asks; the carrier, and only the carrier, reports what happened. */
public enum ReturnCommandKind implements CommandKind {
    /** The carrier announces the parcel. */
    ANNOUNCE(EnumSet.of(CARRIER)),
    /** The carrier refuses the announcement. */
    FAIL_ANNOUNCEMENT(EnumSet.of(CARRIER)),
    /** The carrier scans the parcel. */
    RECORD_SCAN(EnumSet.of(CARRIER)),
    /** The carrier delivers the parcel back. */
    RECORD_DELIVERY(EnumSet.of(CARRIER)),
    /** The merchant's side or the customer asks to cancel the label. */
    REQUEST_CANCELLATION(ActorKind.merchantSideAnd(CUSTOMER)),
    /** The carrier cancelled the label. */
    CONFIRM_CANCELLATION(EnumSet.of(CARRIER)),
    /** The carrier refused to cancel. */
    DECLINE_CANCELLATION(EnumSet.of(CARRIER)),
    /** parcelLab's {@code cancel_exchange}. */
    CANCEL_EXCHANGE(ActorKind.MERCHANT_SIDE),
    /** The merchant closes the return. */
    CLOSE(ActorKind.MERCHANT_SIDE),
    /** The merchant's side or the customer no longer returns some units of one item. */
    CANCEL_ITEM(ActorKind.merchantSideAnd(CUSTOMER)),
    /** The merchant replaces the host-given parcel details, refund details or rule modifications. */
    UPDATE_HOST_DETAILS(ActorKind.MERCHANT_SIDE),
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
        return this == REQUEST_CANCELLATION || this == CANCEL_ITEM;
    }
}
