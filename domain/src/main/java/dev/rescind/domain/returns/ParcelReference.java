package dev.rescind.domain.returns;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.WebAddress;
import io.vavr.control.Option;

/**
 * A parcel of the carrier's: Sendcloud's parcel id with its tracking number and tracking page, and what else
 * the host tells of it.
 *
 * @param parcelId       Sendcloud's parcel id
 * @param trackingNumber the tracking number, if known
 * @param trackingUrl    the tracking page, if known
 * @param details        what else the host tells of the parcel
 */
public record ParcelReference(Reference parcelId, Option<Reference> trackingNumber, Option<WebAddress> trackingUrl,
        ParcelDetails details) {

    /**
     * Checks that no component is null.
     *
     * @param parcelId       Sendcloud's parcel id
     * @param trackingNumber the tracking number, if known
     * @param trackingUrl    the tracking page, if known
     * @param details        what else the host tells of the parcel
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public ParcelReference {
        Check.start()
                .required("parcelId", parcelId)
                .required("trackingNumber", trackingNumber)
                .required("trackingUrl", trackingUrl)
                .required("details", details)
                .orThrow();
    }

    /**
     * A parcel known by its id and tracking only.
     *
     * @param parcelId       Sendcloud's parcel id
     * @param trackingNumber the tracking number, if known
     * @param trackingUrl    the tracking page, if known
     */
    public ParcelReference(Reference parcelId, Option<Reference> trackingNumber, Option<WebAddress> trackingUrl) {
        this(parcelId, trackingNumber, trackingUrl, ParcelDetails.NONE);
    }
}
