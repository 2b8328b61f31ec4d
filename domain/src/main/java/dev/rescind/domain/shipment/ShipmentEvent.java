package dev.rescind.domain.shipment;

import dev.rescind.domain.shared.DomainEvent;
import dev.rescind.domain.shared.PickupWindow;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import io.vavr.control.Option;

/** What happens to a shipment. */
public sealed interface ShipmentEvent extends DomainEvent {

    record ShipmentCreated(NewShipment shipment) implements ShipmentEvent {
    }

    record ShipmentScheduled(PickupWindow window, Option<Reference> pickupId) implements ShipmentEvent {
    }

    record ShipmentPickedUp() implements ShipmentEvent {
    }

    record ShipmentCompleted() implements ShipmentEvent {
    }

    record ShipmentCancelled(Option<Reason> reason) implements ShipmentEvent {
        @Override
        public Option<String> detail() {
            return reason.map(Reason::value);
        }
    }

    /**
     * The carrier reported a pickup or delivery for a cancelled shipment. The report was refused as a
     * transition, but the fact is kept so the host can act on it (recall the parcel, charge the carrier).
     */
    record CarrierFactAfterCancellation(ShipmentCommandKind fact) implements ShipmentEvent {
    }
}
