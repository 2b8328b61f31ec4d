package dev.rescind.domain.shared;

/** The four kinds of aggregate Rescind keeps. */
public enum AggregateType {
    SHIPMENT("Shipment"),
    RETURN("Return"),
    FULFILLMENT_ORDER("Fulfillment order"),
    CANCELLATION_REQUEST("Cancellation request");

    private final String displayName;

    AggregateType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
