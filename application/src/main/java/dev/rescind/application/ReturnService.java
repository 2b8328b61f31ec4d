package dev.rescind.application;

import dev.rescind.application.internal.EffectGateways;
import dev.rescind.application.internal.Operation;
import dev.rescind.application.internal.Operation.EffectPlan;
import dev.rescind.application.internal.Pipeline;
import dev.rescind.application.internal.Verdict;
import dev.rescind.application.port.CarrierCancellations;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.returns.ExchangeCancellationReport;
import dev.rescind.domain.returns.NewReturn;
import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnCommand;
import dev.rescind.domain.returns.ReturnCommandKind;
import dev.rescind.domain.returns.ReturnEvent;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Return use cases: the parcel's lifecycle as the carrier reports it, Sendcloud's cancellation request and
 * the carrier's answer, parcelLab's {@code cancel_exchange} with its draft-order deletion and order tag,
 * planned with the commit and run after it, the cancellation of some units of an item, and updates of the
 * host's parcel and refund data.
 */
public final class ReturnService {

    /** The tag parcelLab puts on the shop order when an exchange is cancelled. */
    public static final String EXCHANGE_CANCELLED_TAG = "parcellab_exchange_cancelled";

    private final Pipeline pipeline;
    private final Queries queries;
    private final EffectGateways gateways;
    private final AnswerTimes answerTimes;

    ReturnService(Pipeline pipeline, EffectGateways gateways, AnswerTimes answerTimes) {
        this.pipeline = pipeline;
        this.queries = new Queries(pipeline.store());
        this.gateways = gateways;
        this.answerTimes = answerTimes;
    }

    /**
     * Creates a return from the host's data.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param details the return's id, items, parcels and refund
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Return>> create(CommandContext context, NewReturn details) {
        return Arguments.require("context", context).and("details", details).then(() -> pipeline.execute(
                Operation.create(context, details.id(), details,
                        store -> store.returns().find(context.tenant(), details.id()),
                        now -> Verdict.of(Return.create(context.tenant(), context.actor(), details, now)))));
    }

    /**
     * Any return command, given as its record: what the methods below build and call, and what a host's
     * generic command handling calls. A cancellation request's id is the caller's here; a retry under the same
     * idempotency key with another id replays the first answer.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the return's id
     * @param command the command
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Return>> execute(CommandContext context, ReturnId id, ReturnCommand command) {
        return Arguments.require("context", context).and("returnId", id).and("command", command).then(() -> {
            if (command instanceof ReturnCommand.RequestCancellation request) {
                return requestCancellation(context, id, request);
            }
            if (command instanceof ReturnCommand.CancelExchange) {
                return execute(context, id, command, this::exchangeEffects);
            }
            return decide(context, id, command);
        });
    }

    /**
     * The carrier announced the incoming parcel.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the return's id
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Return>> announce(CommandContext context, ReturnId id) {
        return Arguments.require("context", context).and("returnId", id)
                .then(() -> decide(context, id, new ReturnCommand.Announce()));
    }

    /**
     * The carrier could not announce the incoming parcel.
     *
     * @param context        who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id             the return's id
     * @param carrierMessage what the carrier said, if anything
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Return>> failAnnouncement(CommandContext context, ReturnId id,
            Option<Message> carrierMessage) {
        return Arguments.require("context", context).and("returnId", id).and("carrierMessage", carrierMessage)
                .then(() -> decide(context, id, new ReturnCommand.FailAnnouncement(carrierMessage)));
    }

    /**
     * A carrier scan. While a cancellation is pending it means the cancellation failed.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the return's id
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Return>> recordScan(CommandContext context, ReturnId id) {
        return Arguments.require("context", context).and("returnId", id)
                .then(() -> decide(context, id, new ReturnCommand.RecordScan()));
    }

    /**
     * The carrier delivered the parcel back.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the return's id
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Return>> recordDelivery(CommandContext context, ReturnId id) {
        return Arguments.require("context", context).and("returnId", id)
                .then(() -> decide(context, id, new ReturnCommand.RecordDelivery()));
    }

    /**
     * Sendcloud's {@code PATCH /returns/{id}/cancel}: a request, answered later by the carrier. The answer's
     * related aggregate is the opened {@link CancellationRequest}; the carrier is then asked upstream, best
     * effort, when a {@link CarrierCancellations} gateway is configured.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the return's id
     * @param message the message, if any
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Return>> requestCancellation(CommandContext context, ReturnId id,
            Option<Message> message) {
        return requestCancellation(context, id, message, Option.none());
    }

    /**
     * {@link #requestCancellation(CommandContext, ReturnId, Option)} with a request that expires unanswered at
     * {@code answerBy} (Rescind's extension); without one, at the time the
     * {@link Rescind.Builder#answerTimes answer times} give for the return's carrier, if any. An
     * {@code answerBy} not after now is {@code InvalidInput} on {@code answerBy}.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id the return's id
     * @param message the message, if any
     * @param answerBy when an answer is due, if the request has an answer-by time
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Return>> requestCancellation(CommandContext context, ReturnId id,
            Option<Message> message, Option<Instant> answerBy) {
        return Arguments.require("context", context).and("returnId", id).and("message", message)
                .and("answerBy", answerBy).then(() -> requestCancellation(context, id,
                        new ReturnCommand.RequestCancellation(new CancellationRequestId(pipeline.ids().nextId()),
                                message, answerBy)));
    }

    /** Opens {@code request}'s cancellation request, with the default answer-by time if it gives none. */
    private Either<Rejection, Applied<Return>> requestCancellation(CommandContext context, ReturnId id,
            ReturnCommand.RequestCancellation request) {
        // A request without its own answer-by time keeps the fingerprint it had before they existed.
        List<Object> arguments = request.answerBy().isEmpty() ? List.of(request.message())
                : List.of(request.message(), request.answerBy());
        return pipeline.execute(Operation.<Return>command(context, id, ReturnCommandKind.REQUEST_CANCELLATION,
                        arguments, store -> store.returns().find(context.tenant(), id),
                        (current, open, now) -> Verdict.of(current.get().decide(context.actor(),
                                new ReturnCommand.RequestCancellation(request.requestId(), request.message(),
                                        request.answerBy().orElse(() -> answerTimes.within(AggregateType.RETURN,
                                                current.get().carrierId().map(Reference::value)).map(now::plus))),
                                open, now)))
                .withEffects(decision -> carrierCancellation(decision)));
    }

