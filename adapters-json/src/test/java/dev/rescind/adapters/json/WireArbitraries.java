package dev.rescind.adapters.json;

import dev.rescind.adapters.json.parcellab.CancelExchangeResult;
import dev.rescind.adapters.json.parcellab.EditReturnRequest;
import dev.rescind.adapters.json.shopify.CancellationRequestBody;
import dev.rescind.application.EffectOutcome;
import dev.rescind.domain.returns.ExchangeCancellation;
import dev.rescind.domain.returns.ReturnCommand;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.testkit.arbitraries.ReturnModel;
import dev.rescind.testkit.arbitraries.Values;
import dev.rescind.testkit.arbitraries.Walks;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitraries of the wire formats' own values, beside the testkit's aggregates. */
public final class WireArbitraries {

    private WireArbitraries() {
    }

    /** Zones with whole-hour, half-hour and odd offsets, and with daylight saving time. */
    public static Arbitrary<ZoneId> zones() {
        return Arbitraries.of("UTC", "America/New_York", "Europe/Amsterdam", "Asia/Kolkata", "Pacific/Chatham",
                "America/St_Johns", "Australia/Lord_Howe").map(ZoneId::of);
    }

    public static Arbitrary<CancellationRequestBody> cancellationRequestBodies() {
        return Values.optional(Values.messages()).map(CancellationRequestBody::new);
    }

    /** Requests for one of the generated return ids, with any language and market context. */
    public static Arbitrary<EditReturnRequest> editReturnRequests() {
        Arbitrary<String> context = Arbitraries.strings().ofMinLength(1)
                .ofMaxLength(EditReturnRequest.MAX_CONTEXT_LENGTH);
        return Combinators.combine(Values.tenants(), returnIds(), context, context, Arbitraries.of(true, false),
                        Values.optional(Values.reasons()))
                .as(EditReturnRequest::new);
    }

    /** parcelLab's 24-character ids. */
    public static Arbitrary<ReturnId> returnIds() {
        return Arbitraries.strings().withChars("0123456789abcdef").ofLength(EditReturnRequest.RETURN_ID_LENGTH)
                .map(ReturnId::new);
    }

    /**
     * {@code cancel_exchange} answers for returns in any reachable state, with every outcome the draft order's
     * deletion can have.
     */
    public static Arbitrary<CancelExchangeResult> cancelExchangeResults() {
        return Walks.anyReachable(ReturnModel.INSTANCE).flatMap(reached -> Combinators.combine(
                        Values.actors(ActorKind.MERCHANT_SIDE), Values.optional(Values.reasons()), draftOrderOutcomes())
                .as((actor, reason, outcome) -> {
                    ExchangeCancellation cancellation = reached.aggregate().cancelExchange(actor,
                            new ReturnCommand.CancelExchange(reason), reached.next()).get();
                    boolean deletes = cancellation.report().removedDraftOrderId().isDefined();
                    return CancelExchangeResult.of(reached.aggregate().id(), cancellation.report(),
                            deletes ? outcome : EffectOutcome.notAttempted(EffectOutcome.DELETE_DRAFT_ORDER),
                            !cancellation.decision().isNoOp());
                }));
    }

    private static Arbitrary<EffectOutcome> draftOrderOutcomes() {
        String effect = EffectOutcome.DELETE_DRAFT_ORDER;
        return Arbitraries.oneOf(
                Arbitraries.just(EffectOutcome.notAttempted(effect)),
                Arbitraries.just(EffectOutcome.succeeded(effect)),
                Values.prose(60).map(error -> EffectOutcome.failed(effect, error)));
    }
}
