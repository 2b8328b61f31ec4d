package dev.rescind.domain.returns;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.WebAddress;
import io.vavr.control.Option;

/** A parcel of the carrier's: Sendcloud's parcel id with its tracking number and tracking page. */
public record ParcelReference(Reference parcelId, Option<Reference> trackingNumber, Option<WebAddress> trackingUrl) {

    public ParcelReference {
        Check.start()
                .required("parcelId", parcelId)
                .required("trackingNumber", trackingNumber)
                .required("trackingUrl", trackingUrl)
                .orThrow();
    }
}
