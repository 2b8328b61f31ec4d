package dev.rescind.application.port;

import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.cancellation.CancellationRequestStatus;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.shared.TenantId;
import java.util.List;

/**
 * Where cancellation requests are kept; the same promises as every {@link Repository}. A store also guarantees, at
 * commit, that a target never has two requests in {@code REQUESTED} (see {@link UnitOfWork}).
 */
public interface CancellationRequests
        extends Repository<CancellationRequest, CancellationRequestId, CancellationRequestStatus> {

    /**
     * Every request ever made for {@code target}, oldest first.
     *
     * @param tenant the tenant
     * @param target the return or fulfillment order
     * @return the requests
     */
    List<CancellationRequest> forTarget(TenantId tenant, CancellationTarget target);
}
