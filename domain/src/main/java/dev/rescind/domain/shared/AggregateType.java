package dev.rescind.domain.shared;

import java.util.Locale;

/** The four kinds of aggregate Rescind keeps; each has its {@link AggregateDescriptor}. */
public enum AggregateType {
    /** A ReturnQueen shipment. */
    SHIPMENT("Shipment"),
    /** A Sendcloud return. */
    RETURN("Return"),
    /** A Shopify fulfillment order. */
    FULFILLMENT_ORDER("Fulfillment order"),
    /** A cancellation request to a fulfillment service or a carrier. */
    CANCELLATION_REQUEST("Cancellation request");

    private final String displayName;

    AggregateType(String displayName) {
        this.displayName = displayName;
    }

    /**
     * How people name it in messages ({@code Fulfillment order}).
     *
     * @return the display name
     */
    public String displayName() {
        return displayName;
    }

    /**
     * How use cases and logs name it ({@code fulfillment_order}, as in {@code fulfillment_order.hold}).
     *
     * @return the key
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