    /**
     * Rescind's deadline runner: the open cancellation request {@code requestId} passed its answer-by time. It
     * expires and the parcel goes back to its status before the request; a request that is no longer the open
     * one is {@code NotAllowedInState}. Only a {@code SYSTEM} actor may expire a request.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id the return's id
     * @param requestId the id of the cancellation request
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Return>> expireCancellation(CommandContext context, ReturnId id,
            CancellationRequestId requestId) {
        return Arguments.require("context", context).and("returnId", id).and("requestId", requestId)
                .then(() -> decide(context, id, new ReturnCommand.ExpireCancellation(requestId)));
    }

    /**
     * The carrier cancelled the label: the return is {@code CANCELLED}, its request accepted.
     *
     * @param context        who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id             the return's id
     * @param carrierMessage what the carrier said, if anything
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Return>> confirmCancellation(CommandContext context, ReturnId id,
            Option<Message> carrierMessage) {
        return Arguments.require("context", context).and("returnId", id).and("carrierMessage", carrierMessage)
                .then(() -> decide(context, id, new ReturnCommand.ConfirmCancellation(carrierMessage)));
    }

    /**
     * The carrier refused: the parcel goes back to its status before the request; the reason is kept.
     *
     * @param context       who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id            the return's id
     * @param carrierReason why the carrier refused, if it said
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Return>> declineCancellation(CommandContext context, ReturnId id,
            Option<Message> carrierReason) {
        return Arguments.require("context", context).and("returnId", id).and("carrierReason", carrierReason)
                .then(() -> decide(context, id, new ReturnCommand.DeclineCancellation(carrierReason)));
    }

    /**
     * parcelLab's {@code cancel_exchange}. The answer carries the {@link ExchangeCancellationReport}; when
     * the exchange was updated, the draft order is deleted and the shop order tagged after the commit, at least once.
     *
     * @param context      who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id           the return's id
     * @param cancelReason {@code operationPayload.cancelReason}, if any
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Return>> cancelExchange(CommandContext context, ReturnId id,
            Option<Reason> cancelReason) {
        return Arguments.require("context", context).and("returnId", id).and("cancelReason", cancelReason)
                .then(() -> execute(context, id, new ReturnCommand.CancelExchange(cancelReason)));
    }

    /**
     * The customer no longer returns {@code quantity} units of one item; allowed while the parcel has not moved.
     * More than the item has left is {@link Rejection.ExceedsRemainingQuantity}; the label is not touched.
     *
     * @param context  who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id       the return's id
     * @param itemId   the item's id
     * @param quantity the units no longer returned
     * @param reason   why, if given
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Return>> cancelItem(CommandContext context, ReturnId id, Reference itemId,
            int quantity, Option<Reason> reason) {
        return Arguments.require("context", context).and("returnId", id).and("itemId", itemId).and("reason", reason)
                .then(() -> ReturnCommand.CancelItem.of(itemId, quantity, reason).<Rejection>mapLeft(invalid -> invalid)
                        .flatMap(command -> decide(context, id, command)));
    }

    /**
     * Replaces the host's parcel details, refund details or rule modifications, checked as at creation. Giving
     * what is already there answers the return unchanged, at the same version, with no event.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the return's id
     * @param details the new details; a part left out stays as it is
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Return>> updateHostDetails(CommandContext context, ReturnId id,
            ReturnCommand.UpdateHostDetails details) {
        return Arguments.require("context", context).and("returnId", id).and("details", details)
                .then(() -> decide(context, id, details));
    }

    /**
     * Closes the return: nothing more happens to it.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the return's id
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Return>> close(CommandContext context, ReturnId id) {
        return Arguments.require("context", context).and("returnId", id)
                .then(() -> decide(context, id, new ReturnCommand.Close()));
    }

    /**
     * A return of the tenant.
     *
     * @param tenant the tenant
     * @param id     the return's id
     * @return the return, or {@code NotFound}
     */
    public Either<Rejection, Return> get(TenantId tenant, ReturnId id) {
        return Arguments.require("tenant", tenant).and("returnId", id).then(() -> Queries.found(
                pipeline.store().returns().find(tenant, id), AggregateType.RETURN, id.value()));
    }

