package dev.rescind.testkit.domain;

import dev.rescind.domain.fulfillment.FulfillmentCommand;
import dev.rescind.domain.fulfillment.FulfillmentCommandKind;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentState;
import dev.rescind.testkit.arbitraries.AggregateModel;
import dev.rescind.testkit.arbitraries.FulfillmentOrderModel;

class FulfillmentOrderProperties extends StateMachineProperties<FulfillmentOrder, FulfillmentState,
        FulfillmentCommandKind, FulfillmentCommand> {

    @Override
    AggregateModel<FulfillmentOrder, FulfillmentState, FulfillmentCommandKind, FulfillmentCommand> model() {
        return FulfillmentOrderModel.INSTANCE;
    }
}
