package dev.rescind.application.port;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.List;

/**
 * Everything one command changes, to be stored atomically: the aggregates at their new versions, their
 * events into the outbox, the idempotency record of the answer, and the effects the decision planned into the
 * effect outbox, and the deadlines it set into the timer store. A commit may have no writes (an accepted no-op that
 * still records its idempotency key).
 *
 * @param tenant            the one tenant of every write, record and effect
 * @param writes            the aggregates to store, each with its event
 * @param idempotencyRecord the answer to keep for the command's key, if it had one
 * @param effects           the effects the decision planned
 */
public record Commit(TenantId tenant, List<Write> writes, Option<IdempotencyRecord> idempotencyRecord,
        Effects effects, List<Deadline> deadlines) {

    /**
     * Checks the commit and copies the writes.
     *
     * @param tenant            the one tenant of every write, record and effect
     * @param writes            the aggregates to store, each with its event
     * @param idempotencyRecord the answer to keep for the command's key, if it had one
     * @param effects           the effects the decision planned
     * @param deadlines the timer store
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     * @throws IllegalArgumentException when a write, the record or an effect is of another tenant
     */
    public Commit {
        Check.start().required("tenant", tenant).required("writes", writes)
                .required("idempotencyRecord", idempotencyRecord).required("effects", effects)
                .required("deadlines", deadlines).orThrow();
        writes = List.copyOf(writes);
        deadlines = List.copyOf(deadlines);
        if (writes.stream().anyMatch(write -> !write.aggregate().tenant().equals(tenant))
                || idempotencyRecord.exists(record -> !record.tenant().equals(tenant))
                || effects.planned().stream().anyMatch(effect -> !effect.tenant().equals(tenant))
                || deadlines.stream().anyMatch(deadline -> !deadline.tenant().equals(tenant))) {
            throw new IllegalArgumentException("a commit never spans tenants");
        }
    }

    /**
     * A commit that sets no deadlines.
     *
     * @param tenant the tenant
     * @param writes the aggregates to store, each with its event
     * @param idempotencyRecord the answer to keep for the command's key, if it had one
     * @param effects the effects the decision planned
     */
    public Commit(TenantId tenant, List<Write> writes, Option<IdempotencyRecord> idempotencyRecord,
            Effects effects) {
        this(tenant, writes, idempotencyRecord, effects, List.of());
    }

    /**
     * A commit that plans no effects.
     *
     * @param tenant            the tenant
     * @param writes            the aggregates to store
     * @param idempotencyRecord the answer to keep, if any
     */
    public Commit(TenantId tenant, List<Write> writes, Option<IdempotencyRecord> idempotencyRecord) {
        this(tenant, writes, idempotencyRecord, Effects.NONE, List.of());
    }

    /**
     * The planned effects, stored leased to {@code heldBy} for {@code heldFor} by the store's clock, so that
     * the first attempt after the commit is that runner's, and other runners take them only once the lease ran
     * out (the process that committed them crashed, or the host's commit came too late).
     *
     * @param planned the effects
     * @param heldBy  the runner that makes the first attempt
     * @param heldFor how long its lease lasts
     */
    public record Effects(List<PlannedEffect> planned, String heldBy, Duration heldFor) {

        /** No effects. */
        public static final Effects NONE = new Effects(List.of(), "none", Duration.ofMillis(1));

        /**
         * Checks the components and copies the list.
         *
         * @param planned the effects
         * @param heldBy  the runner that makes the first attempt
         * @param heldFor how long its lease lasts
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         * @throws IllegalArgumentException when {@code heldFor} is not positive
         */
        public Effects {
            Check.start().required("planned", planned).required("heldBy", heldBy).required("heldFor", heldFor)
                    .orThrow();
            planned = List.copyOf(planned);
            if (heldFor.isNegative() || heldFor.isZero()) {
                throw new IllegalArgumentException("effects are held for a positive time");
            }
        }
    }
}