    /**
     * One page of the tenant's returns whose parcel is in {@code status}, by id.
     *
     * @param tenant the tenant
     * @param status the parcel status
     * @param page   which page
     * @return the page, or an error for an invalid page
     */
    public Either<Rejection, Page<Return>> list(TenantId tenant, ParcelStatus status, PageRequest page) {
        return Arguments.require("tenant", tenant).and("status", status).and("page", page)
                .then(() -> Either.right(Queries.page(pipeline.store().returns().list(tenant, status, page), page)));
    }

    /**
     * What happened to a return, oldest first: one entry per event.
     *
     * @param tenant the tenant
     * @param id     the return's id
     * @return the timeline, or {@code NotFound}
     */
    public Either<Rejection, List<TimelineEntry>> timeline(TenantId tenant, ReturnId id) {
        return Arguments.require("tenant", tenant).and("returnId", id).then(() -> queries.timeline(tenant,
                AggregateType.RETURN, id.value(), store -> store.returns().find(tenant, id)));
    }

    private Either<Rejection, Applied<Return>> decide(CommandContext context, ReturnId id, ReturnCommand command) {
        return execute(context, id, command, decision -> List.of());
    }

    private Either<Rejection, Applied<Return>> execute(CommandContext context, ReturnId id, ReturnCommand command,
            Function<Decision<Return>, List<EffectPlan>> effects) {
        return execute(context, id, List.of(command), command, effects);
    }

    /**
     * The command through the pipeline, named after its kind; {@code arguments} leaves out ids made up per
     * attempt, so that a retry has the same fingerprint.
     */
    private Either<Rejection, Applied<Return>> execute(CommandContext context, ReturnId id, List<Object> arguments,
            ReturnCommand command, Function<Decision<Return>, List<EffectPlan>> effects) {
        return pipeline.execute(Operation.<Return>command(context, id, command.kind(), arguments,
                store -> store.returns().find(context.tenant(), id),
                (current, open, now) -> Verdict.of(current.get().decide(context.actor(), command, open, now)))
                .withEffects(effects));
    }

    private List<EffectPlan> carrierCancellation(Decision<Return> decision) {
        return gateways.carrierCancellation(decision.aggregate());
    }

    /** Only an updated exchange has effects; its event carries the removed draft order. */
    private List<EffectPlan> exchangeEffects(Decision<Return> decision) {
        if (decision.isNoOp()) {
            return List.of();
        }
        ExchangeCancellationReport report = ((ReturnEvent.ExchangeCancelled) decision.event().get()).report();
        return gateways.exchangeCancelled(report.removedDraftOrderId(), decision.aggregate().orderId(),
                EXCHANGE_CANCELLED_TAG);
    }
}
