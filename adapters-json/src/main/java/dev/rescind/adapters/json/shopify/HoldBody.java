package dev.rescind.adapters.json.shopify;

import dev.rescind.domain.fulfillment.FulfillmentLine;
import dev.rescind.domain.fulfillment.HoldReason;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Reason;
import io.vavr.control.Option;
import java.util.List;

/**
 * The body of Shopify's {@code POST /fulfillment_orders/{id}/hold.json}: {@code {"fulfillment_hold": {"reason":
 * …, "reason_notes": …, "notify_merchant": …, "fulfillment_order_line_items": [{"id": …, "quantity": …}]}}}.
 * No line items means the whole order.
 */
public record HoldBody(HoldReason reason, Option<Reason> reasonNotes, List<FulfillmentLine> lineItems) {

    /**
     * Checks that no component is null, and copies the line items.
     *
     * @param reason      {@code reason}
     * @param reasonNotes {@code reason_notes}, if any
     * @param lineItems   {@code fulfillment_order_line_items}; empty for the whole order
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public HoldBody {
        Check.start().required("reason", reason).required("reasonNotes", reasonNotes).required("lineItems", lineItems)
                .orThrow();
        lineItems = List.copyOf(lineItems);
    }
}
