package dev.rescind.application;

import dev.rescind.application.internal.Operation;
import dev.rescind.application.internal.Pipeline;
import dev.rescind.application.internal.Verdict;
import dev.rescind.application.port.RescindStore;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.fulfillment.FulfillmentCommand;
import dev.rescind.domain.fulfillment.FulfillmentCommandKind;
import dev.rescind.domain.fulfillment.FulfillmentLine;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.FulfillmentOrderStatus;
import dev.rescind.domain.fulfillment.HoldReason;
import dev.rescind.domain.fulfillment.NewFulfillmentOrder;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fulfillment order use cases, after Shopify: the merchant's requests, the assigned fulfillment service's
 * answers (only that service may give them), direct cancellation before acceptance, cancellation requests
 * after it, holds, scheduling and fulfillment.
 */
public final class FulfillmentOrderService {

    private final Pipeline pipeline;
    private final Queries queries;
    private final AnswerTimes answerTimes;

    FulfillmentOrderService(Pipeline pipeline, AnswerTimes answerTimes) {
        this.pipeline = pipeline;
        this.queries = new Queries(pipeline.store());
        this.answerTimes = answerTimes;
    }

    /**
     * Creates a fulfillment order from the host's data.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param details the order's id, lines, location and assignment
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> create(CommandContext context, NewFulfillmentOrder details) {
        return Arguments.require("context", context).and("details", details).then(() -> pipeline.execute(
                Operation.create(context, details.id(), details,
                        store -> store.fulfillmentOrders().find(context.tenant(), details.id()),
                        now -> Verdict.of(FulfillmentOrder.create(context.tenant(), context.actor(), details, now)))));
    }

    /**
     * Any fulfillment order command, given as its record: what the methods below build and call, and what a
     * host's generic command handling calls. The ids of what a command opens (a replacement order, a
     * cancellation request) are the caller's here; a retry under the same idempotency key with other ids
     * replays the first answer.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the order's id
     * @param command the command
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> execute(CommandContext context, FulfillmentOrderId id,
            FulfillmentCommand command) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("command", command)
                .then(() -> {
                    if (command instanceof FulfillmentCommand.Cancel) {
                        return decide(context, id, List.of(), command);
                    }
                    if (command instanceof FulfillmentCommand.SendCancellationRequest request) {
                        return sendCancellationRequest(context, id, request);
                    }
                    if (command instanceof FulfillmentCommand.Hold hold) {
                        return decide(context, id, List.of(hold.reason(), hold.reasonNotes()), command);
                    }
                    if (command instanceof FulfillmentCommand.SubmitFulfillmentRequest request
                            && request.unsubmittedId().isDefined()) {
                        return decide(context, id, List.of(request.message(), request.lines()), command);
                    }
                    if (command instanceof FulfillmentCommand.Move move) {
                        return decide(context, id, List.of(move.newLocationId(), move.newService(), move.lines()),
                                command);
                    }
                    if (command instanceof FulfillmentCommand.Split split) {
                        return decide(context, id, List.of(split.lines()), command);
                    }
                    return decide(context, id, command);
                });
    }

    /**
     * The merchant's side asks the assigned service to fulfil the order.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the order's id
     * @param message the message, if any
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> submitFulfillmentRequest(CommandContext context,
            FulfillmentOrderId id, Option<Message> message) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("message", message)
                .then(() -> decide(context, id, new FulfillmentCommand.SubmitFulfillmentRequest(message)));
    }

    /**
     * A fulfillment request for some units: those are submitted, and the rest is split off into a new open,
     * unsubmitted order, the answer's related aggregate. No lines means every unit, as
     * {@link #submitFulfillmentRequest(CommandContext, FulfillmentOrderId, Option)}.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id the order's id
     * @param message the message, if any
     * @param lines the lines and units; empty for every unit still to ship
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> submitFulfillmentRequest(CommandContext context,
            FulfillmentOrderId id, Option<Message> message, List<FulfillmentLine> lines) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("message", message)
                .and("lines", lines)
                .then(() -> {
                    Option<Rejection> missing = Arguments.noMissingElement("lines", lines);
                    if (missing.isDefined()) {
                        return Either.left(missing.get());
                    }
                    FulfillmentOrderId unsubmitted = new FulfillmentOrderId(pipeline.ids().nextId());
                    return decide(context, id, List.of(message, lines),
                            new FulfillmentCommand.SubmitFulfillmentRequest(message, lines,
                                    Option.some(unsubmitted)));
                });
    }

    /**
     * The assigned service accepts the fulfillment request: the order is in progress.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the order's id
     * @param message the message, if any
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> acceptFulfillmentRequest(CommandContext context,
            FulfillmentOrderId id, Option<Message> message) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("message", message)
                .then(() -> decide(context, id, new FulfillmentCommand.AcceptFulfillmentRequest(message)));
    }

    /**
     * The assigned service rejects the fulfillment request.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the order's id
     * @param message the message, if any
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> rejectFulfillmentRequest(CommandContext context,
            FulfillmentOrderId id, Option<Message> message) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("message", message)
                .then(() -> decide(context, id, new FulfillmentCommand.RejectFulfillmentRequest(message)));
    }

    /**
     * Shopify's direct cancel, allowed only until a service accepts: the answer is the closed order, and its
     * related aggregate the replacement order with the units still to ship.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the order's id
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> cancel(CommandContext context, FulfillmentOrderId id) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).then(() -> {
            FulfillmentOrderId replacement = new FulfillmentOrderId(pipeline.ids().nextId());
            return execute(context, id, new FulfillmentCommand.Cancel(replacement));
        });
    }

    /**
     * Shopify's cancellation request; the answer's related aggregate is the opened request. It has the answer-by
     * time the {@link Rescind.Builder#answerTimes answer times} give for the order's fulfillment service, if any.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id the order's id
     * @param message the message, if any
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> sendCancellationRequest(CommandContext context,
            FulfillmentOrderId id, Option<Message> message) {
        return sendCancellationRequest(context, id, message, Option.none());
    }

    /**
     * Shopify's cancellation request, which expires unanswered at {@code answerBy} (Rescind's extension); without
     * one, at the time the {@link Rescind.Builder#answerTimes answer times} give, if any. An {@code answerBy}
     * not after now is {@code InvalidInput} on {@code answerBy}.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id the order's id
     * @param message the message, if any
     * @param answerBy when an answer is due, if the request has an answer-by time
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> sendCancellationRequest(CommandContext context,
            FulfillmentOrderId id, Option<Message> message, Option<Instant> answerBy) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("message", message)
                .and("answerBy", answerBy)
                .then(() -> sendCancellationRequest(context, id, new FulfillmentCommand.SendCancellationRequest(
                        new CancellationRequestId(pipeline.ids().nextId()), message, answerBy)));
    }

    /** Opens {@code request}'s cancellation request, with the default answer-by time if it gives none. */
    private Either<Rejection, Applied<FulfillmentOrder>> sendCancellationRequest(CommandContext context,
            FulfillmentOrderId id, FulfillmentCommand.SendCancellationRequest request) {
        // A request without its own answer-by time keeps the fingerprint it had before they existed.
        List<Object> arguments = request.answerBy().isEmpty() ? List.of(request.message())
                : List.of(request.message(), request.answerBy());
        return pipeline.execute(Operation.command(context, id, FulfillmentCommandKind.SEND_CANCELLATION_REQUEST,
                arguments, store -> store.fulfillmentOrders().find(context.tenant(), id),
                (current, open, now) -> Verdict.of(current.get().decide(context.actor(),
                        new FulfillmentCommand.SendCancellationRequest(request.requestId(), request.message(),
                                request.answerBy().orElse(() -> answerTimes.within(AggregateType.FULFILLMENT_ORDER,
                                        current.get().assignedService().map(Reference::value)).map(now::plus))),
                        open, now))));
    }

