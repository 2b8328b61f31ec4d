package dev.rescind.adapters.jdbc;

import dev.rescind.application.Applied;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.application.port.Commit;
import dev.rescind.application.port.IdempotencyRecord;
import dev.rescind.application.port.Write;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.Change;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.util.List;
import java.util.UUID;

/** Commits built from domain decisions, as the pipeline builds them, for tests of the unit of work itself. */
final class CommitFixture {

    private CommitFixture() {
    }

    static Commit commitOf(Decision<?> decision) {
        return new Commit(decision.aggregate().tenant(), writesOf(decision), Option.none());
    }

    static Commit commitOf(Decision<?> decision, String idempotencyKey) {
        List<Write> writes = writesOf(decision);
        TenantId tenant = decision.aggregate().tenant();
        Applied<?> answer = new Applied<>(decision.aggregate(), decision.changes().stream().skip(1)
                .map(Change::aggregate).toList(), writes.stream().map(Write::event).toList(), List.of(),
                Option.none(), false);
        IdempotencyRecord record = new IdempotencyRecord(tenant, new IdempotencyKey(idempotencyKey),
                "fingerprint-" + idempotencyKey, answer, decision.changes().get(0).occurredAt());
        return new Commit(tenant, writes, Option.some(record));
    }

    static List<Write> writesOf(Decision<?> decision) {
        return decision.changes().stream().map(change -> new Write(change.aggregate(), envelope(change))).toList();
    }

    static EventEnvelope envelope(Change change) {
        Aggregate aggregate = change.aggregate();
        return new EventEnvelope(UUID.randomUUID().toString(), aggregate.tenant(), aggregate.type(),
                aggregate.id().value(), aggregate.version(), change.event().eventType(), change.event(),
                change.actor(), change.occurredAt(), "correlation-1", Option.none(), aggregate.stateName());
    }
}
