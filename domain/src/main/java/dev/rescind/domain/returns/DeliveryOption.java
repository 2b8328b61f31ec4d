package dev.rescind.domain.returns;

import java.util.Locale;

/** Sendcloud's {@code delivery_option}: how the customer hands the parcel over. */
public enum DeliveryOption {
    DROP_OFF_POINT,
    DROP_OFF_LABELLESS,
    IN_STORE,
    PICKUP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
