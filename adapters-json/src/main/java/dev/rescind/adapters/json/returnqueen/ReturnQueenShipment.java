package dev.rescind.adapters.json.returnqueen;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.PickupWindow;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.WebAddress;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import dev.rescind.domain.shipment.ShipmentType;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * A shipment as ReturnQueen's API shows it (seed 002): what {@link ReturnQueenJson} renders and reads back.
 * Everything a {@link Shipment} holds that ReturnQueen shows, and nothing else: the cancelling actor appears
 * by id only, and the carrier anomalies, version and tenant are not on this wire.
 *
 * <p>Invariant, as on the aggregate: the cancellation fields are present exactly when {@code cancelled}
 * ({@code cancelled_reason} may still be absent).
 */
public record ReturnQueenShipment(
        ShipmentId id,
        Reference orderNumber,
        ShipmentStatus status,
        Option<Instant> cancelledAt,
        Option<Reference> cancelledById,
        Option<Reason> cancelledReason,
        ShipmentType shipmentType,
        Instant shipmentDate,
        Option<PickupWindow> pickupWindow,
        Option<Reference> carrierId,
        Option<Reference> carrierServiceLevelId,
        Option<Reference> pickupId,
        Option<WebAddress> labelUrl,
        Metadata metadata,
        Instant insertedAt,
        Instant updatedAt) {

    public ReturnQueenShipment {
        Check check = Check.start()
                .required("id", id)
                .required("order_number", orderNumber)
                .required("status", status)
                .required("cancelled_at", cancelledAt)
                .required("cancelled_by_id", cancelledById)
                .required("cancelled_reason", cancelledReason)
                .required("shipment_type", shipmentType)
                .required("shipment_date", shipmentDate)
                .required("pickup_window", pickupWindow)
                .required("carrier_id", carrierId)
                .required("carrier_service_level_id", carrierServiceLevelId)
                .required("pickup_id", pickupId)
                .required("label_url", labelUrl)
                .required("metadata", metadata)
                .required("inserted_at", insertedAt)
                .required("updated_at", updatedAt);
        check.orThrow();
        boolean cancelled = status == ShipmentStatus.CANCELLED;
        check.require(cancelledAt.isDefined() == cancelled, "cancelled_at", "inconsistent",
                        "must be present exactly when the shipment is cancelled")
                .require(cancelledById.isDefined() == cancelled, "cancelled_by_id", "inconsistent",
                        "must be present exactly when the shipment is cancelled")
                .require(cancelled || cancelledReason.isEmpty(), "cancelled_reason", "inconsistent",
                        "must be absent unless the shipment is cancelled")
                .orThrow();
    }

    /** What ReturnQueen shows of {@code shipment}. */
    public static ReturnQueenShipment of(Shipment shipment) {
        return new ReturnQueenShipment(shipment.id(), shipment.orderNumber(), shipment.status(),
                shipment.cancellation().map(cancellation -> cancellation.cancelledAt()),
                shipment.cancellation().map(cancellation -> new Reference(cancellation.cancelledBy().id())),
                shipment.cancellation().flatMap(cancellation -> cancellation.reason()),
                shipment.shipmentType(), shipment.shipmentDate(), shipment.pickupWindow(), shipment.carrierId(),
                shipment.carrierServiceLevelId(), shipment.pickupId(), shipment.labelUrl(), shipment.metadata(),
                shipment.insertedAt(), shipment.updatedAt());
    }
}
