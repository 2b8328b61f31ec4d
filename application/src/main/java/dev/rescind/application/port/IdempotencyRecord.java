package dev.rescind.application.port;

import dev.rescind.application.Applied;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.TenantId;
import java.time.Instant;

/**
 * The first answer given for an idempotency key, kept so a retry gets the same answer without the command
 * being applied again.
 *
 * @param fingerprint identifies the command the key was first used for; a different command under the
 *                    same key is refused
 */
public record IdempotencyRecord(TenantId tenant, IdempotencyKey key, String fingerprint, Applied<?> answer,
        Instant createdAt) {

    public IdempotencyRecord {
        Check.start()
                .required("tenant", tenant)
                .required("key", key)
                .required("fingerprint", fingerprint)
                .required("answer", answer)
                .required("createdAt", createdAt)
                .orThrow();
    }
}
