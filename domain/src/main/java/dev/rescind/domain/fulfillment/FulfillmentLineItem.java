package dev.rescind.domain.fulfillment;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Reference;
import io.vavr.control.Option;

/**
 * A line of a fulfillment order: Shopify's {@code line_items[]}, with how many units are still to ship.
 * Invariant: {@code 0 ≤ fulfillableQuantity ≤ quantity}.
 *
 * @param id                  {@code id}
 * @param lineItemId          {@code line_item_id}: the shop order's line
 * @param inventoryItemId     {@code inventory_item_id}, if known
 * @param variantId           {@code variant_id}, if known
 * @param quantity            {@code total_quantity}
 * @param fulfillableQuantity {@code fulfillable_quantity}: the units still to ship
 */
public record FulfillmentLineItem(
        Reference id,
        Reference lineItemId,
        Option<Reference> inventoryItemId,
        Option<Reference> variantId,
        int quantity,
        int fulfillableQuantity) {

    /** The most units of one line. */
    public static final int MAX_QUANTITY = 100_000;

    /**
     * Checks the line.
     *
     * @param id                  {@code id}
     * @param lineItemId          {@code line_item_id}: the shop order's line
     * @param inventoryItemId     {@code inventory_item_id}, if known
     * @param variantId           {@code variant_id}, if known
     * @param quantity            {@code total_quantity}
     * @param fulfillableQuantity {@code fulfillable_quantity}: the units still to ship
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null or a quantity is out of range
     */
    public FulfillmentLineItem {
        Check check = Check.start()
                .required("id", id)
                .required("lineItemId", lineItemId)
                .required("inventoryItemId", inventoryItemId)
                .required("variantId", variantId);
        check.orThrow();
        check.require(quantity >= 1 && quantity <= MAX_QUANTITY, "quantity", "out_of_range",
                        "must be between 1 and " + MAX_QUANTITY)
                .require(fulfillableQuantity >= 0 && fulfillableQuantity <= quantity, "fulfillableQuantity",
                        "out_of_range", "must be between 0 and quantity")
                .orThrow();
    }

    /**
     * A new line, nothing shipped yet.
     *
     * @param id              {@code id}
     * @param lineItemId      {@code line_item_id}
     * @param inventoryItemId {@code inventory_item_id}, if known
     * @param variantId       {@code variant_id}, if known
     * @param quantity        the units to ship
     * @return the line
     */
    public static FulfillmentLineItem of(Reference id, Reference lineItemId, Option<Reference> inventoryItemId,
            Option<Reference> variantId, int quantity) {
        return new FulfillmentLineItem(id, lineItemId, inventoryItemId, variantId, quantity, quantity);
    }

    FulfillmentLineItem shipped(int units) {
        return new FulfillmentLineItem(id, lineItemId, inventoryItemId, variantId, quantity,
                fulfillableQuantity - units);
    }

    /** {@code units} of the units still to ship, as a line of their own: what a moved or split-off order takes. */
    FulfillmentLineItem portion(int units) {
        return new FulfillmentLineItem(id, lineItemId, inventoryItemId, variantId, units, units);
    }

    /** The units still to ship, as a line of their own: what a replacement order takes over. */
    FulfillmentLineItem remainder() {
        return new FulfillmentLineItem(id, lineItemId, inventoryItemId, variantId, fulfillableQuantity,
                fulfillableQuantity);
    }
}
