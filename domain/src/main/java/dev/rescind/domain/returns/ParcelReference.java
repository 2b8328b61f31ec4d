package dev.rescind.domain.returns;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.WebAddress;
import io.vavr.control.Option;

/**
 * A parcel of the carrier's: Sendcloud's parcel id with its tracking number and tracking page, and what else
 * the host tells of it.
 */
public record ParcelReference(Reference parcelId, Option<Reference> trackingNumber, Option<WebAddress> trackingUrl,
        ParcelDetails details) {

    public ParcelReference {
        Check.start()
                .required("parcelId", parcelId)
                .required("trackingNumber", trackingNumber)
                .required("trackingUrl", trackingUrl)
                .required("details", details)
                .orThrow();
    }

    /** A parcel known by its id and tracking only. */
    public ParcelReference(Reference parcelId, Option<Reference> trackingNumber, Option<WebAddress> trackingUrl) {
        this(parcelId, trackingNumber, trackingUrl, ParcelDetails.NONE);
    }
}
