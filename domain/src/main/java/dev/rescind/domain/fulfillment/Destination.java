package dev.rescind.domain.fulfillment;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.ShortText;
import io.vavr.control.Option;

/**
 * Where the order goes: Shopify's {@code destination}.
 *
 * @param id        Shopify's {@code id}
 * @param address1  {@code address1}
 * @param address2  {@code address2}
 * @param city      {@code city}
 * @param company   {@code company}
 * @param country   {@code country}
 * @param email     {@code email}
 * @param firstName {@code first_name}
 * @param lastName  {@code last_name}
 * @param phone     {@code phone}
 * @param province  {@code province}
 * @param zip       {@code zip}
 */
public record Destination(
        Option<Reference> id,
        Option<ShortText> address1,
        Option<ShortText> address2,
        Option<ShortText> city,
        Option<ShortText> company,
        Option<ShortText> country,
        Option<ShortText> email,
        Option<ShortText> firstName,
        Option<ShortText> lastName,
        Option<ShortText> phone,
        Option<ShortText> province,
        Option<ShortText> zip) {

    /**
     * Checks that no component is null.
     *
     * @param id        Shopify's {@code id}
     * @param address1  {@code address1}
     * @param address2  {@code address2}
     * @param city      {@code city}
     * @param company   {@code company}
     * @param country   {@code country}
     * @param email     {@code email}
     * @param firstName {@code first_name}
     * @param lastName  {@code last_name}
     * @param phone     {@code phone}
     * @param province  {@code province}
     * @param zip       {@code zip}
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public Destination {
        Check.start()
                .required("id", id)
                .required("address1", address1)
                .required("address2", address2)
                .required("city", city)
                .required("company", company)
                .required("country", country)
                .required("email", email)
                .required("firstName", firstName)
                .required("lastName", lastName)
                .required("phone", phone)
                .required("province", province)
                .required("zip", zip)
                .orThrow();
    }
}
