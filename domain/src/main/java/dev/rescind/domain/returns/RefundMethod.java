package dev.rescind.domain.returns;

import java.util.Locale;

/** How the customer is paid back. parcelLab's default when none is set is {@code original-payment-method}. */
public enum RefundMethod {
    /** {@code original-payment-method}. */
    ORIGINAL_PAYMENT_METHOD,
    /** {@code store-credit}. */
    STORE_CREDIT,
    /** {@code gift-card}. */
    GIFT_CARD,
    /** {@code bank-transfer}. */
    BANK_TRANSFER;

    /**
     * parcelLab's spelling: {@code original-payment-method}.
     *
     * @return the wire name
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
