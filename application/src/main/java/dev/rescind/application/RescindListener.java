package dev.rescind.application;

import java.time.Duration;

/**
 * What Rescind tells the host about its work, for metrics, logs and alerts: the listener SPI. Every method
 * has a no-op default, so a listener overrides only what it cares about, and {@link #NONE} costs a virtual
 * call per notification. Rescind needs no logging binding for these to be seen: a host without SLF4J learns
 * of every failure here.
 *
 * <p>Rescind calls a listener on its own threads, possibly several at once, so an implementation must be
 * thread-safe, quick and must not block. What it throws is caught, logged and otherwise ignored: a listener
 * never changes what Rescind does. Ids reach a listener as values to log; use them as metric tags at your
 * peril (they are unbounded), the relay id and operation names are the low-cardinality ones.
 *
 * <p>Commands are reported on the caller's thread: {@link #commandStarted} first, then exactly one of
 * {@link #commandApplied}, {@link #commandRefused} or {@link #commandReplayed}, with the time the command
 * took. Rescind skips the notifications and the clock reads altogether when the listener is {@link #NONE}.
 */
public interface RescindListener {

    /** Listens to nothing. */
    RescindListener NONE = new RescindListener() {
    };

    /**
     * Command {@code operation} (such as {@code shipment.cancel}) starts on this thread under
     * {@code correlationId}, the one its events will carry (given by the caller or generated).
     *
     * @param operation     the command's name
     * @param correlationId the correlation id
     */
    default void commandStarted(String operation, String correlationId) {
    }

    /**
     * Command {@code operation} was applied and committed (including any effects), in {@code took}.
     *
     * @param operation the command's name
     * @param took      how long it took
     */
    default void commandApplied(String operation, Duration took) {
    }

    /**
     * Command {@code operation} was refused with {@code rejectionCode} ({@code Rejection.code()}, such as
     * {@code not_cancellable}), in {@code took}. A refusal replayed for a repeated idempotency key is
     * reported here too.
     *
     * @param operation     the command's name
     * @param rejectionCode the rejection's code
     * @param took          how long it took
     */
    default void commandRefused(String operation, String rejectionCode, Duration took) {
    }

    /**
     * Command {@code operation} repeated an idempotency key and got the first answer again, in {@code took}.
     *
     * @param operation the command's name
     * @param took      how long it took
     */
    default void commandReplayed(String operation, Duration took) {
    }

    /**
     * The broker acknowledged {@code event}, published by relay {@code relayId}.
     *
     * @param relayId the relay
     * @param event   the event
     */
    default void eventPublished(String relayId, EventEnvelope event) {
    }

    /**
     * Attempt number {@code attempt} to publish {@code event} failed; it is due again in {@code retryIn}, and
     * the later events of its aggregate wait for it.
     *
     * @param relayId the relay
     * @param event   the event
     * @param attempt the attempt's number, from 1
     * @param failure why it failed
     * @param retryIn the pause before the next attempt
     */
    default void eventPublishFailed(String relayId, EventEnvelope event, int attempt, Exception failure,
            Duration retryIn) {
    }

    /**
     * The last allowed attempt to publish {@code event} failed too: it is dead-lettered, and its aggregate's
     * later events wait until it is retried or discarded (see {@code EventLog.deadLetters}).
     *
     * @param relayId  the relay
     * @param event    the event
     * @param attempts the attempts made
     * @param failure  why the last one failed
     */
    default void eventDeadLettered(String relayId, EventEnvelope event, int attempts, Exception failure) {
    }

    /**
     * The store failed while relay {@code relayId} was {@code operation} (a killed connection, a failover);
     * {@code willRetry} says whether the relay tries again after a pause or gives up until its next run.
     *
     * @param relayId   the relay
     * @param operation what the relay was doing
     * @param failure   the store's failure
     * @param attempt   the attempt's number, from 1
     * @param willRetry whether the relay tries again
     */
    default void relayStoreFailed(String relayId, String operation, RuntimeException failure, int attempt,
            boolean willRetry) {
    }

    /**
     * Attempt number {@code attempt} at a planned effect ({@code EffectOutcome.DELETE_DRAFT_ORDER} and the like)
     * ended with {@code outcome}: succeeded, failed or pending; a failed or pending one is due again unless it
     * was the last allowed attempt.
     *
     * @param effect  the effect's name
     * @param outcome what became of the attempt
     * @param attempt the attempt's number, from 1
     */
    default void effectFinished(String effect, EffectOutcome outcome, int attempt) {
    }

    /**
     * The last allowed attempt at effect {@code effectId} failed too: it is dead-lettered until it is retried
     * or discarded (see {@code EffectOutbox.deadLetters}).
     *
     * @param effect    the effect's name
     * @param effectId  the effect's id
     * @param attempts  the attempts made
     * @param lastError why the last one failed
     */
    default void effectDeadLettered(String effect, String effectId, int attempts, String lastError) {
    }

    /**
     * A deadline runner took a due deadline of {@code kind} ({@code ANSWER_BY}) and {@code outcome} came of it:
     * {@code DECIDED}, {@code NO_LONGER_APPLIES} or {@code LOST} (due again; see {@code DeadlineRunner.Outcome}).
     *
     * @param kind the deadline's kind
     * @param outcome decided, no longer applies, or lost
     */
    default void deadlineDecided(String kind, String outcome) {
    }
}
