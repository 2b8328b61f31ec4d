package dev.rescind.application.port;

import dev.rescind.application.PageRequest;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import io.vavr.control.Option;
import java.util.Collection;
import java.util.List;

/**
 * Where shipments are kept. Reads only: every write goes through {@link UnitOfWork#commit}.
 *
 * <p>Every method is scoped by tenant: another tenant's shipment is absent, never visible. Reads return
 * the last committed version (never a partial commit) and never {@code null}.
 */
public interface Shipments {

    Option<Shipment> find(TenantId tenant, ShipmentId id);

    /** The shipments of {@code ids} that exist for this tenant; missing ones are simply not returned. */
    List<Shipment> findAll(TenantId tenant, Collection<ShipmentId> ids);

    /**
     * Up to {@code page.limit()} shipments in {@code status}, ordered by id, starting after the cursor's
     * id. Pages never overlap; an item that keeps its status is never skipped.
     */
    List<Shipment> list(TenantId tenant, ShipmentStatus status, PageRequest page);
}
