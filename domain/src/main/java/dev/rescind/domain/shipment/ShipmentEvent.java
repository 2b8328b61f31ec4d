package dev.rescind.domain.shipment;

import dev.rescind.domain.shared.DomainEvent;
import dev.rescind.domain.shared.PickupWindow;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import io.vavr.control.Option;

/** What happens to a shipment. */
public sealed interface ShipmentEvent extends DomainEvent {

    /**
     * A shipment was created.
     *
     * @param shipment what it was created with
     */
    record ShipmentCreated(NewShipment shipment) implements ShipmentEvent {
    }

    /**
     * The pickup window was agreed or moved.
     *
     * @param window   the window
     * @param pickupId the carrier's pickup id, if any
     */
    record ShipmentScheduled(PickupWindow window, Option<Reference> pickupId) implements ShipmentEvent {
    }

    /** The carrier picked the parcel up. */
    record ShipmentPickedUp() implements ShipmentEvent {
    }

    /** The carrier delivered the parcel. */
    record ShipmentCompleted() implements ShipmentEvent {
    }

    /**
     * The shipment was cancelled.
     *
     * @param reason {@code cancelled_reason}, if given
     */
    record ShipmentCancelled(Option<Reason> reason) implements ShipmentEvent {
        @Override
        public Option<String> detail() {
            return reason.map(Reason::value);
        }
    }

    /**
     * The carrier reported a pickup or delivery for a cancelled shipment. The report was refused as a
     * transition, but the fact is kept so the host can act on it (recall the parcel, charge the carrier).
     *
     * @param fact what the carrier reported: a pickup or a delivery
     */
    record CarrierFactAfterCancellation(ShipmentCommandKind fact) implements ShipmentEvent {
    }
}
