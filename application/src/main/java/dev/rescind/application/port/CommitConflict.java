package dev.rescind.application.port;

import dev.rescind.application.IdempotencyKey;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Version;

/** Why a store refused a commit. A refused commit stores nothing at all. */
public sealed interface CommitConflict {

    /** An aggregate is not at the version the commit expected: someone else committed first. */
    record VersionConflict(AggregateType aggregateType, String aggregateId, Version expected, Version actual)
            implements CommitConflict {
    }

    /** Another commit recorded this idempotency key first. */
    record IdempotencyKeyTaken(IdempotencyKey key) implements CommitConflict {
    }

    /** The commit would leave two cancellation requests open for one target. */
    record OpenCancellationRequestExists(CancellationTarget target) implements CommitConflict {
    }
}
