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
        UPDATED,
        SKIPPED
    }

    /** parcelLab's {@code reason} for a skip: {@code return_already_closed}, {@code no_changes_required}. */
    public enum SkipReason {
        RETURN_ALREADY_CLOSED,
        NO_CHANGES_REQUIRED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

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

    public static ExchangeCancellationReport skipped(SkipReason reason, Option<RefundMethod> refundMethod) {
        return new ExchangeCancellationReport(ExchangeCancellationAction.SKIPPED, Option.some(reason), 0, 0,
                refundMethod, false, Option.none(), 0);
    }

    public boolean isSkipped() {
        return action == ExchangeCancellationAction.SKIPPED;
    }
}
