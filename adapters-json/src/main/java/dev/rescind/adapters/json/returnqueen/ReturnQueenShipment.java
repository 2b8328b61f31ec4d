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
 *
 * @param id                    {@code id}
 * @param orderNumber           {@code order_number}: the shop's order the shipment belongs to
 * @param status                {@code status}
 * @param cancelledAt           {@code cancelled_at}: when it was cancelled; present exactly when cancelled
 * @param cancelledById         {@code cancelled_by_id}: the id of who cancelled it; present exactly when cancelled
 * @param cancelledReason       {@code cancelled_reason}: why, if a reason was given; absent unless cancelled
 * @param shipmentType          {@code shipment_type}
 * @param shipmentDate          {@code shipment_date}
 * @param pickupWindow          {@code complete_at_start}, {@code complete_at_end} and {@code timezone}, together
 * @param carrierId             {@code carrier_id}
 * @param carrierServiceLevelId {@code carrier_service_level_id}
 * @param pickupId              {@code pickup_id}
 * @param labelUrl              {@code label_url}
 * @param metadata              {@code metadata}: an object of strings
 * @param insertedAt            {@code inserted_at}
 * @param updatedAt             {@code updated_at}
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

    /**
     * Checks the components and the invariant.
     *
     * @param id                    {@code id}
     * @param orderNumber           {@code order_number}: the shop's order the shipment belongs to
     * @param status                {@code status}
     * @param cancelledAt           {@code cancelled_at}: when it was cancelled; present exactly when cancelled
     * @param cancelledById         {@code cancelled_by_id}: the id of who cancelled it; present exactly when cancelled
     * @param cancelledReason       {@code cancelled_reason}: why, if a reason was given; absent unless cancelled
     * @param shipmentType          {@code shipment_type}
     * @param shipmentDate          {@code shipment_date}
     * @param pickupWindow          {@code complete_at_start}, {@code complete_at_end} and {@code timezone}, together
     * @param carrierId             {@code carrier_id}
     * @param carrierServiceLevelId {@code carrier_service_level_id}
     * @param pickupId              {@code pickup_id}
     * @param labelUrl              {@code label_url}
     * @param metadata              {@code metadata}: an object of strings
     * @param insertedAt            {@code inserted_at}
     * @param updatedAt             {@code updated_at}
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null or the cancellation fields
     *         do not match {@code status}
     */
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

    /**
     * What ReturnQueen shows of {@code shipment}.
     *
     * @param shipment the shipment as stored
     * @return its ReturnQueen view
     */
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
