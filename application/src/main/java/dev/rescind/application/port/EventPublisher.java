package dev.rescind.application.port;

import dev.rescind.application.EventEnvelope;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The host's way out for events: a message broker, a webhook queue, an in-process bus. The outbox relay
 * calls it once per event, in per-aggregate order, at least once: the publisher should be idempotent by
 * {@link EventEnvelope#eventId()}. Returning means published; throwing means try again later.
 */
@FunctionalInterface
public interface EventPublisher {

    /**
     * Publishes one event, returning once the broker acknowledged it.
     *
     * @param event the event
     * @throws Exception when the broker did not take it; the relay tries again later
     */
    void publish(EventEnvelope event) throws Exception;

    /**
     * Publishes a batch the relay claimed, in list order, and answers the failures by event id: every
     * event of the batch absent from the answer was acknowledged by the broker. Events of one aggregate
     * come in version order; once one of them fails, the later ones of that aggregate must not be published
     * and are answered as failed too. The default publishes one event at a time; a broker client overrides
     * it to send the whole batch and then wait for every acknowledgement.
     *
     * @param batch the events, in the relay's order
     * @return the failures by event id; empty when all were acknowledged
     */
    default Map<String, Exception> publishAll(List<EventEnvelope> batch) {
        Map<String, Exception> failures = new LinkedHashMap<>();
        Map<String, Exception> failedAggregates = new HashMap<>();
        for (EventEnvelope event : batch) {
            String aggregate = event.tenant() + "/" + event.aggregateType() + "/" + event.aggregateId();
            Exception earlier = failedAggregates.get(aggregate);
            if (earlier != null) {
                failures.put(event.eventId(), earlier);
                continue;
            }
            try {
                publish(event);
            } catch (Exception failure) {
                failures.put(event.eventId(), failure);
                failedAggregates.put(aggregate, failure);
            }
        }
        return failures;
    }
}
