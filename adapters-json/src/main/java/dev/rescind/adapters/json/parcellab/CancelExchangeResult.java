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
 * @param returnId          {@code returnId}: the return that was addressed
 * @param action            {@code action}: {@code updated} or {@code skipped}
 */
public record CancelExchangeResult(ReturnId returnId, ExchangeCancellationAction action, Option<SkipReason> reason,
        DraftOrder shopifyDraftOrder, Option<Update> update) {

    /**
     * {@code shopifyDraftOrder}: whether deletion was attempted, whether it succeeded, and if not why.
     *
     * @param attempted {@code attempted}: whether Rescind asked for the deletion
     * @param cancelled {@code cancelled}: whether the draft order was deleted
     * @param error     {@code error}: why the deletion failed, or {@link #PENDING}; absent otherwise
     */
    public record DraftOrder(boolean attempted, boolean cancelled, Option<String> error) {
        /**
         * Checks that the outcome is consistent.
         *
         * @param attempted {@code attempted}: whether Rescind asked for the deletion
         * @param cancelled {@code cancelled}: whether the draft order was deleted
         * @param error     {@code error}: why the deletion failed, or {@link #PENDING}; absent otherwise
         * @throws dev.rescind.domain.shared.InvalidInputException when {@code error} is null, a cancelled deletion has
         *         an error, or one not attempted has an outcome
         */
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

        /**
         * A pending deletion keeps parcelLab's shape: attempted, not cancelled, and {@link #PENDING} as error.
         *
         * @param outcome the outcome of the {@code DELETE_DRAFT_ORDER} effect
         * @return the {@code shopifyDraftOrder} object for that outcome
         */
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
     *
     * @param exchangeArticlesUpdated       the exchange articles turned into refunds
     * @param exchangeItemsUpdated          the units of those articles, at least one each
     * @param refundMethod                  how the customer is refunded now
     * @param refundMethodApplied           whether the refund method was changed
     * @param draftOrderIdRemoved           whether the draft order reference was dropped
     * @param unevenExchangeArticlesCleared the uneven exchanges cleared
     * @param backendTrackingUpdated        whether the change was committed with its event
     * @param shopifyDraftOrderDataCleared  the same as draftOrderIdRemoved
     */
    public record Update(int exchangeArticlesUpdated, int exchangeItemsUpdated, RefundMethod refundMethod,
            boolean refundMethodApplied, boolean draftOrderIdRemoved, int unevenExchangeArticlesCleared,
            boolean backendTrackingUpdated, boolean shopifyDraftOrderDataCleared) {
        /**
         * Checks that the counts are consistent.
         *
         * @param exchangeArticlesUpdated       the exchange articles turned into refunds
         * @param exchangeItemsUpdated          the units of those articles, at least one each
         * @param refundMethod                  how the customer is refunded now
         * @param refundMethodApplied           whether the refund method was changed
         * @param draftOrderIdRemoved           whether the draft order reference was dropped
         * @param unevenExchangeArticlesCleared the uneven exchanges cleared
         * @param backendTrackingUpdated        whether the change was committed with its event
         * @param shopifyDraftOrderDataCleared  the same as draftOrderIdRemoved
         * @throws dev.rescind.domain.shared.InvalidInputException when {@code refundMethod} is null, a count is
         *         negative, fewer items than articles were updated, or more uneven articles were cleared than updated
         */
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

    /**
     * Checks that {@code reason} is present exactly for a skipped answer and {@code update} exactly for an updated one.
     *
     * @param returnId          {@code returnId}: the return that was addressed
     * @param action            {@code action}: {@code updated} or {@code skipped}
     * @param reason            why nothing was done; present exactly when {@code skipped}
     * @param shopifyDraftOrder what became of deleting the exchange's draft order
     * @param update            the counts and flags; present exactly when {@code updated}
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null or the two do not match
     *         {@code action}
     */
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
     * @param applied what {@code Rescind.returns().cancelExchange} answered
     * @return the answer parcelLab documents for it
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
     * @param returnId           the return that was addressed
     * @param report             what the decision did or why it skipped
     * @param draftOrderDeletion the outcome of the {@code DELETE_DRAFT_ORDER} effect
     * @return the answer
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
