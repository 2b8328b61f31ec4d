package dev.rescind.application;

import dev.rescind.application.internal.Operation;
import dev.rescind.application.internal.Pipeline;
import dev.rescind.application.internal.Verdict;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.fulfillment.FulfillmentCommand;
import dev.rescind.domain.fulfillment.FulfillmentLine;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.FulfillmentOrderStatus;
import dev.rescind.domain.fulfillment.HoldReason;
import dev.rescind.domain.fulfillment.NewFulfillmentOrder;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reason;
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

    FulfillmentOrderService(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.queries = new Queries(pipeline.store());
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
                        return decide(context, id, List.of(request.message()), command);
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
     * Shopify's cancellation request; the answer's related aggregate is the opened request.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the order's id
     * @param message the message, if any
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> sendCancellationRequest(CommandContext context,
            FulfillmentOrderId id, Option<Message> message) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("message", message)
                .then(() -> {
                    CancellationRequestId requestId = new CancellationRequestId(pipeline.ids().nextId());
                    return execute(context, id, new FulfillmentCommand.SendCancellationRequest(requestId, message));
                });
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

    /**
     * Puts the order on hold.
     *
     * @param context     who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id          the order's id
     * @param reason      why
     * @param reasonNotes notes on the reason, if any
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> hold(CommandContext context, FulfillmentOrderId id,
            HoldReason reason, Option<Reason> reasonNotes) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id).and("reason", reason)
                .and("reasonNotes", reasonNotes)
                .then(() -> decide(context, id, new FulfillmentCommand.Hold(reason, reasonNotes)));
    }

    /**
     * Releases the order's holds.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the order's id
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<FulfillmentOrder>> releaseHold(CommandContext context, FulfillmentOrderId id) {
        return Arguments.require("context", context).and("fulfillmentOrderId", id)
                .then(() -> decide(context, id, new FulfillmentCommand.ReleaseHold()));
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
