package dev.rescind.domain.returns;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;
import io.vavr.control.Option;

/**
 * An item's compensation. An exchange names the variant sent instead; an <em>uneven</em> exchange also
 * carries the price difference between the two, which the customer pays or gets back.
 *
 * @param method            refund or exchange
 * @param exchangeVariantId the variant sent instead; present exactly for an exchange
 * @param priceDifference   what the customer pays or gets back, for an uneven exchange
 */
public record Compensation(CompensationMethod method, Option<Reference> exchangeVariantId,
        Option<Money> priceDifference) {

    /** A refund. */
    public static final Compensation REFUND = new Compensation(CompensationMethod.REFUND, Option.none(), Option.none());

    /**
     * Checks that the exchange data matches the method.
     *
     * @param method            refund or exchange
     * @param exchangeVariantId the variant sent instead; present exactly for an exchange
     * @param priceDifference   what the customer pays or gets back, for an uneven exchange
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null, an exchange has no variant,
     *         or a refund has exchange data
     */
    public Compensation {
        Check check = Check.start()
                .required("method", method)
                .required("exchangeVariantId", exchangeVariantId)
                .required("priceDifference", priceDifference);
        check.orThrow();
        boolean exchange = method == CompensationMethod.EXCHANGE;
        check.require(exchange == exchangeVariantId.isDefined(), "exchangeVariantId", "inconsistent",
                        "is required for an exchange and not allowed for a refund")
                .require(exchange || priceDifference.isEmpty(), "priceDifference", "not_allowed",
                        "is only allowed for an exchange")
                .orThrow();
    }

    /**
     * An even exchange.
     *
     * @param variant the variant sent instead
     * @return the compensation
     */
    public static Compensation exchange(Reference variant) {
        return new Compensation(CompensationMethod.EXCHANGE, Option.some(variant), Option.none());
    }

    /**
     * An exchange with a price difference.
     *
     * @param variant         the variant sent instead
     * @param priceDifference what the customer pays (positive) or gets back
     * @return the compensation
     */
    public static Compensation unevenExchange(Reference variant, Money priceDifference) {
        return new Compensation(CompensationMethod.EXCHANGE, Option.some(variant), Option.some(priceDifference));
    }

    /** {@return whether the item is exchanged} */
    public boolean isExchange() {
        return method == CompensationMethod.EXCHANGE;
    }

    /** {@return whether the exchange has a price difference other than zero} */
    public boolean isUnevenExchange() {
        return priceDifference.exists(difference -> !difference.isZero());
    }
}
