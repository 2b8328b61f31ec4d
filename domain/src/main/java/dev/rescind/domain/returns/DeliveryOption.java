package dev.rescind.domain.returns;

import java.util.Locale;

/** Sendcloud's {@code delivery_option}: how the customer hands the parcel over. */
public enum DeliveryOption {
    /** {@code drop_off_point}. */
    DROP_OFF_POINT,
    /** {@code drop_off_labelless}. */
    DROP_OFF_LABELLESS,
    /** {@code in_store}. */
    IN_STORE,
    /** {@code pickup}. */
    PICKUP;

    /** {@return the spelling on the wire: the name in lower case} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
