package dev.rescind.domain.shipment;

import java.util.Locale;

/** ReturnQueen's shipment statuses. {@code COMPLETED} and {@code CANCELLED} are terminal. */
public enum ShipmentStatus {
    PENDING,
    SCHEDULED,
    IN_TRANSIT,
    COMPLETED,
    CANCELLED;

    /** The spelling on ReturnQueen's wire: {@code in_transit}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
