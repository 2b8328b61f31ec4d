package dev.rescind.domain.shipment;

import java.util.Locale;

/** ReturnQueen's {@code shipment_type}. */
public enum ShipmentType {
    DELIVERY,
    RETURN,
    EXCHANGE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
