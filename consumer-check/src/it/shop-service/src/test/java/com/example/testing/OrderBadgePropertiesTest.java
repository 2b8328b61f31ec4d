package com.example.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.RequestStatus;
import dev.rescind.testkit.arbitraries.FulfillmentOrderModel;
import dev.rescind.testkit.arbitraries.Reached;
import dev.rescind.testkit.arbitraries.Walks;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OrderBadgePropertiesTest {

    @Property
    void every_order_rescind_can_produce_gets_a_badge(@ForAll("orders") Reached<FulfillmentOrder> reached) {
        FulfillmentOrder order = reached.aggregate();

        String badge = OrderBadge.of(order);

        assertThat(badge).isNotBlank();
        if (order.requestStatus() == RequestStatus.CANCELLATION_REQUESTED) {
            assertThat(badge).as("history: %s", reached.history()).isEqualTo("Cancelling…");
        }
    }

    @Provide
    Arbitrary<Reached<FulfillmentOrder>> orders() {
        // Orders in every reachable state, each built by applying generated commands from creation.
        return Walks.anyReachable(FulfillmentOrderModel.INSTANCE);
    }
}
