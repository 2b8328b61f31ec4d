package dev.rescind.domain.fulfillment;

import java.util.Locale;

/** Shopify's fulfillment order {@code status}. */
public enum FulfillmentOrderStatus {
    /** Ready to be fulfilled. */
    OPEN,
    /** Waiting for {@code fulfill_at}. */
    SCHEDULED,
    /** Held; not to be fulfilled until released. */
    ON_HOLD,
    /** Accepted by the service, being fulfilled. */
    IN_PROGRESS,
    /** Closed by the service before every unit shipped. */
    INCOMPLETE,
    /** Every unit shipped, or replaced after a cancel. */
    CLOSED,
    /** Cancelled through an accepted cancellation request. */
    CANCELLED;

    /** {@return the spelling on the wire: the name in lower case} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
