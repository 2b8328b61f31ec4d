package dev.rescind.domain.fulfillment;

import java.util.Locale;

/** Shopify's fulfillment order {@code request_status}: where the conversation with the fulfillment service is. */
public enum RequestStatus {
    UNSUBMITTED,
    SUBMITTED,
    ACCEPTED,
    REJECTED,
    CANCELLATION_REQUESTED,
    CANCELLATION_ACCEPTED,
    CANCELLATION_REJECTED,
    CLOSED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
