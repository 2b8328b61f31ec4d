package dev.rescind.domain.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * One aggregate after one accepted command, with the one event that explains it. The aggregate's version
 * is one more than the version it had before; a creation has version {@link Version#FIRST}.
 *
 * @param aggregate  the aggregate afterwards
 * @param event      the event that explains the change
 * @param actor      who caused it
 * @param occurredAt when
 */
public record Change(Aggregate aggregate, DomainEvent event, Actor actor, Instant occurredAt) {

    /**
     * Checks that no component is null.
     *
     * @param aggregate  the aggregate afterwards
     * @param event      the event that explains the change
     * @param actor      who caused it
     * @param occurredAt when
     * @throws NullPointerException when a component is null
     */
    public Change {
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** {@return the aggregate's version after the change} */
    public Version version() {
        return aggregate.version();
    }

    /**
     * The version the store must still hold for this change to commit; {@link Version#NONE} for a creation.
     *
     * @return the expected version
     */
    public Version expectedVersion() {
        return aggregate.version().previous();
    }

    /** {@return whether the change creates the aggregate} */
    public boolean isCreation() {
        return aggregate.version().equals(Version.FIRST);
    }
}
