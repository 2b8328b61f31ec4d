package dev.rescind.domain.shipment;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.NewAggregate;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.WebAddress;
import io.vavr.control.Option;
import java.time.Instant;

/** Everything a shipment is created with; it starts {@code PENDING}, without a pickup window. */
public record NewShipment(
        ShipmentId id,
        Reference orderNumber,
        ShipmentType shipmentType,
        Instant shipmentDate,
        Option<Reference> carrierId,
        Option<Reference> carrierServiceLevelId,
        Option<WebAddress> labelUrl,
        Metadata metadata) implements NewAggregate {

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
