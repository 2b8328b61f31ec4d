package dev.rescind.domain.shipment;

import static dev.rescind.domain.shared.ActorKind.CARRIER;
import static dev.rescind.domain.shared.ActorKind.CUSTOMER;

import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.CommandKind;
import java.util.EnumSet;
import java.util.Set;

/** The commands of the shipment table. Only the carrier reports carrier facts (pickup, delivery). */
public enum ShipmentCommandKind implements CommandKind {
    SCHEDULE(ActorKind.merchantSideAnd(CARRIER)),
    PICK_UP(EnumSet.of(CARRIER)),
    COMPLETE(EnumSet.of(CARRIER)),
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

    /** Facts the carrier reports about the parcel; one that arrives after a cancellation is an anomaly. */
    public boolean isCarrierFact() {
        return this == PICK_UP || this == COMPLETE;
    }
}
