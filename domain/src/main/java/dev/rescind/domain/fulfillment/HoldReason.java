package dev.rescind.domain.fulfillment;

import java.util.Locale;

/** Shopify's {@code fulfillment_holds[].reason}. */
public enum HoldReason {
    AWAITING_PAYMENT,
    HIGH_RISK_OF_FRAUD,
    INCORRECT_ADDRESS,
    INVENTORY_OUT_OF_STOCK,
    UNKNOWN_DELIVERY_DATE,
    AWAITING_RETURN_ITEMS,
    OTHER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
