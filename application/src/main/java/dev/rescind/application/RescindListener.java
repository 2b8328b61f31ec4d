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
 * <p>This version covers the outbox relay and planned effects; commands will be added as further default
 * methods.
 */
public interface RescindListener {

    /** Listens to nothing. */
    RescindListener NONE = new RescindListener() {
    };

    /** The broker acknowledged {@code event}, published by relay {@code relayId}. */
    default void eventPublished(String relayId, EventEnvelope event) {
    }

    /**
     * Attempt number {@code attempt} to publish {@code event} failed; it is due again in {@code retryIn}, and
     * the later events of its aggregate wait for it.
     */
    default void eventPublishFailed(String relayId, EventEnvelope event, int attempt, Exception failure,
            Duration retryIn) {
    }

    /**
     * The last allowed attempt to publish {@code event} failed too: it is dead-lettered, and its aggregate's
     * later events wait until it is retried or discarded (see {@code EventLog.deadLetters}).
     */
    default void eventDeadLettered(String relayId, EventEnvelope event, int attempts, Exception failure) {
    }

    /**
     * The store failed while relay {@code relayId} was {@code operation} (a killed connection, a failover);
     * {@code willRetry} says whether the relay tries again after a pause or gives up until its next run.
     */
    default void relayStoreFailed(String relayId, String operation, RuntimeException failure, int attempt,
            boolean willRetry) {
    }

    /**
     * Attempt number {@code attempt} at a planned effect ({@code EffectOutcome.DELETE_DRAFT_ORDER} and the like)
     * ended with {@code outcome}: succeeded, failed or pending; a failed or pending one is due again unless it
     * was the last allowed attempt.
     */
    default void effectFinished(String effect, EffectOutcome outcome, int attempt) {
    }

    /**
     * The last allowed attempt at effect {@code effectId} failed too: it is dead-lettered until it is retried
     * or discarded (see {@code EffectOutbox.deadLetters}).
     */
    default void effectDeadLettered(String effect, String effectId, int attempts, String lastError) {
    }
}
