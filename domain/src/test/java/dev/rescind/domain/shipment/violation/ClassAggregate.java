package dev.rescind.domain.shipment.violation;

import dev.rescind.domain.returns.violation.LeadsBackToShipments;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateId;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Version;
import dev.rescind.domain.shipment.ShipmentId;
import java.time.Instant;

/**
 * Breaks two rules on purpose: an aggregate root that is a class, not a record, and half of a cycle between
 * the shipment and return packages ({@link LeadsBackToShipments} is the other half).
 */
public final class ClassAggregate implements Aggregate {

    private final LeadsBackToShipments returns = new LeadsBackToShipments();

    @Override
    public AggregateId id() {
        return new ShipmentId("class-aggregate");
    }

    @Override
    public TenantId tenant() {
        return new TenantId("tenant");
    }

    @Override
    public Version version() {
        return Version.FIRST;
    }

    @Override
    public String stateName() {
        return returns.toString();
    }

    @Override
    public Instant updatedAt() {
        return Instant.EPOCH;
    }
}
