package dev.rescind.application.port;

import dev.rescind.application.EventEnvelope;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Version;

/**
 * One aggregate to store at its new version, with the event that explains the change. The store must still
 * hold {@link #expectedVersion()} ({@link Version#NONE}: must not exist yet).
 *
 * @param aggregate the aggregate at its new version
 * @param event     the event of that version
 */
public record Write(Aggregate aggregate, EventEnvelope event) {

    /**
     * Checks that the event belongs to the aggregate's new version.
     *
     * @param aggregate the aggregate at its new version
     * @param event     the event of that version
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     * @throws IllegalArgumentException when the event is of another aggregate, tenant or version
     */
    public Write {
        Check.start().required("aggregate", aggregate).required("event", event).orThrow();
        if (!event.version().equals(aggregate.version()) || !event.aggregateId().equals(aggregate.id().value())
                || event.aggregateType() != aggregate.type() || !event.tenant().equals(aggregate.tenant())) {
            throw new IllegalArgumentException("the event must belong to the aggregate version it explains");
        }
    }

    /** {@return the version the store must still hold} */
    public Version expectedVersion() {
        return aggregate.version().previous();
    }
}
