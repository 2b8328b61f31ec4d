package dev.rescind.domain.returns;

/**
 * The incoming return parcel's lifecycle, after Sendcloud's {@code parent_status}. {@code CANCELLING} means
 * the carrier has been asked and has not answered; only {@code CANCELLED} means cancelled.
 */
public enum ParcelStatus {
    ANNOUNCING,
    ANNOUNCED,
    IN_TRANSIT,
    DELIVERED,
    ANNOUNCEMENT_FAILED,
    CANCELLING,
    CANCELLED;

    /** Not yet scanned by the carrier: the only states from which a label can still be cancelled upstream. */
    public boolean isBeforeFirstScan() {
        return this == ANNOUNCING || this == ANNOUNCED;
    }
}
