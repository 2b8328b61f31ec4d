package dev.rescind.application.port;

import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import java.util.Collection;
import java.util.List;

/**
 * Where shipments are kept, with the promises of every {@link Repository}, and a batch read for
 * {@code cancelAll}.
 */
public interface Shipments extends Repository<Shipment, ShipmentId, ShipmentStatus> {

    /**
     * The shipments of {@code ids} that exist for this tenant; missing ones are simply not returned.
     *
     * @param tenant the tenant
     * @param ids    the ids
     * @return the shipments found, in no particular order
     */
    List<Shipment> findAll(TenantId tenant, Collection<ShipmentId> ids);
}
