package dev.rescind.domain.shipment;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Command;
import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.PickupWindow;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import io.vavr.control.Option;

/** What can be asked of an existing shipment. */
public sealed interface ShipmentCommand extends Command {

    /** The kind named like the record: {@code PickUp} is {@code PICK_UP}. */
    @Override
    default ShipmentCommandKind kind() {
        return CommandKind.named(ShipmentCommandKind.class, this);
    }

    /**
     * Agree (or move) the carrier's pickup window.
     *
     * @param window   the pickup window
     * @param pickupId the carrier's pickup id, if any
     */
    record Schedule(PickupWindow window, Option<Reference> pickupId) implements ShipmentCommand {
        /**
         * Checks that no component is null.
         *
         * @param window   the pickup window
         * @param pickupId the carrier's pickup id, if any
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public Schedule {
            Check.start().required("window", window).required("pickupId", pickupId).orThrow();
        }
    }

    /** The carrier scanned the parcel at pickup. */
    record PickUp() implements ShipmentCommand {
    }

    /** The carrier delivered the parcel. */
    record Complete() implements ShipmentCommand {
    }

    /**
     * ReturnQueen's {@code DELETE /api/shipments/{id}}: only a pending or scheduled shipment can be cancelled.
     *
     * @param reason {@code cancelled_reason}, if given
     */
    record Cancel(Option<Reason> reason) implements ShipmentCommand {
        /**
         * Checks that no component is null.
         *
         * @param reason {@code cancelled_reason}, if given
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public Cancel {
            Check.start().required("reason", reason).orThrow();
        }
    }
}
