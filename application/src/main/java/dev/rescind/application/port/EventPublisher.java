package dev.rescind.application.port;

import dev.rescind.application.EventEnvelope;

/**
 * The host's way out for events: a message broker, a webhook queue, an in-process bus. The outbox relay
 * calls it once per event, in per-aggregate order, at least once: the publisher should be idempotent by
 * {@link EventEnvelope#eventId()}. Returning means published; throwing means try again later.
 */
@FunctionalInterface
public interface EventPublisher {

    void publish(EventEnvelope event) throws Exception;
}
