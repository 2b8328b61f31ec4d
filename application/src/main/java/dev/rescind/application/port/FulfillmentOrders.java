package dev.rescind.application.port;

import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.FulfillmentOrderStatus;

/** Where fulfillment orders are kept; the same promises as every {@link Repository}. */
public interface FulfillmentOrders extends Repository<FulfillmentOrder, FulfillmentOrderId, FulfillmentOrderStatus> {
}
