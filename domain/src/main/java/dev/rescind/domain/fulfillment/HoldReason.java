package dev.rescind.domain.fulfillment;

import java.util.Locale;

/** Shopify's {@code fulfillment_holds[].reason}. */
public enum HoldReason {
    /** {@code awaiting_payment}. */
    AWAITING_PAYMENT,
    /** {@code high_risk_of_fraud}. */
    HIGH_RISK_OF_FRAUD,
    /** {@code incorrect_address}. */
    INCORRECT_ADDRESS,
    /** {@code inventory_out_of_stock}. */
    INVENTORY_OUT_OF_STOCK,
    /** {@code unknown_delivery_date}. */
    UNKNOWN_DELIVERY_DATE,
    /** {@code awaiting_return_items}. */
    AWAITING_RETURN_ITEMS,
    /** {@code other}. */
    OTHER;

    /** {@return the spelling on the wire: the name in lower case} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