    /**
     * Rescind's deadline runner: the open cancellation request {@code requestId} passed its answer-by time. It
     * expires and the order is back in progress as after a rejection; a request that is no longer the open one
     * is {@code NotAllowedInState}. Only a {@code SYSTEM} actor may expire a request.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id the order's id
     * @param requestId the id of the cancellation request
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> expireCancellationRequest(CommandContext context,
            FulfillmentOrderId id, CancellationRequestId requestId) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("requestId", requestId)
                .then(() -> decide(context, id, new FulfillmentCommand.ExpireCancellationRequest(requestId)));
    }

    /**
     * The assigned service accepts the open cancellation request: the order is cancelled, the request accepted.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the order's id
     * @param message the message, if any
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> acceptCancellationRequest(CommandContext context,
            FulfillmentOrderId id, Option<Message> message) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("message", message)
                .then(() -> decide(context, id, new FulfillmentCommand.AcceptCancellationRequest(message)));
    }

    /**
     * The assigned service rejects the open cancellation request: the order goes on, the request is rejected.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the order's id
     * @param message the message, if any
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> rejectCancellationRequest(CommandContext context,
            FulfillmentOrderId id, Option<Message> message) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("message", message)
                .then(() -> decide(context, id, new FulfillmentCommand.RejectCancellationRequest(message)));
    }

    /**
     * Rescind's deadline runner: the order's {@code fulfill_by} passed while it still has work to do. An overdue
     * event and no change of state; a closed or cancelled order, or one without a fulfill-by date, is
     * {@code NotAllowedInState}, and so is an order whose {@code fulfill_by} is no longer {@code fulfillBy}. Only a
     * {@code SYSTEM} actor may mark an order overdue.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id the order's id
     * @param fulfillBy the new {@code fulfill_by}
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> markOverdue(CommandContext context, FulfillmentOrderId id,
            Instant fulfillBy) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("fulfillBy", fulfillBy)
                .then(() -> decide(context, id, new FulfillmentCommand.MarkOverdue(fulfillBy)));
    }

    /**
     * Ships units; no lines means every unit still to ship.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the order's id
     * @param lines   the lines and units to ship; empty for all
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> createFulfillment(CommandContext context,
            FulfillmentOrderId id, List<FulfillmentLine> lines) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("lines", lines)
                .then(() -> {
                    Option<Rejection> missing = Arguments.noMissingElement("lines", lines);
                    return missing.isDefined() ? Either.left(missing.get())
                            : decide(context, id, new FulfillmentCommand.CreateFulfillment(lines));
                });
    }

    /**
     * Places a hold, its id from the id supplier: the answer's order lists it last in {@code holds()}.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id the order's id
     * @param reason why
     * @param reasonNotes notes on the reason, if any
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> hold(CommandContext context, FulfillmentOrderId id,
            HoldReason reason, Option<Reason> reasonNotes) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("reason", reason)
                .and("reasonNotes", reasonNotes)
                .then(() -> decide(context, id, List.of(reason, reasonNotes),
                        new FulfillmentCommand.Hold(new Reference(pipeline.ids().nextId()), reason, reasonNotes)));
    }

    /**
     * Releases the holds named; the order opens again, at the request status it was held at, once none remain.
     * An id the order does not carry is {@code InvalidInput} naming it.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id the order's id
     * @param holdIds the holds to release
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> releaseHolds(CommandContext context, FulfillmentOrderId id,
            List<Reference> holdIds) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("holdIds", holdIds)
                .then(() -> {
                    Option<Rejection> missing = Arguments.noMissingElement("holdIds", holdIds);
                    return missing.isDefined() ? Either.left(missing.get())
                            : decide(context, id, FulfillmentCommand.ReleaseHold.of(holdIds));
                });
    }

    /**
     * Releases every hold at once. Shopify warns that this may release an order before the reason of another
     * app's hold is resolved; prefer {@link #releaseHolds}.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id the order's id
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> releaseAllHolds(CommandContext context,
            FulfillmentOrderId id) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id)
                .then(() -> decide(context, id, FulfillmentCommand.ReleaseHold.all()));
    }

    /**
     * Moves the time the order is to be fulfilled at.
     *
     * @param context   who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id        the order's id
     * @param fulfillAt the new time
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> reschedule(CommandContext context, FulfillmentOrderId id,
            Instant fulfillAt) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("fulfillAt", fulfillAt)
                .then(() -> decide(context, id, new FulfillmentCommand.Reschedule(fulfillAt)));
    }

    /**
     * Opens a scheduled order for fulfillment now.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the order's id
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> markAsOpen(CommandContext context, FulfillmentOrderId id) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id)
                .then(() -> decide(context, id, new FulfillmentCommand.MarkAsOpen()));
    }

    /**
     * Closes an order whose fulfillment will not be completed.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the order's id
     * @param message the message, if any
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> closeIncomplete(CommandContext context,
            FulfillmentOrderId id, Option<Message> message) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("message", message)
                .then(() -> decide(context, id, new FulfillmentCommand.CloseIncomplete(message)));
    }

    /**
     * Shopify's move: the units of {@code lines} (every unit still to ship when empty) go to a new order at
     * {@code newLocationId}, fulfilled by {@code newService} (the merchant when empty); the original closes,
     * and a remaining order at the original location takes the units not moved. The answer's related orders
     * are the moved order, then the remaining one if any.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id the order's id
     * @param newLocationId the new location
     * @param newService the fulfillment service of the moved order; the merchant when empty
     * @param lines the lines and units; empty for every unit still to ship
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> move(CommandContext context, FulfillmentOrderId id,
            Reference newLocationId, Option<Reference> newService, List<FulfillmentLine> lines) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id)
                .and("newLocationId", newLocationId).and("newService", newService).and("lines", lines)
                .then(() -> {
                    Option<Rejection> missing = Arguments.noMissingElement("lines", lines);
                    if (missing.isDefined()) {
                        return Either.left(missing.get());
                    }
                    FulfillmentOrderId moved = new FulfillmentOrderId(pipeline.ids().nextId());
                    FulfillmentOrderId remaining = new FulfillmentOrderId(pipeline.ids().nextId());
                    return decide(context, id, List.of(newLocationId, newService, lines),
                            new FulfillmentCommand.Move(newLocationId, newService, lines, moved, remaining));
                });
    }

    /**
     * Shopify's split: the units of {@code lines} go to a new open, unsubmitted order at the same location and
     * with the same service, the answer's related aggregate; this order keeps the rest and its state.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id the order's id
     * @param lines the lines and units; empty for every unit still to ship
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> split(CommandContext context, FulfillmentOrderId id,
            List<FulfillmentLine> lines) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("lines", lines)
                .then(() -> {
                    Option<Rejection> missing = Arguments.noMissingElement("lines", lines);
                    if (missing.isDefined()) {
                        return Either.left(missing.get());
                    }
                    FulfillmentOrderId splitOff = new FulfillmentOrderId(pipeline.ids().nextId());
                    return decide(context, id, List.of(lines), new FulfillmentCommand.Split(lines, splitOff));
                });
    }

    /**
     * Sets the order's {@code fulfill_by}, the latest time by which it should be fulfilled.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id the order's id
     * @param fulfillBy the new {@code fulfill_by}
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> setFulfillBy(CommandContext context, FulfillmentOrderId id,
            Instant fulfillBy) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("fulfillBy", fulfillBy)
                .then(() -> decide(context, id, new FulfillmentCommand.SetFulfillBy(fulfillBy)));
    }

    /** The most fulfillment orders one {@link #setFulfillmentOrdersDeadline} may name. */
    public static final int MAX_BATCH = 1_000;

