package dev.rescind.domain.returns;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.ShortText;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Set;

/**
 * What Sendcloud's Return Parcel Object (seed 001) tells of a parcel besides its id and tracking: host-given
 * data that Rescind carries and renders, never interprets. Every field may be absent (rendered as {@code null}).
 *
 * @param carrierStatusId  Sendcloud's numeric parcel status ({@code parcel_status}), at least 0
 * @param globalStatusSlug Sendcloud's {@code global_status_slug} of the outgoing parcel; the incoming parcel's
 *                         slug is the return's own {@link ParcelStatus}
 * @param returnStatusId   Sendcloud's id of the incoming parcel's status ({@code incoming_parcel_status.id}),
 *                         at least 1; only the incoming parcel carries it
 * @param fromEmail        the sender's address: one {@code @} with text on both sides
 * @param colloCount       number of packages in the shipment, at least 1
 * @param fromCountry      ISO 3166-1 alpha-2 code, upper case
 * @param shippingMethod   Sendcloud's id of the shipping method
 * @param brandName   {@code brand_name}
 * @param orderNumber {@code order_number}
 * @param deleted     {@code deleted}
 * @param fromName    {@code from_name}
 */
public record ParcelDetails(
        Option<Integer> carrierStatusId,
        Option<ShortText> globalStatusSlug,
        Option<Integer> returnStatusId,
        Option<ShortText> brandName,
        Option<Reference> orderNumber,
        Option<ShortText> fromEmail,
        Option<Boolean> deleted,
        Option<Integer> colloCount,
        Option<String> fromCountry,
        Option<ShortText> fromName,
        Option<Reference> shippingMethod) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** A parcel of which the host told nothing beyond its id and tracking. */
    public static final ParcelDetails NONE = new ParcelDetails(Option.none(), Option.none(), Option.none(),
            Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
            Option.none());

    /**
     * Checks the components and the rules the class comment states.
     *
     * @param carrierStatusId  Sendcloud's numeric parcel status ({@code parcel_status}), at least 0
     * @param globalStatusSlug Sendcloud's {@code global_status_slug} of the outgoing parcel; the incoming parcel's
     *                         slug is the return's own {@link ParcelStatus}
     * @param returnStatusId   Sendcloud's id of the incoming parcel's status ({@code incoming_parcel_status.id}),
     *                         at least 1; only the incoming parcel carries it
     * @param brandName        {@code brand_name}
     * @param orderNumber      {@code order_number}
     * @param fromEmail        the sender's address: one {@code @} with text on both sides
     * @param deleted          {@code deleted}
     * @param colloCount       number of packages in the shipment, at least 1
     * @param fromCountry      ISO 3166-1 alpha-2 code, upper case
     * @param fromName         {@code from_name}
     * @param shippingMethod   Sendcloud's id of the shipping method
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null or breaks a rule
     */
    public ParcelDetails {
        Check check = Check.start()
                .required("carrierStatusId", carrierStatusId)
                .required("globalStatusSlug", globalStatusSlug)
                .required("returnStatusId", returnStatusId)
                .required("brandName", brandName)
                .required("orderNumber", orderNumber)
                .required("fromEmail", fromEmail)
                .required("deleted", deleted)
                .required("colloCount", colloCount)
                .required("fromCountry", fromCountry)
                .required("fromName", fromName)
                .required("shippingMethod", shippingMethod);
        check.orThrow();
        check.require(carrierStatusId.forAll(id -> id != null && id >= 0), "carrierStatusId", "out_of_range",
                        "must be at least 0")
                .require(returnStatusId.forAll(id -> id != null && id >= 1), "returnStatusId", "out_of_range",
                        "must be at least 1")
                .require(globalStatusSlug.forAll(slug -> slug.value().matches("[a-z][a-z0-9_]*")),
                        "globalStatusSlug", "malformed", "must be lower-case words joined by _")
                .require(fromEmail.forAll(ParcelDetails::isEmailAddress), "fromEmail", "malformed",
                        "must be an e-mail address")
                .require(deleted.forAll(value -> value != null), "deleted", "required", "is required")
                .require(colloCount.forAll(count -> count != null && count >= 1), "colloCount", "out_of_range",
                        "must be at least 1")
                .require(fromCountry.forAll(COUNTRIES::contains), "fromCountry", "unknown_country",
                        "must be an ISO 3166-1 alpha-2 country code")
                .orThrow();
    }

    private static boolean isEmailAddress(ShortText text) {
        String value = text.value();
        int at = value.indexOf('@');
        return at > 0 && at == value.lastIndexOf('@') && at < value.length() - 1 && !value.contains(" ");
    }
}
