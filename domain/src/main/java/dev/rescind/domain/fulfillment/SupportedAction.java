package dev.rescind.domain.fulfillment;

import java.util.Locale;

/**
 * Shopify's {@code supported_actions} vocabulary, in the order Shopify lists them ({@code release_hold} before
 * {@code hold} on a held order, {@code move} before {@code hold} on a moved one: Shopify/shopify-api-ruby
 * {@code test/rest/2026_01/fulfillment_order_test.rb}). Which apply to an order is derived from the transition
 * table's advertised rows.
 */
public enum SupportedAction {
    /** {@code request_fulfillment}. */
    REQUEST_FULFILLMENT,
    /** {@code create_fulfillment}. */
    CREATE_FULFILLMENT,
    /** {@code request_cancellation}. */
    REQUEST_CANCELLATION,
    /** {@code cancel_fulfillment_order}. */
    CANCEL_FULFILLMENT_ORDER,
    /** {@code move}. */
    MOVE,
    /** {@code release_hold}. */
    RELEASE_HOLD,
    /** {@code hold}. */
    HOLD,
    /** {@code split}. */
    SPLIT,
    /** {@code merge}. */
    MERGE,
    /** {@code mark_as_open}. */
    MARK_AS_OPEN;

    /** {@return the spelling on the wire: the name in lower case} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SupportedAction fromWireName(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
