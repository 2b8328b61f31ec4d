package dev.rescind.events.cloudevents;

import dev.rescind.application.EventEnvelope;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * The answer of a broker publisher's {@code publishAll} after it sent a whole batch: the failures by event id,
 * where an event counts as failed when the broker did not acknowledge it or when an earlier event of its
 * aggregate failed (so the relay offers the aggregate's events again from the first unacknowledged one).
 */
public final class BatchAcknowledgements {

    private BatchAcknowledgements() {
    }

    /**
     * @param outcomeOf for the event at an index of {@code batch}, null when the broker acknowledged it, else
     *                  the failure; called in batch order, and only while the event's aggregate has not failed
     */
    public static Map<String, Exception> failures(List<EventEnvelope> batch, IntFunction<Exception> outcomeOf) {
        Map<String, Exception> failures = new LinkedHashMap<>();
        Map<String, Exception> failedAggregates = new HashMap<>();
        for (int index = 0; index < batch.size(); index++) {
            EventEnvelope event = batch.get(index);
            String aggregate = event.tenant() + "/" + event.aggregateType() + "/" + event.aggregateId();
            Exception failure = failedAggregates.get(aggregate);
            if (failure == null) {
                failure = outcomeOf.apply(index);
            }
            if (failure != null) {
                failures.put(event.eventId(), failure);
                failedAggregates.putIfAbsent(aggregate, failure);
            }
        }
        return failures;
    }

    /** Null when {@code sent} completed normally by {@code deadline} ({@link System#nanoTime()}), else why not. */
    public static Exception awaited(Future<?> sent, long deadline) {
        try {
            sent.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException failed) {
            return failed.getCause() instanceof Exception cause ? cause : failed;
        } catch (TimeoutException late) {
            return late;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return interrupted;
        }
    }
}
