package dev.rescind.domain.returns;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;

/**
 * One returned article: which, how many, at what unit price, compensated how, and how many of them the
 * customer no longer returns.
 *
 * <p>The quantity ledger: {@code quantity} is what the return was created for and never changes;
 * {@code cancelledQuantity} grows with each partial cancellation; {@link #remainingQuantity()} is the rest.
 * {@code quantity = cancelledQuantity + remainingQuantity}, none of them negative.
 *
 * @param id                the item's id
 * @param articleId         the article's id
 * @param quantity          the units returned, 1 to {@value #MAX_QUANTITY}
 * @param unitPrice         the price of one unit
 * @param compensation      refund or exchange
 * @param cancelledQuantity the units the customer no longer returns, 0 to {@code quantity}
 */
public record ReturnItem(Reference id, Reference articleId, int quantity, Money unitPrice,
        Compensation compensation, int cancelledQuantity) {

    /** The most units of one item. */
    public static final int MAX_QUANTITY = 10_000;

    /**
     * Checks the components and the rules the class comment states.
     *
     * @param id           the item's id
     * @param articleId    the article's id
     * @param quantity     the units returned, 1 to {@value #MAX_QUANTITY}
     * @param unitPrice    the price of one unit
     * @param compensation refund or exchange
     * @param cancelledQuantity the units the customer no longer returns, 0 to {@code quantity}
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null or breaks a rule
     */
    public ReturnItem {
        Check check = Check.start()
                .required("id", id)
                .required("articleId", articleId)
                .required("unitPrice", unitPrice)
                .required("compensation", compensation);
        check.orThrow();
        check.require(quantity >= 1 && quantity <= MAX_QUANTITY, "quantity", "out_of_range",
                        "must be between 1 and " + MAX_QUANTITY)
                .require(cancelledQuantity >= 0 && cancelledQuantity <= quantity, "cancelledQuantity",
                        "out_of_range", "must be between 0 and the quantity")
                .require(!unitPrice.isNegative(), "unitPrice", "negative", "must not be negative")
                .require(compensation.priceDifference().forAll(difference ->
                                difference.currency().equals(unitPrice.currency())),
                        "compensation.priceDifference", "currency_mismatch", "must be in the item's currency")
                .orThrow();
    }

    /**
     * An item none of which is cancelled.
     *
     * @param id           the item's id
     * @param articleId    the article's id
     * @param quantity     the units returned, 1 to {@value #MAX_QUANTITY}
     * @param unitPrice    the price of one unit
     * @param compensation refund or exchange
     */
    public ReturnItem(Reference id, Reference articleId, int quantity, Money unitPrice, Compensation compensation) {
        this(id, articleId, quantity, unitPrice, compensation, 0);
    }

    /** {@return how many of this item are still being returned} */
    public int remainingQuantity() {
        return quantity - cancelledQuantity;
    }

    /**
     * This item compensated by a refund, with any exchange data cleared.
     *
     * @return the item
     */
    public ReturnItem refunded() {
        return new ReturnItem(id, articleId, quantity, unitPrice, Compensation.REFUND, cancelledQuantity);
    }

    /** This item with {@code more} units cancelled; the caller has checked that at least that many remain. */
    ReturnItem cancelled(int more) {
        return new ReturnItem(id, articleId, quantity, unitPrice, compensation, cancelledQuantity + more);
    }
}
