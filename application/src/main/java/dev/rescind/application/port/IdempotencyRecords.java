package dev.rescind.application.port;

import dev.rescind.application.Applied;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;

/**
 * Where idempotency records are kept, per tenant. Records are created only by {@link UnitOfWork#commit},
 * in the same unit of work as the changes they answer for, so a record exists exactly when its command
 * was applied.
 */
public interface IdempotencyRecords {

    /**
     * The record stored for {@code key} in this tenant.
     *
     * @param tenant the tenant
     * @param key    the idempotency key
     * @return the record, if the key was used before
     */
    Option<IdempotencyRecord> find(TenantId tenant, IdempotencyKey key);

    /**
     * Replaces the stored answer of an existing record with one that includes the outcome of the
     * after-commit effects. Best effort: a store that fails here keeps the committed answer.
     *
     * @param tenant the tenant
     * @param key    the idempotency key
     * @param answer the completed answer
     */
    void completeAnswer(TenantId tenant, IdempotencyKey key, Applied<?> answer);
}
