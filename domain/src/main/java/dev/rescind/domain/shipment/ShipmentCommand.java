package dev.rescind.domain.shipment;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.PickupWindow;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import io.vavr.control.Option;

/** What can be asked of an existing shipment. */
public sealed interface ShipmentCommand {

    ShipmentCommandKind kind();

    /** Agree (or move) the carrier's pickup window. */
    record Schedule(PickupWindow window, Option<Reference> pickupId) implements ShipmentCommand {
        public Schedule {
            Check.start().required("window", window).required("pickupId", pickupId).orThrow();
        }

        @Override
        public ShipmentCommandKind kind() {
            return ShipmentCommandKind.SCHEDULE;
        }
    }

    /** The carrier scanned the parcel at pickup. */
    record PickUp() implements ShipmentCommand {
        @Override
        public ShipmentCommandKind kind() {
            return ShipmentCommandKind.PICK_UP;
        }
    }

    /** The carrier delivered the parcel. */
    record Complete() implements ShipmentCommand {
        @Override
        public ShipmentCommandKind kind() {
            return ShipmentCommandKind.COMPLETE;
        }
    }

    /** ReturnQueen's {@code DELETE /api/shipments/{id}}: only a pending or scheduled shipment can be cancelled. */
    record Cancel(Option<Reason> reason) implements ShipmentCommand {
        public Cancel {
            Check.start().required("reason", reason).orThrow();
        }

        @Override
        public ShipmentCommandKind kind() {
            return ShipmentCommandKind.CANCEL;
        }
    }
}
