package dev.rescind.domain.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * One aggregate after one accepted command, with the one event that explains it. The aggregate's version
 * is one more than the version it had before; a creation has version {@link Version#FIRST}.
 */
public record Change(Aggregate aggregate, DomainEvent event, Actor actor, Instant occurredAt) {

    public Change {
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public Version version() {
        return aggregate.version();
    }

    /** The version the store must still hold for this change to commit; {@link Version#NONE} for a creation. */
    public Version expectedVersion() {
        return aggregate.version().previous();
    }

    public boolean isCreation() {
        return aggregate.version().equals(Version.FIRST);
    }
}
