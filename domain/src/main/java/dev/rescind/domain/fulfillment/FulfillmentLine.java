package dev.rescind.domain.fulfillment;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Reference;

/**
 * Units of one fulfillment order line shipped in one fulfillment.
 *
 * @param lineItemId the order line's {@code line_item_id}
 * @param quantity   the units shipped, at least 1
 */
public record FulfillmentLine(Reference lineItemId, int quantity) {

    /**
     * Checks that no component is null.
     *
     * @param lineItemId the order line's {@code line_item_id}
     * @param quantity   the units shipped, at least 1
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public FulfillmentLine {
        Check.start().required("lineItemId", lineItemId).orThrow();
    }
}
