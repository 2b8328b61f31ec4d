package dev.rescind.domain.fulfillment;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Reference;

/** Units of one fulfillment order line shipped in one fulfillment. */
public record FulfillmentLine(Reference lineItemId, int quantity) {

    public FulfillmentLine {
        Check.start().required("lineItemId", lineItemId).orThrow();
    }
}