    /**
     * Shopify's {@code set_fulfillment_orders_deadline}: one {@code fulfill_by} for many orders, each with the
     * answer {@link #setFulfillBy} would give, committed in one unit of work. Setting a deadline twice gives
     * the same order, so a retry is safe without an idempotency key; batches take neither a key nor an
     * expected version.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param ids the orders' ids
     * @param fulfillBy the new {@code fulfill_by}
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, List<BatchItem<FulfillmentOrder>>> setFulfillmentOrdersDeadline(CommandContext context,
            List<FulfillmentOrderId> ids, Instant fulfillBy) {
        return Arguments.require("context", context).and("fulfillmentOrderIds", ids).and("fulfillBy", fulfillBy)
                .then(() -> {
                    Option<Rejection> invalid = batchProblem(context, ids);
                    if (invalid.isDefined()) {
                        return Either.left(invalid.get());
                    }
                    FulfillmentCommand command = new FulfillmentCommand.SetFulfillBy(fulfillBy);
                    List<String> values = ids.stream().map(FulfillmentOrderId::value).toList();
                    return Either.right(pipeline.executeBatch(context, AggregateType.FULFILLMENT_ORDER, values,
                            store -> loadAll(store, context.tenant(), ids),
                            (current, now) -> Verdict.of(current.decide(context.actor(), command, now)),
                            id -> decide(context, new FulfillmentOrderId(id), command)));
                });
    }

    /** Loaded one by one: the store has no bulk read of fulfillment orders. */
    private static Map<String, FulfillmentOrder> loadAll(RescindStore store, TenantId tenant,
            List<FulfillmentOrderId> ids) {
        Map<String, FulfillmentOrder> loaded = new HashMap<>();
        ids.forEach(id -> store.fulfillmentOrders().find(tenant, id).forEach(order -> loaded.put(id.value(), order)));
        return loaded;
    }

