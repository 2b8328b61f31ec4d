package dev.rescind.testkit.domain;

import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentCommand;
import dev.rescind.domain.shipment.ShipmentCommandKind;
import dev.rescind.domain.shipment.ShipmentStatus;
import dev.rescind.testkit.arbitraries.AggregateModel;
import dev.rescind.testkit.arbitraries.ShipmentModel;

class ShipmentProperties
        extends StateMachineProperties<Shipment, ShipmentStatus, ShipmentCommandKind, ShipmentCommand> {

    @Override
    AggregateModel<Shipment, ShipmentStatus, ShipmentCommandKind, ShipmentCommand> model() {
        return ShipmentModel.INSTANCE;
    }
}
