package dev.rescind.adapters.json.parcellab;

import dev.rescind.application.Applied;
import dev.rescind.application.EffectOutcome;
import dev.rescind.domain.returns.ExchangeCancellationReport;
import dev.rescind.domain.returns.ExchangeCancellationReport.ExchangeCancellationAction;
import dev.rescind.domain.returns.ExchangeCancellationReport.SkipReason;
import dev.rescind.domain.returns.RefundMethod;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.Check;
import io.vavr.control.Option;

/**
 * parcelLab's answer to {@code cancel_exchange} (seed 004): what {@link ParcelLabJson} renders and reads back.
 *
 * @param reason            why nothing was done; present exactly when {@code skipped}
 * @param shopifyDraftOrder what became of deleting the exchange's draft order
 * @param update            the counts and flags; present exactly when {@code updated}
 */
public record CancelExchangeResult(ReturnId returnId, ExchangeCancellationAction action, Option<SkipReason> reason,
        DraftOrder shopifyDraftOrder, Option<Update> update) {

    /** {@code shopifyDraftOrder}: whether deletion was attempted, whether it succeeded, and if not why. */
    public record DraftOrder(boolean attempted, boolean cancelled, Option<String> error) {
        public DraftOrder {
            Check check = Check.start().required("error", error);
            check.orThrow();
            check.require(attempted || !cancelled && error.isEmpty(), "attempted", "inconsistent",
                            "an outcome that was not attempted neither succeeded nor failed")
                    .require(!(cancelled && error.isDefined()), "error", "inconsistent",
                            "a cancelled draft order has no error")
                    .orThrow();
        }

        /** What parcelLab's {@code error} says of a deletion that had not answered when the answer was given. */
        public static final String PENDING = "pending: the deletion had not finished when this answer was given";

        /** A pending deletion keeps parcelLab's shape: attempted, not cancelled, and {@link #PENDING} as error. */
        public static DraftOrder of(EffectOutcome outcome) {
            return new DraftOrder(outcome.attempted(), outcome.succeeded(),
                    outcome.pending() ? Option.some(PENDING) : outcome.error());
        }
    }

    /**
     * The fields of an {@code updated} answer. {@code draftOrderIdRemoved} and {@code shopifyDraftOrderDataCleared}
     * both say that the return's draft order reference was dropped (Rescind keeps one reference);
     * {@code backendTrackingUpdated} says that the change was committed with its event, which is how Rescind
     * propagates changes.
     */
    public record Update(int exchangeArticlesUpdated, int exchangeItemsUpdated, RefundMethod refundMethod,
            boolean refundMethodApplied, boolean draftOrderIdRemoved, int unevenExchangeArticlesCleared,
            boolean backendTrackingUpdated, boolean shopifyDraftOrderDataCleared) {
        public Update {
            Check check = Check.start().required("refundMethod", refundMethod);
            check.orThrow();
            check.require(exchangeArticlesUpdated >= 0 && exchangeItemsUpdated >= exchangeArticlesUpdated,
                            "exchangeItemsUpdated", "inconsistent", "counts at least one unit per updated article")
                    .require(unevenExchangeArticlesCleared >= 0
                                    && unevenExchangeArticlesCleared <= exchangeArticlesUpdated,
                            "unevenExchangeArticlesCleared", "inconsistent", "counts only updated articles")
                    .orThrow();
        }
    }

    public CancelExchangeResult {
        Check check = Check.start()
                .required("returnId", returnId)
                .required("action", action)
                .required("reason", reason)
                .required("shopifyDraftOrder", shopifyDraftOrder)
                .required("update", update);
        check.orThrow();
        boolean skipped = action == ExchangeCancellationAction.SKIPPED;
        check.require(reason.isDefined() == skipped, "reason", "inconsistent", "must be present exactly when skipped")
                .require(update.isDefined() != skipped, "action", "inconsistent",
                        "an updated answer has counts, a skipped one has none")
                .orThrow();
    }

    /**
     * The answer for an accepted {@code cancel_exchange}.
     *
     * @throws IllegalArgumentException when {@code applied} is not the answer of a {@code cancel_exchange}
     */
    public static CancelExchangeResult of(Applied<Return> applied) {
        ExchangeCancellationReport report = applied.report(ExchangeCancellationReport.class).getOrElseThrow(
                () -> new IllegalArgumentException("not the answer of a cancel_exchange"));
        return of(applied.aggregate().id(), report, applied.effect(EffectOutcome.DELETE_DRAFT_ORDER),
                !applied.events().isEmpty());
    }

    /**
     * The answer from its parts.
     *
     * @param committed whether the change was committed (an updated report always is)
     */
    public static CancelExchangeResult of(ReturnId returnId, ExchangeCancellationReport report,
            EffectOutcome draftOrderDeletion, boolean committed) {
        Option<Update> update = report.isSkipped() ? Option.none() : Option.some(new Update(
                report.exchangeArticlesUpdated(), report.exchangeItemsUpdated(), report.refundMethod().get(),
                report.refundMethodApplied(), report.removedDraftOrderId().isDefined(),
                report.unevenExchangeArticlesCleared(), committed, report.removedDraftOrderId().isDefined()));
        return new CancelExchangeResult(returnId, report.action(), report.skipReason(),
                DraftOrder.of(draftOrderDeletion), update);
    }
}