    private static Option<Rejection> batchProblem(CommandContext context, List<FulfillmentOrderId> ids) {
        if (context.idempotencyKey().isDefined() || context.expectedVersion().isDefined()) {
            return Option.some(Rejection.InvalidInput.of(context.idempotencyKey().isDefined() ? "idempotencyKey"
                    : "expectedVersion", "not_supported", "is not supported for a batch"));
        }
        if (ids.isEmpty() || ids.size() > MAX_BATCH) {
            return Option.some(Rejection.InvalidInput.of("fulfillmentOrderIds", "out_of_range",
                    "must hold 1 to " + MAX_BATCH + " ids"));
        }
        Option<Rejection> missing = Arguments.noMissingElement("fulfillmentOrderIds", ids);
        if (missing.isDefined()) {
            return missing;
        }
        Set<FulfillmentOrderId> seen = new HashSet<>();
        for (int index = 0; index < ids.size(); index++) {
            if (!seen.add(ids.get(index))) {
                return Option.some(Rejection.InvalidInput.of("fulfillmentOrderIds[" + index + "]", "duplicate",
                        "must appear once"));
            }
        }
        return Option.none();
    }

    /**
     * A fulfillment order of the tenant.
     *
     * @param tenant the tenant
     * @param id     the order's id
     * @return the order, or {@code NotFound}
     */
    public Either<Rejection, FulfillmentOrder> get(TenantId tenant, FulfillmentOrderId id) {
        return Arguments.require("tenant", tenant).and("fulfillmentOrderId", id).then(() -> Queries.found(
                pipeline.store().fulfillmentOrders().find(tenant, id), AggregateType.FULFILLMENT_ORDER, id.value()));
    }

