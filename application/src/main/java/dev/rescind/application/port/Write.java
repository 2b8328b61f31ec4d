package dev.rescind.application.port;

import dev.rescind.application.EventEnvelope;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Version;

/**
 * One aggregate to store at its new version, with the event that explains the change. The store must still
 * hold {@link #expectedVersion()} ({@link Version#NONE}: must not exist yet).
 */
public record Write(Aggregate aggregate, EventEnvelope event) {

    public Write {
        Check.start().required("aggregate", aggregate).required("event", event).orThrow();
        if (!event.version().equals(aggregate.version()) || !event.aggregateId().equals(aggregate.id().value())
                || event.aggregateType() != aggregate.type() || !event.tenant().equals(aggregate.tenant())) {
            throw new IllegalArgumentException("the event must belong to the aggregate version it explains");
        }
    }

    public Version expectedVersion() {
        return aggregate.version().previous();
    }
}
