package dev.rescind.domain.shipment;

import static dev.rescind.domain.shared.ActorKind.CARRIER;
import static dev.rescind.domain.shared.ActorKind.CUSTOMER;

import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.CommandKind;
import java.util.EnumSet;
import java.util.Set;

/** The commands of the shipment table. Only the carrier reports carrier facts (pickup, delivery). */
public enum ShipmentCommandKind implements CommandKind {
    /** The merchant's side or the carrier agrees the pickup window. */
    SCHEDULE(ActorKind.merchantSideAnd(CARRIER)),
    /** The carrier picks the parcel up. */
    PICK_UP(EnumSet.of(CARRIER)),
    /** The carrier delivers the parcel. */
    COMPLETE(EnumSet.of(CARRIER)),
    /** The merchant's side or the customer cancels. */
    CANCEL(ActorKind.merchantSideAnd(CUSTOMER));

    private final Set<ActorKind> permittedActors;

    ShipmentCommandKind(Set<ActorKind> permittedActors) {
        this.permittedActors = Set.copyOf(permittedActors);
    }

    @Override
    public Set<ActorKind> permittedActors() {
        return permittedActors;
    }

    @Override
    public boolean isCancellation() {
        return this == CANCEL;
    }

    /**
     * Facts the carrier reports about the parcel; one that arrives after a cancellation is an anomaly.
     *
     * @return {@code true} for pickup and delivery
     */
    public boolean isCarrierFact() {
        return this == PICK_UP || this == COMPLETE;
    }
}
