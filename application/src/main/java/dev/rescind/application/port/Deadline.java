package dev.rescind.application.port;

import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.TenantId;
import java.time.Instant;

/**
 * A time by which something must have happened to an aggregate, as data: stored in the same commit as the
 * decision that set it, and decided by a {@code DeadlineRunner} once {@code dueAt} passed by the store's clock.
 * The decision checks the aggregate again, so a deadline that no longer applies (the request was answered, the
 * order shipped) is a no-op.
 *
 * @param deadlineId    unique across the store
 * @param aggregateType what the deadline is decided on: the target whose state changes
 * @param aggregateId   that aggregate's id
 * @param subject       what within it the deadline is about: the cancellation request's id for
 *                      {@link Kind#ANSWER_BY}, the order's own id for {@link Kind#FULFILL_BY}
 */
public record Deadline(String deadlineId, TenantId tenant, Kind kind, AggregateType aggregateType,
        String aggregateId, String subject, Instant dueAt) {

    /**
     * Checks the components.
     *
     * @param deadlineId    unique across the store
     * @param tenant the tenant
     * @param kind the deadline's kind
     * @param aggregateType what the deadline is decided on: the target whose state changes
     * @param aggregateId   that aggregate's id
     * @param subject       what within it the deadline is about: the cancellation request's id for
     * @param dueAt dueAt
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is missing or invalid
     */
    public Deadline {
        Check.start()
                .required("deadlineId", deadlineId)
                .required("tenant", tenant)
                .required("kind", kind)
                .required("aggregateType", aggregateType)
                .required("aggregateId", aggregateId)
                .required("subject", subject)
                .required("dueAt", dueAt)
                .orThrow();
    }

    /** What passes at a deadline. */
    public enum Kind {
        /** A cancellation request's answer-by time: unanswered, it expires (or is escalated). */
        ANSWER_BY,
        /** A fulfillment order's {@code fulfill_by}: still unfulfilled, it gets an overdue event. */
        FULFILL_BY
    }
}
