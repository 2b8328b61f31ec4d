package dev.rescind.application;

import dev.rescind.domain.shared.AggregateType;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long a responder has to answer a cancellation request before Rescind's deadline runner acts, for the
 * requests whose command gives no answer-by time of its own: per target kind (returns, fulfillment orders) and,
 * overriding it, per responder (the carrier's or the fulfillment service's id). None by default: a request
 * without an answer-by time waits for its answer forever. What the runner does then is {@link #onUnanswered}.
 *
 * <pre>{@code
 * AnswerTimes.none()
 *         .forTargets(AggregateType.FULFILLMENT_ORDER, Duration.ofHours(48))
 *         .forResponder("postnl", Duration.ofDays(3))
 * }</pre>
 */
public record AnswerTimes(Map<AggregateType, Duration> byTargetType, Map<String, Duration> byResponder,
        Unanswered onUnanswered) {

    /** What the deadline runner does with a request whose answer-by time passed unanswered. */
    public enum Unanswered {
        /** The request expires and its target goes back as after a rejection. */
        EXPIRE,
        /** The request stays open and gets an escalation event, for the host to act on. */
        ESCALATE
    }

    /**
     * Checks the components.
     *
     * @param byTargetType byTargetType
     * @param byResponder byResponder
     * @param onUnanswered what to do once an answer-by time passed unanswered
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is missing or invalid
     */
    public AnswerTimes {
        Objects.requireNonNull(onUnanswered, "onUnanswered");
        byTargetType = Map.copyOf(Objects.requireNonNull(byTargetType, "byTargetType"));
        byResponder = Map.copyOf(Objects.requireNonNull(byResponder, "byResponder"));
        byTargetType.values().forEach(AnswerTimes::requirePositive);
        byResponder.values().forEach(AnswerTimes::requirePositive);
        if (byTargetType.keySet().stream().anyMatch(type -> type != AggregateType.RETURN
                && type != AggregateType.FULFILLMENT_ORDER)) {
            throw new IllegalArgumentException("only returns and fulfillment orders take cancellation requests");
        }
    }

    /**
     * No answer-by times; unanswered requests, should a command give one, expire.
     *
     * @return the result
     */
    public static AnswerTimes none() {
        return new AnswerTimes(Map.of(), Map.of(), Unanswered.EXPIRE);
    }

    /**
     * These times, with requests on {@code type}'s aggregates answered within {@code within}.
     *
     * @param type the kind of target: fulfillment orders or returns
     * @param within how long responders have to answer
     * @return these answer times with that one
     */
    public AnswerTimes forTargets(AggregateType type, Duration within) {
        Map<AggregateType, Duration> times = new HashMap<>(byTargetType);
        times.put(type, within);
        return new AnswerTimes(times, byResponder, onUnanswered);
    }

    /**
     * These times, with requests to responder {@code responderId} answered within {@code within}.
     *
     * @param responderId the carrier's or fulfillment service's id
     * @param within how long responders have to answer
     * @return these answer times with that one
     */
    public AnswerTimes forResponder(String responderId, Duration within) {
        Map<String, Duration> times = new HashMap<>(byResponder);
        times.put(responderId, within);
        return new AnswerTimes(byTargetType, times, onUnanswered);
    }

    /**
     * These times, with unanswered requests handled as {@code policy} says.
     *
     * @param policy expire, or escalate
     * @return these answer times with that policy
     */
    public AnswerTimes whenUnanswered(Unanswered policy) {
        return new AnswerTimes(byTargetType, byResponder, policy);
    }

    /**
     * The time a request on a {@code type} aggregate to {@code responderId} has; the responder's first.
     *
     * @param type the kind of target: fulfillment orders or returns
     * @param responderId the carrier's or fulfillment service's id
     * @return the time to answer, if any applies
     */
    public Option<Duration> within(AggregateType type, Option<String> responderId) {
        return responderId.flatMap(id -> Option.of(byResponder.get(id)))
                .orElse(() -> Option.of(byTargetType.get(type)));
    }

    private static void requirePositive(Duration within) {
        if (within == null || within.isNegative() || within.isZero()) {
            throw new IllegalArgumentException("an answer time is positive");
        }
    }
}
