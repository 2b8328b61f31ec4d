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
 */
public record CommandContext(TenantId tenant, Actor actor, Option<IdempotencyKey> idempotencyKey,
        Option<Version> expectedVersion, Option<String> correlationId) {

    /** Correlation ids travel in logs, headers and the outbox: a token, like an idempotency key. */
    public static final int MAX_CORRELATION_ID_LENGTH = 255;

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

    /** Validates a correlation id as it arrives from a caller (an {@code X-Correlation-Id} header). */
    public static Either<Rejection.InvalidInput, String> correlationId(String raw) {
        return Text.token(raw, MAX_CORRELATION_ID_LENGTH).mapLeft(invalid -> invalid.under("correlationId"));
    }

    public static CommandContext of(TenantId tenant, Actor actor) {
        return new CommandContext(tenant, actor, Option.none(), Option.none(), Option.none());
    }

    public CommandContext withIdempotencyKey(IdempotencyKey key) {
        return new CommandContext(tenant, actor, Option.some(key), expectedVersion, correlationId);
    }

    public CommandContext withIdempotencyKey(String key) {
        return withIdempotencyKey(new IdempotencyKey(key));
    }

    public CommandContext expectingVersion(Version version) {
        return new CommandContext(tenant, actor, idempotencyKey, Option.some(version), correlationId);
    }

    public CommandContext withCorrelationId(String id) {
        return new CommandContext(tenant, actor, idempotencyKey, expectedVersion, Option.some(id));
    }
}
