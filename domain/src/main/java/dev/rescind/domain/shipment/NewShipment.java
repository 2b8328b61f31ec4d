package dev.rescind.domain.shipment;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.NewAggregate;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.WebAddress;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Everything a shipment is created with; it starts {@code PENDING}, without a pickup window.
 *
 * @param id                    {@code id}
 * @param orderNumber           {@code order_number}
 * @param shipmentType          {@code shipment_type}
 * @param shipmentDate          {@code shipment_date}
 * @param carrierId             {@code carrier_id}, if known
 * @param carrierServiceLevelId {@code carrier_service_level_id}, if known
 * @param labelUrl              {@code label_url}, if known
 * @param metadata              {@code metadata}
 */
public record NewShipment(
        ShipmentId id,
        Reference orderNumber,
        ShipmentType shipmentType,
        Instant shipmentDate,
        Option<Reference> carrierId,
        Option<Reference> carrierServiceLevelId,
        Option<WebAddress> labelUrl,
        Metadata metadata) implements NewAggregate {

    /**
     * Checks that no component is null.
     *
     * @param id                    {@code id}
     * @param orderNumber           {@code order_number}
     * @param shipmentType          {@code shipment_type}
     * @param shipmentDate          {@code shipment_date}
     * @param carrierId             {@code carrier_id}, if known
     * @param carrierServiceLevelId {@code carrier_service_level_id}, if known
     * @param labelUrl              {@code label_url}, if known
     * @param metadata              {@code metadata}
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public NewShipment {
        Check.start()
                .required("id", id)
                .required("orderNumber", orderNumber)
                .required("shipmentType", shipmentType)
                .required("shipmentDate", shipmentDate)
                .required("carrierId", carrierId)
                .required("carrierServiceLevelId", carrierServiceLevelId)
                .required("labelUrl", labelUrl)
                .required("metadata", metadata)
                .orThrow();
    }
}
