package dev.rescind.events.cloudevents;

import dev.rescind.application.EventEnvelope;
import dev.rescind.application.port.EventPublisher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A broker publisher whose client sends asynchronously and reports each acknowledgement later: {@link #publishAll}
 * sends the whole batch, then waits (up to the acknowledgement timeout, for the batch as a whole) for every
 * acknowledgement. An event counts as failed when the broker did not acknowledge it in time or when an earlier
 * event of its aggregate failed, so the relay offers the aggregate's events again from the first
 * unacknowledged one.
 */
public abstract class AcknowledgedPublisher implements EventPublisher {

    private final Duration acknowledgementTimeout;

    /** @param acknowledgementTimeout how long a batch waits for the broker; keep it below the relay's lease */
    protected AcknowledgedPublisher(Duration acknowledgementTimeout) {
        this.acknowledgementTimeout = Objects.requireNonNull(acknowledgementTimeout, "acknowledgementTimeout");
    }

    /**
     * Hands one event to the broker's client; the future completes when the broker acknowledged it and fails
     * with the reason when it will not. A refusal to send is a failed future, never an exception.
     *
     * @param event the event to send
     * @return the broker's acknowledgement to come
     */
    protected abstract Future<?> send(EventEnvelope event);

    /** {@return how long a batch waits for the broker} */
    protected final Duration acknowledgementTimeout() {
        return acknowledgementTimeout;
    }

    @Override
    public void publish(EventEnvelope event) throws Exception {
        Exception failure = publishAll(List.of(event)).get(event.eventId());
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public Map<String, Exception> publishAll(List<EventEnvelope> batch) {
        List<Future<?>> sent = new ArrayList<>(batch.size());
        for (EventEnvelope event : batch) {
            sent.add(send(event));
        }
        long deadline = System.nanoTime() + acknowledgementTimeout.toNanos();
        Map<String, Exception> failures = new LinkedHashMap<>();
        Map<String, Exception> failedAggregates = new HashMap<>();
        for (int index = 0; index < batch.size(); index++) {
            EventEnvelope event = batch.get(index);
            String aggregate = event.tenant() + "/" + event.aggregateType() + "/" + event.aggregateId();
            Exception failure = failedAggregates.get(aggregate);
            if (failure == null) {
                failure = awaited(sent.get(index), deadline);
            }
            if (failure != null) {
                failures.put(event.eventId(), failure);
                failedAggregates.putIfAbsent(aggregate, failure);
            }
        }
        return failures;
    }

    /** Null when {@code sent} completed normally by {@code deadline} ({@link System#nanoTime()}), else why not. */
    private static Exception awaited(Future<?> sent, long deadline) {
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
