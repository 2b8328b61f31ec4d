package dev.rescind.domain.shipment;

import java.util.Locale;

/** ReturnQueen's shipment statuses. {@code COMPLETED} and {@code CANCELLED} are terminal. */
public enum ShipmentStatus {
    /** Created, no pickup agreed. */
    PENDING,
    /** A pickup window is agreed. */
    SCHEDULED,
    /** Picked up by the carrier. */
    IN_TRANSIT,
    /** Delivered; final. */
    COMPLETED,
    /** Cancelled; final. */
    CANCELLED;

    /**
     * The spelling on ReturnQueen's wire: {@code in_transit}.
     *
     * @return the wire name
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
