package dev.rescind.domain.shared;

import java.util.Locale;

/** The four kinds of aggregate Rescind keeps; each has its {@link AggregateDescriptor}. */
public enum AggregateType {
    SHIPMENT("Shipment"),
    RETURN("Return"),
    FULFILLMENT_ORDER("Fulfillment order"),
    CANCELLATION_REQUEST("Cancellation request");

    private final String displayName;

    AggregateType(String displayName) {
        this.displayName = displayName;
    }

    /** How people name it in messages ({@code Fulfillment order}). */
    public String displayName() {
        return displayName;
    }

    /** How use cases and logs name it ({@code fulfillment_order}, as in {@code fulfillment_order.hold}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
