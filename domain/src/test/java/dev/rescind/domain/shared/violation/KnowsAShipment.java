package dev.rescind.domain.shared.violation;

import dev.rescind.domain.shipment.ShipmentId;

/** Breaks the rule that shared values know no aggregate, on purpose. */
public record KnowsAShipment(ShipmentId shipment) {
}
