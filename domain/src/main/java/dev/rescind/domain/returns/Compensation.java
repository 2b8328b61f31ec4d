package dev.rescind.domain.returns;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;
import io.vavr.control.Option;

/**
 * An item's compensation. An exchange names the variant sent instead; an <em>uneven</em> exchange also
 * carries the price difference between the two, which the customer pays or gets back.
 */
public record Compensation(CompensationMethod method, Option<Reference> exchangeVariantId,
        Option<Money> priceDifference) {

    public static final Compensation REFUND = new Compensation(CompensationMethod.REFUND, Option.none(), Option.none());

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

    public static Compensation exchange(Reference variant) {
        return new Compensation(CompensationMethod.EXCHANGE, Option.some(variant), Option.none());
    }

    public static Compensation unevenExchange(Reference variant, Money priceDifference) {
        return new Compensation(CompensationMethod.EXCHANGE, Option.some(variant), Option.some(priceDifference));
    }

    public boolean isExchange() {
        return method == CompensationMethod.EXCHANGE;
    }

    public boolean isUnevenExchange() {
        return priceDifference.exists(difference -> !difference.isZero());
    }
}
