package dev.rescind.adapters.json.parcellab;

import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;

/**
 * A valid request of parcelLab's Edit Return API (seed 004) for its one operation, {@code cancel_exchange}.
 *
 * @param user         the merchant, from the {@code user} header: the tenant
 * @param returnId     the return to edit, exactly {@value #RETURN_ID_LENGTH} characters
 * @param lang         language context, at least one character; accepted and not used by Rescind
 * @param country      country or market context, at least one character; accepted and not used by Rescind
 * @param draft        whether {@code draft} was {@code "true"} (draft configuration); not used by Rescind
 * @param cancelReason {@code operationPayload.cancelReason}, recorded on the event
 */
public record EditReturnRequest(TenantId user, ReturnId returnId, String lang, String country, boolean draft,
        Option<Reason> cancelReason) {

    /** The length of every parcelLab return id. */
    public static final int RETURN_ID_LENGTH = 24;
    /** Longer than any language tag or market code; the API itself only asks for one character. */
    public static final int MAX_CONTEXT_LENGTH = 64;
    /** The one {@code operation} Rescind supports. */
    public static final String OPERATION = "cancel_exchange";

    /**
     * Checks the components.
     *
     * @param user         the merchant, from the {@code user} header: the tenant
     * @param returnId     the return to edit, exactly {@value #RETURN_ID_LENGTH} characters
     * @param lang         language context, at least one character; accepted and not used by Rescind
     * @param country      country or market context, at least one character; accepted and not used by Rescind
     * @param draft        whether {@code draft} was {@code "true"} (draft configuration); not used by Rescind
     * @param cancelReason {@code operationPayload.cancelReason}, recorded on the event
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null, {@code returnId} is not
     *         {@value #RETURN_ID_LENGTH} characters long, or {@code lang} or {@code country} is empty or longer than
     *         {@value #MAX_CONTEXT_LENGTH} characters
     */
    public EditReturnRequest {
        Check check = Check.start()
                .required("user", user)
                .required("returnId", returnId)
                .required("lang", lang)
                .required("country", country)
                .required("operationPayload.cancelReason", cancelReason);
        check.orThrow();
        check.require(returnId.value().length() == RETURN_ID_LENGTH, "returnId", "length",
                        "must be exactly " + RETURN_ID_LENGTH + " characters")
                .require(!lang.isEmpty() && lang.length() <= MAX_CONTEXT_LENGTH, "lang", "length",
                        "must be 1 to " + MAX_CONTEXT_LENGTH + " characters")
                .require(!country.isEmpty() && country.length() <= MAX_CONTEXT_LENGTH, "country", "length",
                        "must be 1 to " + MAX_CONTEXT_LENGTH + " characters")
                .orThrow();
    }
}
