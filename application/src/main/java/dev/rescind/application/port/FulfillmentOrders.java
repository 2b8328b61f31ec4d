package dev.rescind.application.port;

import dev.rescind.application.PageRequest;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.FulfillmentOrderStatus;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.util.List;

/** Where fulfillment orders are kept; the same promises as {@link Shipments}. */
public interface FulfillmentOrders {

    Option<FulfillmentOrder> find(TenantId tenant, FulfillmentOrderId id);

    /** Up to {@code page.limit()} orders with Shopify {@code status}, ordered by id, after the cursor. */
    List<FulfillmentOrder> list(TenantId tenant, FulfillmentOrderStatus status, PageRequest page);
}
