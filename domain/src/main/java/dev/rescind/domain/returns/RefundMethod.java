package dev.rescind.domain.returns;

import java.util.Locale;

/** How the customer is paid back. parcelLab's default when none is set is {@code original-payment-method}. */
public enum RefundMethod {
    ORIGINAL_PAYMENT_METHOD,
    STORE_CREDIT,
    GIFT_CARD,
    BANK_TRANSFER;

    /** parcelLab's spelling: {@code original-payment-method}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
