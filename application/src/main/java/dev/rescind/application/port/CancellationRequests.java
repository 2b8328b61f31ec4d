package dev.rescind.application.port;

import dev.rescind.application.PageRequest;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.cancellation.CancellationRequestStatus;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.util.List;

/**
 * Where cancellation requests are kept; the same promises as {@link Shipments}. A store also guarantees, at
 * commit, that a target never has two requests in {@code REQUESTED} (see {@link UnitOfWork}).
 */
public interface CancellationRequests {

    Option<CancellationRequest> find(TenantId tenant, CancellationRequestId id);

    /** Every request ever made for {@code target}, oldest first. */
    List<CancellationRequest> forTarget(TenantId tenant, CancellationTarget target);

    /** Up to {@code page.limit()} requests in {@code status}, ordered by id, after the cursor. */
    List<CancellationRequest> list(TenantId tenant, CancellationRequestStatus status, PageRequest page);
}
