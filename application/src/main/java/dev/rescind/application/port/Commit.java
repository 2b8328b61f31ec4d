package dev.rescind.application.port;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.util.List;

/**
 * Everything one command changes, to be stored atomically: the aggregates at their new versions, their
 * events into the outbox, and the idempotency record of the answer. A commit may have no writes (an
 * accepted no-op that still records its idempotency key).
 */
public record Commit(TenantId tenant, List<Write> writes, Option<IdempotencyRecord> idempotencyRecord) {

    public Commit {
        Check.start().required("tenant", tenant).required("writes", writes)
                .required("idempotencyRecord", idempotencyRecord).orThrow();
        writes = List.copyOf(writes);
        if (writes.stream().anyMatch(write -> !write.aggregate().tenant().equals(tenant))
                || idempotencyRecord.exists(record -> !record.tenant().equals(tenant))) {
            throw new IllegalArgumentException("a commit never spans tenants");
        }
    }
}
