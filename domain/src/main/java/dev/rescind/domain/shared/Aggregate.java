package dev.rescind.domain.shared;

import java.time.Instant;

/** What every aggregate root has: identity, owner, optimistic-lock version and the name of its state. */
public interface Aggregate {

    AggregateId id();

    TenantId tenant();

    Version version();

    /** The current state as the aggregate's transition table names it ({@code SCHEDULED}, {@code OPEN/SUBMITTED}). */
    String stateName();

    Instant updatedAt();

    default AggregateType type() {
        return id().type();
    }
}
