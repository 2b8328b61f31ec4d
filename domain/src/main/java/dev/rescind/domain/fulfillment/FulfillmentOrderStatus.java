package dev.rescind.domain.fulfillment;

import java.util.Locale;

/** Shopify's fulfillment order {@code status}. */
public enum FulfillmentOrderStatus {
    OPEN,
    SCHEDULED,
    ON_HOLD,
    IN_PROGRESS,
    INCOMPLETE,
    CLOSED,
    CANCELLED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
