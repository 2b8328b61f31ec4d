package dev.rescind.application;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.DomainEvent;
import dev.rescind.domain.shared.InvalidInputException;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Text;
import dev.rescind.domain.shared.Version;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * A domain event as it is stored and published: the event and everything a consumer needs to place it.
 * {@code (tenant, aggregateType, aggregateId, version)} is unique, and an aggregate's versions have no gaps.
 *
 * @param state the aggregate's state after the event ({@code CANCELLED}, {@code IN_PROGRESS/ACCEPTED})
 * @param eventId        the event's id, unique: a consumer's deduplication key
 * @param tenant         the tenant
 * @param aggregateType  the type of the aggregate it belongs to
 * @param aggregateId    that aggregate's id
 * @param version        the aggregate's version after the event
 * @param eventType      the event's type name
 * @param event          the event
 * @param actor          who caused it
 * @param occurredAt     when it happened
 * @param correlationId  the request that caused it
 * @param idempotencyKey the command's idempotency key, if it had one
 */
public record EventEnvelope(
        String eventId,
        TenantId tenant,
        AggregateType aggregateType,
        String aggregateId,
        Version version,
        String eventType,
        DomainEvent event,
        Actor actor,
        Instant occurredAt,
        String correlationId,
        Option<IdempotencyKey> idempotencyKey,
        String state) {

    /** Event ids come from the host's {@code IdSupplier}; consumers store them to deduplicate. */
    public static final int MAX_EVENT_ID_LENGTH = 255;

    /**
     * Checks that no component is null.
     *
     * @param eventId        the event's id, unique: a consumer's deduplication key
     * @param tenant         the tenant
     * @param aggregateType  the type of the aggregate it belongs to
     * @param aggregateId    that aggregate's id
     * @param version        the aggregate's version after the event
     * @param eventType      the event's type name
     * @param event          the event
     * @param actor          who caused it
     * @param occurredAt     when it happened
     * @param correlationId  the request that caused it
     * @param idempotencyKey the command's idempotency key, if it had one
     * @param state          the aggregate's state after the event ({@code CANCELLED}, {@code IN_PROGRESS/ACCEPTED})
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public EventEnvelope {
        Check.start()
                .required("eventId", eventId)
                .required("tenant", tenant)
                .required("aggregateType", aggregateType)
                .required("aggregateId", aggregateId)
                .required("version", version)
                .required("eventType", eventType)
                .required("event", event)
                .required("actor", actor)
                .required("occurredAt", occurredAt)
                .required("correlationId", correlationId)
                .required("idempotencyKey", idempotencyKey)
                .required("state", state)
                .orThrow();
        eventId = Text.token(eventId, MAX_EVENT_ID_LENGTH)
                .getOrElseThrow(invalid -> new InvalidInputException(invalid.under("eventId")));
    }
}
