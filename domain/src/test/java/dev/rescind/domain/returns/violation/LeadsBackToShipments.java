package dev.rescind.domain.returns.violation;

import dev.rescind.domain.shipment.violation.ClassAggregate;

/** The other half of the cycle {@link ClassAggregate} starts, on purpose. */
public final class LeadsBackToShipments {

    public String about(ClassAggregate aggregate) {
        return aggregate.stateName();
    }
}
