package dev.rescind.domain.returns;

/**
 * The incoming return parcel's lifecycle, after Sendcloud's {@code parent_status}. {@code CANCELLING} means
 * the carrier has been asked and has not answered; only {@code CANCELLED} means cancelled.
 */
public enum ParcelStatus {
    /** Waiting for the carrier to announce the parcel. */
    ANNOUNCING,
    /** The carrier announced it: a label exists. */
    ANNOUNCED,
    /** Scanned by the carrier, on its way back. */
    IN_TRANSIT,
    /** Delivered back. */
    DELIVERED,
    /** The carrier refused the announcement. */
    ANNOUNCEMENT_FAILED,
    /** A cancellation was requested from the carrier, whose answer is awaited. */
    CANCELLING,
    /** The carrier cancelled the label. */
    CANCELLED;

    /**
     * Not yet scanned by the carrier: the only states from which a label can still be cancelled upstream.
     *
     * @return {@code true} while {@code ANNOUNCING} or {@code ANNOUNCED}
     */
    public boolean isBeforeFirstScan() {
        return this == ANNOUNCING || this == ANNOUNCED;
    }
}
