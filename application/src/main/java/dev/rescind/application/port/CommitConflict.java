package dev.rescind.application.port;

import dev.rescind.application.IdempotencyKey;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Version;

/** Why a store refused a commit. A refused commit stores nothing at all. */
public sealed interface CommitConflict {

    /**
     * An aggregate is not at the version the commit expected: someone else committed first.
     *
     * @param aggregateType the aggregate's type
     * @param aggregateId   its id
     * @param expected      the version the commit expected
     * @param actual        the stored version
     */
    record VersionConflict(AggregateType aggregateType, String aggregateId, Version expected, Version actual)
            implements CommitConflict {
    }

    /**
     * Another commit recorded this idempotency key first.
     *
     * @param key the key
     */
    record IdempotencyKeyTaken(IdempotencyKey key) implements CommitConflict {
    }

    /**
     * The commit would leave two cancellation requests open for one target.
     *
     * @param target the return or fulfillment order
     */
    record OpenCancellationRequestExists(CancellationTarget target) implements CommitConflict {
    }
}
