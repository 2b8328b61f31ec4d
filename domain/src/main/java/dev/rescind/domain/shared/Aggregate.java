package dev.rescind.domain.shared;

import java.time.Instant;

/** What every aggregate root has: identity, owner, optimistic-lock version and the name of its state. */
public interface Aggregate {

    /** {@return the aggregate's id} */
    AggregateId id();

    /** {@return the tenant it belongs to} */
    TenantId tenant();

    /** {@return its version: 1 when created, one more with every change} */
    Version version();

    /**
     * The current state as the aggregate's transition table names it ({@code SCHEDULED}, {@code OPEN/SUBMITTED}).
     *
     * @return the state's name
     */
    String stateName();

    /** {@return when it last changed} */
    Instant updatedAt();

    /** {@return the aggregate's type, that of its id} */
    default AggregateType type() {
        return id().type();
    }
}
