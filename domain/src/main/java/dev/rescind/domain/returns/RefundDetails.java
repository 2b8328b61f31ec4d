package dev.rescind.domain.returns;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Money;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * What the host tells of the refund of a return (Sendcloud's {@code refund}, seed 001), beside the kind of
 * compensation the items carry.
 *
 * @param totalRefund     the amount refunded, not negative
 * @param refundedAt      when it was refunded
 * @param message         the merchant's note on the refund
 * @param requireMessage  whether the refund type asks the customer for a message
 */
public record RefundDetails(Option<Money> totalRefund, Option<Instant> refundedAt, Option<Message> message,
        boolean requireMessage) {

    /** A refund of which the host told nothing. */
    public static final RefundDetails NONE = new RefundDetails(Option.none(), Option.none(), Option.none(), false);

    /**
     * Checks the components and the rules the class comment states.
     *
     * @param totalRefund    the amount refunded, not negative
     * @param refundedAt     when it was refunded
     * @param message        the merchant's note on the refund
     * @param requireMessage whether the refund type asks the customer for a message
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null or breaks a rule
     */
    public RefundDetails {
        Check.start()
                .required("totalRefund", totalRefund)
                .required("refundedAt", refundedAt)
                .required("message", message)
                .orThrow();
        Check.start()
                .require(totalRefund.forAll(amount -> !amount.isNegative()), "totalRefund", "negative",
                        "must not be negative")
                .orThrow();
    }
}
