package dev.rescind.application;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.InvalidInputException;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.Text;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Version;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Who asks, for which tenant, and how: every command carries one.
 *
 * @param idempotencyKey  makes a retried request safe: it is applied at most once
 * @param expectedVersion the version the caller last saw (an {@code If-Match}); when present a conflicting
 *                        change is answered with {@code ConcurrentModification} instead of being re-decided
 * @param correlationId   ties the events to the caller's request in logs and in the outbox; one is made
 *                        up when absent
 * @param tenant          whose data the command reads and changes
 * @param actor           who sends it, checked against what the aggregate allows
 */
public record CommandContext(TenantId tenant, Actor actor, Option<IdempotencyKey> idempotencyKey,
        Option<Version> expectedVersion, Option<String> correlationId) {

    /** Correlation ids travel in logs, headers and the outbox: a token, like an idempotency key. */
    public static final int MAX_CORRELATION_ID_LENGTH = 255;

    /**
     * Checks the components.
     *
     * @param tenant          whose data the command reads and changes
     * @param actor           who sends it, checked against what the aggregate allows
     * @param idempotencyKey  makes a retried request safe: it is applied at most once
     * @param expectedVersion the version the caller last saw (an {@code If-Match}); when present a conflicting
     *                        change is answered with {@code ConcurrentModification} instead of being re-decided
     * @param correlationId   ties the events to the caller's request in logs and in the outbox; one is made
     *                        up when absent
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null or the correlation id is
     *         not a token of 1 to {@value #MAX_CORRELATION_ID_LENGTH} characters
     */
    public CommandContext {
        Check.start()
                .required("tenant", tenant)
                .required("actor", actor)
                .required("idempotencyKey", idempotencyKey)
                .required("expectedVersion", expectedVersion)
                .required("correlationId", correlationId)
                .orThrow();
        correlationId = correlationId.map(id -> Text.token(id, MAX_CORRELATION_ID_LENGTH)
                .getOrElseThrow(invalid -> new InvalidInputException(invalid.under("correlationId"))));
    }

    /**
     * Validates a correlation id as it arrives from a caller (an {@code X-Correlation-Id} header).
     *
     * @param raw the header's value; null when absent
     * @return the id, or an error at {@code correlationId}
     */
    public static Either<Rejection.InvalidInput, String> correlationId(String raw) {
        return Text.token(raw, MAX_CORRELATION_ID_LENGTH).mapLeft(invalid -> invalid.under("correlationId"));
    }

    /**
     * A context without idempotency key, expected version or correlation id.
     *
     * @param tenant the tenant
     * @param actor  who sends the command
     * @return the context
     */
    public static CommandContext of(TenantId tenant, Actor actor) {
        return new CommandContext(tenant, actor, Option.none(), Option.none(), Option.none());
    }

    /**
     * This context with an idempotency key.
     *
     * @param key the key
     * @return the context
     */
    public CommandContext withIdempotencyKey(IdempotencyKey key) {
        return new CommandContext(tenant, actor, Option.some(key), expectedVersion, correlationId);
    }

    /**
     * This context with an idempotency key given as text.
     *
     * @param key the key
     * @return the context
     * @throws dev.rescind.domain.shared.InvalidInputException when {@code key} is not a valid key; use
     *         {@link IdempotencyKey#parse} for text from a request
     */
    public CommandContext withIdempotencyKey(String key) {
        return withIdempotencyKey(new IdempotencyKey(key));
    }

    /**
     * This context with the version the caller last saw.
     *
     * @param version the version
     * @return the context
     */
    public CommandContext expectingVersion(Version version) {
        return new CommandContext(tenant, actor, idempotencyKey, Option.some(version), correlationId);
    }

    /**
     * This context with the caller's correlation id.
     *
     * @param id the correlation id
     * @return the context
     */
    public CommandContext withCorrelationId(String id) {
        return new CommandContext(tenant, actor, idempotencyKey, expectedVersion, Option.some(id));
    }
}
