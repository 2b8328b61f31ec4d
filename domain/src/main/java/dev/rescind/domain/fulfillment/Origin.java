package dev.rescind.domain.fulfillment;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.ShortText;
import io.vavr.control.Option;

/**
 * Where the order ships from: Shopify's {@code origin}.
 *
 * @param address1    {@code address1}
 * @param address2    {@code address2}
 * @param city        {@code city}
 * @param countryCode {@code country_code}
 * @param locationId  {@code location_id}
 * @param name        {@code name}
 * @param phone       {@code phone}
 * @param province    {@code province}
 * @param zip         {@code zip}
 */
public record Origin(
        Option<ShortText> address1,
        Option<ShortText> address2,
        Option<ShortText> city,
        Option<ShortText> countryCode,
        Option<Reference> locationId,
        Option<ShortText> name,
        Option<ShortText> phone,
        Option<ShortText> province,
        Option<ShortText> zip) {

    /**
     * Checks that no component is null.
     *
     * @param address1    {@code address1}
     * @param address2    {@code address2}
     * @param city        {@code city}
     * @param countryCode {@code country_code}
     * @param locationId  {@code location_id}
     * @param name        {@code name}
     * @param phone       {@code phone}
     * @param province    {@code province}
     * @param zip         {@code zip}
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public Origin {
        Check.start()
                .required("address1", address1)
                .required("address2", address2)
                .required("city", city)
                .required("countryCode", countryCode)
                .required("locationId", locationId)
                .required("name", name)
                .required("phone", phone)
                .required("province", province)
                .required("zip", zip)
                .orThrow();
    }
}
