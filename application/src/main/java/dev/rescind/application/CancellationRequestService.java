package dev.rescind.application;

import dev.rescind.application.internal.Operation;
import dev.rescind.application.internal.Pipeline;
import dev.rescind.application.internal.Verdict;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestCommandKind;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.cancellation.CancellationRequestStatus;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Either;
import java.util.List;

/**
 * Cancellation requests, read-only but for escalation: they are opened, answered and expired through their
 * target's use cases, so that request and target always change together.
 */
public final class CancellationRequestService {

    private final Pipeline pipeline;
    private final Queries queries;

    CancellationRequestService(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.queries = new Queries(pipeline.store());
    }

    /**
     * Rescind's deadline runner, where the host chose escalation over expiry: the open request passed its
     * answer-by time, and gets a {@code CancellationEscalated} event; it stays open. Only a {@code SYSTEM} actor
     * may escalate; a request that is no longer open is {@code NotAllowedInState}.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id the request's id
     * @return the request with its event, or why it was refused
     */
    public Either<Rejection, Applied<CancellationRequest>> escalate(CommandContext context,
            CancellationRequestId id) {
        return Arguments.require("context", context).and("cancellationRequestId", id).then(() -> pipeline.execute(
                Operation.<CancellationRequest>command(context, id, CancellationRequestCommandKind.ESCALATE, List.of(),
                        store -> store.cancellationRequests().find(context.tenant(), id),
                        (current, open, now) -> Verdict.of(current.get().escalate(context.actor(), now)
                                .map(change -> new Decision<>((CancellationRequest) change.aggregate(),
                                        List.of(change)))))));
    }

    /**
     * A cancellation request of the tenant.
     *
     * @param tenant the tenant
     * @param id     the request's id
     * @return the request, or {@code NotFound}
     */
    public Either<Rejection, CancellationRequest> get(TenantId tenant, CancellationRequestId id) {
        return Arguments.require("tenant", tenant).and("cancellationRequestId", id).then(() -> Queries.found(
                pipeline.store().cancellationRequests().find(tenant, id), AggregateType.CANCELLATION_REQUEST,
                id.value()));
    }

    /**
     * Every request made for a return or fulfillment order, oldest first; empty for an unknown target.
     *
     * @param tenant the tenant
     * @param target the return or fulfillment order
     * @return the requests
     */
    public Either<Rejection, List<CancellationRequest>> forTarget(TenantId tenant, CancellationTarget target) {
        return Arguments.require("tenant", tenant).and("target", target)
                .then(() -> Either.right(pipeline.store().cancellationRequests().forTarget(tenant, target)));
    }

    /**
     * One page of the tenant's requests in {@code status}, by id.
     *
     * @param tenant the tenant
     * @param status the requests' status
     * @param page   which page
     * @return the page
     */
    public Either<Rejection, Page<CancellationRequest>> list(TenantId tenant, CancellationRequestStatus status,
            PageRequest page) {
        return Arguments.require("tenant", tenant).and("status", status).and("page", page)
                .then(() -> Either.right(Queries.page(
                        pipeline.store().cancellationRequests().list(tenant, status, page), page)));
    }

    /**
     * What happened to a request, oldest first: one entry per event.
     *
     * @param tenant the tenant
     * @param id     the request's id
     * @return the timeline, or {@code NotFound}
     */
    public Either<Rejection, List<TimelineEntry>> timeline(TenantId tenant, CancellationRequestId id) {
        return Arguments.require("tenant", tenant).and("cancellationRequestId", id).then(() -> queries.timeline(
                tenant, AggregateType.CANCELLATION_REQUEST, id.value(),
                store -> store.cancellationRequests().find(tenant, id)));
    }
}
