package dev.rescind.application;

import dev.rescind.application.internal.Operation;
import dev.rescind.application.internal.Pipeline;
import dev.rescind.application.internal.Verdict;
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
import java.util.List;

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

    public Either<Rejection, Applied<FulfillmentOrder>> create(CommandContext context, NewFulfillmentOrder details) {
        return Arguments.require("context", context).and("details", details).then(() -> pipeline.execute(
                Operation.create(context, details.id(), details,
                        store -> store.fulfillmentOrders().find(context.tenant(), details.id()),
                        now -> Verdict.of(FulfillmentOrder.create(context.tenant(), context.actor(), details, now)))));
    }

    public Either<Rejection, Applied<FulfillmentOrder>> submitFulfillmentRequest(CommandContext context,
            FulfillmentOrderId id, Option<Message> message) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("message", message)
                .then(() -> decide(context, id, new FulfillmentCommand.SubmitFulfillmentRequest(message)));
    }

    public Either<Rejection, Applied<FulfillmentOrder>> acceptFulfillmentRequest(CommandContext context,
            FulfillmentOrderId id, Option<Message> message) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("message", message)
                .then(() -> decide(context, id, new FulfillmentCommand.AcceptFulfillmentRequest(message)));
    }

    public Either<Rejection, Applied<FulfillmentOrder>> rejectFulfillmentRequest(CommandContext context,
            FulfillmentOrderId id, Option<Message> message) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("message", message)
                .then(() -> decide(context, id, new FulfillmentCommand.RejectFulfillmentRequest(message)));
    }

    /**
     * Shopify's direct cancel, allowed only until a service accepts: the answer is the closed order, and its
     * related aggregate the replacement order with the units still to ship.
     */
    public Either<Rejection, Applied<FulfillmentOrder>> cancel(CommandContext context, FulfillmentOrderId id) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).then(() -> {
            FulfillmentOrderId replacement = new FulfillmentOrderId(pipeline.ids().nextId());
            return decide(context, id, List.of(),
                    new FulfillmentCommand.Cancel(replacement));
        });
    }

    /**
     * Shopify's cancellation request; the answer's related aggregate is the opened request. It has the answer-by
     * time the {@link Rescind.Builder#answerTimes answer times} give for the order's fulfillment service, if any.
     */
    public Either<Rejection, Applied<FulfillmentOrder>> sendCancellationRequest(CommandContext context,
            FulfillmentOrderId id, Option<Message> message) {
        return sendCancellationRequest(context, id, message, Option.none());
    }

    /**
     * Shopify's cancellation request, which expires unanswered at {@code answerBy} (Rescind's extension); without
     * one, at the time the {@link Rescind.Builder#answerTimes answer times} give, if any. An {@code answerBy}
     * not after now is {@code InvalidInput} on {@code answerBy}.
     */
    public Either<Rejection, Applied<FulfillmentOrder>> sendCancellationRequest(CommandContext context,
            FulfillmentOrderId id, Option<Message> message, Option<Instant> answerBy) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("message", message)
                .and("answerBy", answerBy)
                .then(() -> {
                    CancellationRequestId requestId = new CancellationRequestId(pipeline.ids().nextId());
                    // A request without its own answer-by time keeps the fingerprint it had before they existed.
                    List<Object> arguments = answerBy.isEmpty() ? List.of(message) : List.of(message, answerBy);
                    return pipeline.execute(Operation.command(context, id,
                            FulfillmentCommandKind.SEND_CANCELLATION_REQUEST, arguments,
                            store -> store.fulfillmentOrders().find(context.tenant(), id),
                            (current, open, now) -> Verdict.of(current.get().decide(context.actor(),
                                    new FulfillmentCommand.SendCancellationRequest(requestId, message,
                                            answerBy.orElse(() -> answerTimes.within(AggregateType.FULFILLMENT_ORDER,
                                                    current.get().assignedService().map(Reference::value))
                                                    .map(now::plus))),
                                    open, now))));
                });
    }

    /**
     * Rescind's deadline runner: the open cancellation request {@code requestId} passed its answer-by time. It
     * expires and the order is back in progress as after a rejection; a request that is no longer the open one
     * is {@code NotAllowedInState}. Only a {@code SYSTEM} actor may expire a request.
     */
    public Either<Rejection, Applied<FulfillmentOrder>> expireCancellationRequest(CommandContext context,
            FulfillmentOrderId id, CancellationRequestId requestId) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("requestId", requestId)
                .then(() -> decide(context, id, new FulfillmentCommand.ExpireCancellationRequest(requestId)));
    }

    public Either<Rejection, Applied<FulfillmentOrder>> acceptCancellationRequest(CommandContext context,
            FulfillmentOrderId id, Option<Message> message) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("message", message)
                .then(() -> decide(context, id, new FulfillmentCommand.AcceptCancellationRequest(message)));
    }

    public Either<Rejection, Applied<FulfillmentOrder>> rejectCancellationRequest(CommandContext context,
            FulfillmentOrderId id, Option<Message> message) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("message", message)
                .then(() -> decide(context, id, new FulfillmentCommand.RejectCancellationRequest(message)));
    }

    /**
     * Rescind's deadline runner: the order's {@code fulfill_by} passed while it still has work to do. An overdue
     * event and no change of state; a closed or cancelled order, or one without a fulfill-by date, is
     * {@code NotAllowedInState}. Only a {@code SYSTEM} actor may mark an order overdue.
     */
    public Either<Rejection, Applied<FulfillmentOrder>> markOverdue(CommandContext context, FulfillmentOrderId id) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id)
                .then(() -> decide(context, id, new FulfillmentCommand.MarkOverdue()));
    }

    /** Ships units; no lines means every unit still to ship. */
    public Either<Rejection, Applied<FulfillmentOrder>> createFulfillment(CommandContext context,
            FulfillmentOrderId id, List<FulfillmentLine> lines) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("lines", lines)
                .then(() -> {
                    // Immutable lists throw on contains(null), so look for a missing line by hand.
                    for (int index = 0; index < lines.size(); index++) {
                        if (lines.get(index) == null) {
                            return Either.left(Rejection.InvalidInput.of("lines[" + index + "]", "required",
                                    "is required"));
                        }
                    }
                    return decide(context, id, new FulfillmentCommand.CreateFulfillment(lines));
                });
    }

    public Either<Rejection, Applied<FulfillmentOrder>> hold(CommandContext context, FulfillmentOrderId id,
            HoldReason reason, Option<Reason> reasonNotes) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("reason", reason)
                .and("reasonNotes", reasonNotes)
                .then(() -> decide(context, id, new FulfillmentCommand.Hold(reason, reasonNotes)));
    }

    public Either<Rejection, Applied<FulfillmentOrder>> releaseHold(CommandContext context, FulfillmentOrderId id) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id)
                .then(() -> decide(context, id, new FulfillmentCommand.ReleaseHold()));
    }

    public Either<Rejection, Applied<FulfillmentOrder>> reschedule(CommandContext context, FulfillmentOrderId id,
            Instant fulfillAt) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("fulfillAt", fulfillAt)
                .then(() -> decide(context, id, new FulfillmentCommand.Reschedule(fulfillAt)));
    }

    public Either<Rejection, Applied<FulfillmentOrder>> markAsOpen(CommandContext context, FulfillmentOrderId id) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id)
                .then(() -> decide(context, id, new FulfillmentCommand.MarkAsOpen()));
    }

    public Either<Rejection, Applied<FulfillmentOrder>> closeIncomplete(CommandContext context,
            FulfillmentOrderId id, Option<Message> message) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("message", message)
                .then(() -> decide(context, id, new FulfillmentCommand.CloseIncomplete(message)));
    }

    public Either<Rejection, FulfillmentOrder> get(TenantId tenant, FulfillmentOrderId id) {
        return Arguments.require("tenant", tenant).and("fulfillmentOrderId", id).then(() -> Queries.found(
                pipeline.store().fulfillmentOrders().find(tenant, id), AggregateType.FULFILLMENT_ORDER, id.value()));
    }

    public Either<Rejection, Page<FulfillmentOrder>> list(TenantId tenant, FulfillmentOrderStatus status,
            PageRequest page) {
        return Arguments.require("tenant", tenant).and("status", status).and("page", page)
                .then(() -> Either.right(Queries.page(pipeline.store().fulfillmentOrders().list(tenant, status, page),
                        page)));
    }

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
