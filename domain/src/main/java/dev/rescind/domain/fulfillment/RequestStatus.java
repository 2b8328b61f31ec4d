package dev.rescind.domain.fulfillment;

import java.util.Locale;

/** Shopify's fulfillment order {@code request_status}: where the conversation with the fulfillment service is. */
public enum RequestStatus {
    /** {@code unsubmitted}. */
    UNSUBMITTED,
    /** {@code submitted}. */
    SUBMITTED,
    /** {@code accepted}. */
    ACCEPTED,
    /** {@code rejected}. */
    REJECTED,
    /** {@code cancellation_requested}. */
    CANCELLATION_REQUESTED,
    /** {@code cancellation_accepted}. */
    CANCELLATION_ACCEPTED,
    /** {@code cancellation_rejected}. */
    CANCELLATION_REJECTED,
    /** {@code closed}. */
    CLOSED;

    /** {@return the spelling on the wire: the name in lower case} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
