package dev.rescind.domain.fulfillment;

import java.util.Locale;

/**
 * Shopify's {@code supported_actions} vocabulary, in the order Shopify lists them ({@code release_hold} before
 * {@code hold} on a held order, {@code move} before {@code hold} on a moved one: Shopify/shopify-api-ruby
 * {@code test/rest/2026_01/fulfillment_order_test.rb}). Which apply to an order is derived from the transition
 * table's advertised rows.
 */
public enum SupportedAction {
    REQUEST_FULFILLMENT,
    CREATE_FULFILLMENT,
    REQUEST_CANCELLATION,
    CANCEL_FULFILLMENT_ORDER,
    MOVE,
    RELEASE_HOLD,
    HOLD,
    SPLIT,
    MERGE,
    MARK_AS_OPEN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SupportedAction fromWireName(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
