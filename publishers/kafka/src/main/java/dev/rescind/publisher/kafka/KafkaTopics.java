package dev.rescind.publisher.kafka;

import dev.rescind.application.EventEnvelope;
import java.util.Locale;
import java.util.Objects;

/** Which Kafka topic an event goes to: one topic for everything, or one per aggregate type. */
@FunctionalInterface
public interface KafkaTopics {

    /**
     * The topic of one event.
     *
     * @param event the event to publish
     * @return the topic's name
     */
    String topicFor(EventEnvelope event);

    /**
     * Every event to {@code topic}; consumers filter by the CloudEvents {@code type}.
     *
     * @param topic the topic's name
     * @return the routing
     */
    static KafkaTopics single(String topic) {
        Objects.requireNonNull(topic, "topic");
        return event -> topic;
    }

    /**
     * {@code prefix} and the aggregate type: {@code rescind.shipment}, {@code rescind.fulfillment_order}.
     *
     * @param prefix what topic names start with, before a dot
     * @return the routing
     */
    static KafkaTopics perAggregateType(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return event -> prefix + event.aggregateType().name().toLowerCase(Locale.ROOT);
    }
}
