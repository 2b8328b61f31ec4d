package dev.rescind.domain.returns;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;

/** One returned article: which, how many, at what unit price, compensated how. */
public record ReturnItem(Reference id, Reference articleId, int quantity, Money unitPrice,
        Compensation compensation) {

    public static final int MAX_QUANTITY = 10_000;

    public ReturnItem {
        Check check = Check.start()
                .required("id", id)
                .required("articleId", articleId)
                .required("unitPrice", unitPrice)
                .required("compensation", compensation);
        check.orThrow();
        check.require(quantity >= 1 && quantity <= MAX_QUANTITY, "quantity", "out_of_range",
                        "must be between 1 and " + MAX_QUANTITY)
                .require(!unitPrice.isNegative(), "unitPrice", "negative", "must not be negative")
                .require(compensation.priceDifference().forAll(difference ->
                                difference.currency().equals(unitPrice.currency())),
                        "compensation.priceDifference", "currency_mismatch", "must be in the item's currency")
                .orThrow();
    }

    /** This item compensated by a refund, with any exchange data cleared. */
    public ReturnItem refunded() {
        return new ReturnItem(id, articleId, quantity, unitPrice, Compensation.REFUND);
    }
}