    /**
     * One page of the tenant's orders in {@code status}, by id.
     *
     * @param tenant the tenant
     * @param status the orders' status
     * @param page   which page
     * @return the page, or an error for an invalid page
     */
    public Either<Rejection, Page<FulfillmentOrder>> list(TenantId tenant, FulfillmentOrderStatus status,
            PageRequest page) {
        return Arguments.require("tenant", tenant).and("status", status).and("page", page)
                .then(() -> Either.right(Queries.page(pipeline.store().fulfillmentOrders().list(tenant, status, page),
                        page)));
    }

    /**
     * What happened to an order, oldest first: one entry per event.
     *
     * @param tenant the tenant
     * @param id     the order's id
     * @return the timeline, or {@code NotFound}
     */
    public Either<Rejection, List<TimelineEntry>> timeline(TenantId tenant, FulfillmentOrderId id) {
        return Arguments.require("tenant", tenant).and("fulfillmentOrderId", id).then(() -> queries.timeline(tenant,
                AggregateType.FULFILLMENT_ORDER, id.value(), store -> store.fulfillmentOrders().find(tenant, id)));
    }

    private Either<Rejection, Applied<FulfillmentOrder>> decide(CommandContext context, FulfillmentOrderId id,
            FulfillmentCommand command) {
        return decide(context, id, List.of(command), command);
    }

    /**
     * The command through the pipeline, named after its kind; {@code arguments} leaves out ids made up per
     * attempt, so that a retry has the same fingerprint.
     */
    private Either<Rejection, Applied<FulfillmentOrder>> decide(CommandContext context, FulfillmentOrderId id,
            List<Object> arguments, FulfillmentCommand command) {
        return pipeline.execute(Operation.command(context, id, command.kind(), arguments,
                store -> store.fulfillmentOrders().find(context.tenant(), id),
                (current, open, now) -> Verdict.of(current.get().decide(context.actor(), command, open, now))));
    }
}
