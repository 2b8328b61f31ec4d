package dev.rescind.domain.shipment;

import java.util.Locale;

/** ReturnQueen's {@code shipment_type}. */
public enum ShipmentType {
    /** {@code delivery}. */
    DELIVERY,
    /** {@code return}. */
    RETURN,
    /** {@code exchange}. */
    EXCHANGE;

    /** {@return the spelling on the wire: the name in lower case} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
