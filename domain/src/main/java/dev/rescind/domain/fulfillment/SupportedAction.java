package dev.rescind.domain.fulfillment;

import java.util.Locale;

/**
 * Shopify's {@code supported_actions} vocabulary, in the order Shopify lists them. Which apply to an order
 * is derived from the transition table's advertised rows.
 */
public enum SupportedAction {
    REQUEST_FULFILLMENT,
    CREATE_FULFILLMENT,
    REQUEST_CANCELLATION,
    CANCEL_FULFILLMENT_ORDER,
    HOLD,
    RELEASE_HOLD,
    MARK_AS_OPEN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SupportedAction fromWireName(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
