package dev.rescind.domain.returns;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.CommandReport;
import dev.rescind.domain.shared.Reference;
import io.vavr.control.Option;

/**
 * What parcelLab's {@code cancel_exchange} reports, before its best-effort side effects.
 *
 * @param skipReason                     why nothing was done, when {@code action} is {@code SKIPPED}
 * @param exchangeArticlesUpdated        lines whose exchange became a refund
 * @param exchangeItemsUpdated           units on those lines (quantities summed)
 * @param refundMethod                   the refund method afterwards
 * @param refundMethodApplied            whether this operation had to set the refund method (the default)
 * @param removedDraftOrderId            the draft order reference removed from the return, to delete upstream
 * @param unevenExchangeArticlesCleared  lines whose price difference was cleared
 * @param action parcelLab's {@code action}: {@code updated} or {@code skipped}
 */
public record ExchangeCancellationReport(
        ExchangeCancellationAction action,
        Option<SkipReason> skipReason,
        int exchangeArticlesUpdated,
        int exchangeItemsUpdated,
        Option<RefundMethod> refundMethod,
        boolean refundMethodApplied,
        Option<Reference> removedDraftOrderId,
        int unevenExchangeArticlesCleared) implements CommandReport {

    /** parcelLab's {@code action}. */
    public enum ExchangeCancellationAction {
        /** The exchanges were turned into refunds. */
        UPDATED,
        /** Nothing was done; the reason says why. */
        SKIPPED
    }

    /** parcelLab's {@code reason} for a skip: {@code return_already_closed}, {@code no_changes_required}. */
    public enum SkipReason {
        /** The return is closed. */
        RETURN_ALREADY_CLOSED,
        /** The return has no exchange. */
        NO_CHANGES_REQUIRED;

        /** {@return the spelling on the wire: the name in lower case} */
        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Checks the components and the rules the class comment states.
     *
     * @param action                        parcelLab's {@code action}: {@code updated} or {@code skipped}
     * @param skipReason                    why nothing was done, when {@code action} is {@code SKIPPED}
     * @param exchangeArticlesUpdated       lines whose exchange became a refund
     * @param exchangeItemsUpdated          units on those lines (quantities summed)
     * @param refundMethod                  the refund method afterwards
     * @param refundMethodApplied           whether this operation had to set the refund method (the default)
     * @param removedDraftOrderId           the draft order reference removed from the return, to delete upstream
     * @param unevenExchangeArticlesCleared lines whose price difference was cleared
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null or breaks a rule
     */
    public ExchangeCancellationReport {
        Check check = Check.start()
                .required("action", action)
                .required("skipReason", skipReason)
                .required("refundMethod", refundMethod)
                .required("removedDraftOrderId", removedDraftOrderId);
        check.orThrow();
        check.require(skipReason.isDefined() == (action == ExchangeCancellationAction.SKIPPED), "skipReason",
                        "inconsistent", "must be present exactly when skipped")
                .require(exchangeArticlesUpdated >= 0 && exchangeItemsUpdated >= exchangeArticlesUpdated,
                        "exchangeItemsUpdated", "inconsistent", "counts at least one unit per updated article")
                .require(unevenExchangeArticlesCleared >= 0
                                && unevenExchangeArticlesCleared <= exchangeArticlesUpdated,
                        "unevenExchangeArticlesCleared", "inconsistent", "counts only updated articles")
                .orThrow();
    }

    /**
     * A report of a skip.
     *
     * @param reason       why
     * @param refundMethod the return's refund method, if set
     * @return the report
     */
    public static ExchangeCancellationReport skipped(SkipReason reason, Option<RefundMethod> refundMethod) {
        return new ExchangeCancellationReport(ExchangeCancellationAction.SKIPPED, Option.some(reason), 0, 0,
                refundMethod, false, Option.none(), 0);
    }

    /** {@return whether nothing was done} */
    public boolean isSkipped() {
        return action == ExchangeCancellationAction.SKIPPED;
    }
}
