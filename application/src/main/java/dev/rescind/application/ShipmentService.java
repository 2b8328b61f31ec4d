package dev.rescind.application;

import dev.rescind.application.internal.Operation;
import dev.rescind.application.internal.Pipeline;
import dev.rescind.application.internal.Verdict;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.PickupWindow;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentCommand;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Shipment use cases (ReturnQueen's shipments): create, schedule, the carrier's pickup and delivery, and
 * cancel, which only a pending or scheduled shipment allows. Every method answers a value: a
 * {@link Rejection} or what was applied, never an exception for bad input or a business rule.
 */
public final class ShipmentService {

    private final Pipeline pipeline;
    private final Queries queries;

    ShipmentService(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.queries = new Queries(pipeline.store());
    }

    /**
     * Creates a shipment from the host's data.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param details the shipment's id, order, type and carrier
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Shipment>> create(CommandContext context, NewShipment details) {
        return Arguments.require("context", context).and("details", details).then(() -> pipeline.execute(
                Operation.create(context, details.id(), details,
                        store -> store.shipments().find(context.tenant(), details.id()),
                        now -> Verdict.of(Shipment.create(context.tenant(), context.actor(), details, now)))));
    }

    /**
     * Any shipment command, given as its record: what the methods below build and call, and what a host's
     * generic command handling calls.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the shipment's id
     * @param command the command
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Shipment>> execute(CommandContext context, ShipmentId id,
            ShipmentCommand command) {
        return Arguments.require("context", context).and("shipmentId", id).and("command", command)
                .then(() -> decide(context, id, command));
    }

    /**
     * Agrees or moves the pickup window.
     *
     * @param context  who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id       the shipment's id
     * @param window   the pickup window
     * @param pickupId the carrier's pickup id, if any
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Shipment>> schedule(CommandContext context, ShipmentId id, PickupWindow window,
            Option<Reference> pickupId) {
        return Arguments.require("context", context).and("shipmentId", id).and("window", window)
                .and("pickupId", pickupId)
                .then(() -> decide(context, id, new ShipmentCommand.Schedule(window, pickupId)));
    }

    /**
     * The carrier's pickup scan. On a cancelled shipment it is refused, and kept as an anomaly event.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the shipment's id
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Shipment>> pickUp(CommandContext context, ShipmentId id) {
        return Arguments.require("context", context).and("shipmentId", id)
                .then(() -> decide(context, id, new ShipmentCommand.PickUp()));
    }

    /**
     * The carrier's delivery. On a cancelled shipment it is refused, and kept as an anomaly event.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the shipment's id
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Shipment>> complete(CommandContext context, ShipmentId id) {
        return Arguments.require("context", context).and("shipmentId", id)
                .then(() -> decide(context, id, new ShipmentCommand.Complete()));
    }

    /**
     * ReturnQueen's {@code DELETE /api/shipments/{id}}: {@code NotCancellable} unless pending or scheduled.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the shipment's id
     * @param reason  why, if given
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, Applied<Shipment>> cancel(CommandContext context, ShipmentId id, Option<Reason> reason) {
        return Arguments.require("context", context).and("shipmentId", id).and("reason", reason)
                .then(() -> decide(context, id, new ShipmentCommand.Cancel(reason)));
    }

    /** The most shipments one batch may cancel. */
    public static final int MAX_BATCH = 10_000;

    /**
     * Cancels many shipments at once (a carrier outage): each shipment gets exactly the answer a single
     * {@link #cancel} would give, and is cancelled at most once, but all are loaded in one read and committed
     * in one unit of work. A retry is safe without an idempotency key, because a cancelled shipment refuses
     * a second cancel; batches therefore take neither an idempotency key nor an expected version.
     *
     * @param context who sends it, for which tenant
     * @param ids     the shipments, each id once
     * @param reason  why, if given
     * @return one item per id, in order; or the rejection of the batch as a whole
     */
    public Either<Rejection, List<BatchItem<Shipment>>> cancelAll(CommandContext context, List<ShipmentId> ids,
            Option<Reason> reason) {
        return Arguments.require("context", context).and("shipmentIds", ids).and("reason", reason).then(() -> {
            Option<Rejection> invalid = batchProblem(context, ids);
            if (invalid.isDefined()) {
                return Either.left(invalid.get());
            }
            ShipmentCommand cancel = new ShipmentCommand.Cancel(reason);
            List<String> values = ids.stream().map(ShipmentId::value).toList();
            return Either.right(pipeline.executeBatch(context, AggregateType.SHIPMENT, values,
                    store -> store.shipments().findAll(context.tenant(), ids).stream()
                            .collect(Collectors.toMap(shipment -> shipment.id().value(), shipment -> shipment)),
                    (current, now) -> Verdict.of(current.decide(context.actor(), cancel, now)),
                    id -> decide(context, new ShipmentId(id), cancel)));
        });
    }

    private static Option<Rejection> batchProblem(CommandContext context, List<ShipmentId> ids) {
        if (context.idempotencyKey().isDefined() || context.expectedVersion().isDefined()) {
            return Option.some(Rejection.InvalidInput.of(context.idempotencyKey().isDefined() ? "idempotencyKey"
                    : "expectedVersion", "not_supported", "is not supported for a batch"));
        }
        if (ids.isEmpty() || ids.size() > MAX_BATCH) {
            return Option.some(Rejection.InvalidInput.of("shipmentIds", "out_of_range",
                    "must hold 1 to " + MAX_BATCH + " ids"));
        }
        Set<ShipmentId> seen = new HashSet<>();
        for (int index = 0; index < ids.size(); index++) {
            if (ids.get(index) == null) {
                return Option.some(Rejection.InvalidInput.of("shipmentIds[" + index + "]", "required", "is required"));
            }
            if (!seen.add(ids.get(index))) {
                return Option.some(Rejection.InvalidInput.of("shipmentIds[" + index + "]", "duplicate",
                        "must appear once"));
            }
        }
        return Option.none();
    }

    /**
     * A shipment of the tenant.
     *
     * @param tenant the tenant
     * @param id     the shipment's id
     * @return the shipment, or {@code NotFound}
     */
    public Either<Rejection, Shipment> get(TenantId tenant, ShipmentId id) {
        return Arguments.require("tenant", tenant).and("shipmentId", id).then(() -> Queries.found(
                pipeline.store().shipments().find(tenant, id), AggregateType.SHIPMENT, id.value()));
    }

    /**
     * One page of the tenant's shipments in {@code status}, by id.
     *
     * @param tenant the tenant
     * @param status the shipments' status
     * @param page   which page
     * @return the page, or an error for an invalid page
     */
    public Either<Rejection, Page<Shipment>> list(TenantId tenant, ShipmentStatus status, PageRequest page) {
        return Arguments.require("tenant", tenant).and("status", status).and("page", page)
                .then(() -> Either.right(Queries.page(pipeline.store().shipments().list(tenant, status, page), page)));
    }

    /**
     * What happened to a shipment, oldest first: one entry per event.
     *
     * @param tenant the tenant
     * @param id     the shipment's id
     * @return the timeline, or {@code NotFound}
     */
    public Either<Rejection, List<TimelineEntry>> timeline(TenantId tenant, ShipmentId id) {
        return Arguments.require("tenant", tenant).and("shipmentId", id).then(() -> queries.timeline(tenant,
                AggregateType.SHIPMENT, id.value(), store -> store.shipments().find(tenant, id)));
    }

    /** The command through the pipeline, named after its kind. */
    private Either<Rejection, Applied<Shipment>> decide(CommandContext context, ShipmentId id,
            ShipmentCommand command) {
        return pipeline.execute(Operation.command(context, id, command.kind(), List.of(command),
                store -> store.shipments().find(context.tenant(), id),
                (current, open, now) -> current.get().decide(context.actor(), command, now).fold(
                        rejection -> new Verdict.Refused<>(rejection,
                                current.get().anomalyFor(context.actor(), command, now)),
                        Verdict.Accepted::new)));
    }
}
