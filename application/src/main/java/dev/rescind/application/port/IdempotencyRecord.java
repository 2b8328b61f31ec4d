package dev.rescind.application.port;

import dev.rescind.application.Applied;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * The first answer given for an idempotency key, kept so a retry gets the same answer without the command
 * being applied again.
 *
 * @param fingerprint identifies the command the key was first used for; a different command under the
 *                    same key is refused
 * @param answer      what the command committed
 * @param refusal     present when the command was refused but left a fact that was committed anyway (a carrier
 *                    scan after a cancellation): a retry gets this rejection again, and the fact stays recorded
 *                    once
 * @param tenant    the tenant
 * @param key       the idempotency key
 * @param createdAt when the first answer was given
 */
public record IdempotencyRecord(TenantId tenant, IdempotencyKey key, String fingerprint, Applied<?> answer,
        Instant createdAt, Option<Rejection> refusal) {

    /**
     * Checks that no component is null.
     *
     * @param tenant      the tenant
     * @param key         the idempotency key
     * @param fingerprint identifies the command the key was first used for; a different command under the
     *                    same key is refused
     * @param answer      what the command committed
     * @param createdAt   when the first answer was given
     * @param refusal     present when the command was refused but left a fact that was committed anyway (a carrier
     *                    scan after a cancellation): a retry gets this rejection again, and the fact stays recorded
     *                    once
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public IdempotencyRecord {
        Check.start()
                .required("tenant", tenant)
                .required("key", key)
                .required("fingerprint", fingerprint)
                .required("answer", answer)
                .required("createdAt", createdAt)
                .required("refusal", refusal)
                .orThrow();
    }

    /**
     * The record of an applied command.
     *
     * @param tenant      the tenant
     * @param key         the idempotency key
     * @param fingerprint identifies the command
     * @param answer      what the command committed
     * @param createdAt   when the answer was given
     */
    public IdempotencyRecord(TenantId tenant, IdempotencyKey key, String fingerprint, Applied<?> answer,
            Instant createdAt) {
        this(tenant, key, fingerprint, answer, createdAt, Option.none());
    }

    /**
     * The record of a refused command whose fact was committed with {@code answer}.
     *
     * @param tenant      the tenant
     * @param key         the idempotency key
     * @param fingerprint identifies the command
     * @param answer      what the command committed
     * @param refusal     the rejection a retry gets
     * @param createdAt   when the answer was given
     * @return the record
     */
    public static IdempotencyRecord refused(TenantId tenant, IdempotencyKey key, String fingerprint,
            Applied<?> answer, Rejection refusal, Instant createdAt) {
        return new IdempotencyRecord(tenant, key, fingerprint, answer, createdAt, Option.some(refusal));
    }

    /**
     * This record with the answer completed by the after-commit effects' outcomes; the rest is kept.
     *
     * @param completed the answer with the effects' outcomes
     * @return the record
     */
    public IdempotencyRecord withAnswer(Applied<?> completed) {
        return new IdempotencyRecord(tenant, key, fingerprint, completed, createdAt, refusal);
    }
}
