package dev.rescind.publisher.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.EventEnvelope;

import dev.rescind.events.cloudevents.CloudEventCodec;
import dev.rescind.events.cloudevents.ContentMode;
import dev.rescind.events.cloudevents.HeaderBinding;
import dev.rescind.events.cloudevents.SampleEvents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** The publisher against a real KRaft broker running in this JVM. */
class KafkaEventPublisherTest {

    private static final CloudEventCodec CODEC = new CloudEventCodec();

    @Test
    void a_batch_is_acknowledged_and_arrives_keyed_by_aggregate_in_version_order_on_its_aggregate_types_topic()
            throws Exception {
        String prefix = "rescind-" + UUID.randomUUID() + ".";
        List<EventEnvelope> batch = new ArrayList<>();
        for (int shipment = 0; shipment < 20; shipment++) {
            batch.addAll(SampleEvents.lifecycle("tenant-a", "s-" + shipment));
        }

        try (KafkaEventPublisher publisher = publisher(KafkaTopics.perAggregateType(prefix), ContentMode.BINARY)) {
            assertThat(publisher.publishAll(batch)).isEmpty();
        }

        List<ConsumerRecord<String, byte[]>> records = KafkaFixture.consume(List.of(prefix + "shipment"), batch.size());
        assertThat(records).hasSize(batch.size());
        Map<String, List<Long>> versionsByKey = new HashMap<>();
        List<EventEnvelope> received = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            EventEnvelope event = CODEC.fromMessage(headers(record), record.value(), HeaderBinding.KAFKA).get();
            assertThat(record.key()).isEqualTo(CloudEventCodec.partitionKey(event));
            assertThat(headers(record)).containsEntry("ce_id", event.eventId())
                    .containsEntry("ce_type", CloudEventCodec.typeName(event.event().getClass()));
            versionsByKey.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(event.version().value());
            received.add(event);
        }
        assertThat(received).containsExactlyInAnyOrderElementsOf(batch);
        assertThat(versionsByKey).hasSize(20).allSatisfy((key, versions) -> assertThat(versions)
                .containsExactly(1L, 2L, 3L));
    }

    @Test
    void structured_mode_on_one_topic_carries_the_whole_cloud_event_in_the_value() throws Exception {
        String topic = "rescind-" + UUID.randomUUID();
        List<EventEnvelope> batch = SampleEvents.lifecycle("tenant-b", "s-1");

        try (KafkaEventPublisher publisher = publisher(KafkaTopics.single(topic), ContentMode.STRUCTURED)) {
            for (EventEnvelope event : batch) {
                publisher.publish(event);
            }
        }

        List<ConsumerRecord<String, byte[]>> records = KafkaFixture.consume(List.of(topic), batch.size());
        assertThat(records).extracting(record -> CODEC.fromStructuredJson(record.value()).get())
                .containsExactlyElementsOf(batch);
        assertThat(records).allSatisfy(record -> assertThat(headers(record))
                .containsEntry("content-type", CloudEventCodec.STRUCTURED_CONTENT_TYPE));
    }

    @Test
    void events_the_broker_refuses_are_answered_as_failed_with_the_later_events_of_their_aggregate()
            throws Exception {
        String prefix = "rescind-" + UUID.randomUUID() + ".";
        List<EventEnvelope> refused = SampleEvents.lifecycle("tenant-c", "refused");
        List<EventEnvelope> accepted = SampleEvents.lifecycle("tenant-c", "accepted");
        List<EventEnvelope> batch = List.of(accepted.get(0), refused.get(0), accepted.get(1), refused.get(1),
                accepted.get(2), refused.get(2));
        // A topic name Kafka refuses ('!' is not allowed) for one aggregate only.
        KafkaTopics topics = event -> event.aggregateId().equals("refused") ? prefix + "no!such"
                : prefix + "shipment";

        Map<String, Exception> failures;
        try (KafkaEventPublisher publisher = publisher(topics, ContentMode.BINARY)) {
            failures = publisher.publishAll(batch);
        }

        assertThat(failures).containsOnlyKeys(refused.stream().map(EventEnvelope::eventId).toList());
        assertThat(KafkaFixture.consume(List.of(prefix + "shipment"), accepted.size()))
                .extracting(record -> new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                .containsExactlyElementsOf(accepted.stream().map(EventEnvelope::eventId).toList());
    }

    private static KafkaEventPublisher publisher(KafkaTopics topics, ContentMode mode) throws Exception {
        return KafkaEventPublisher.create(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaFixture.bootstrapServers(), ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000), topics, mode,
                Duration.ofSeconds(20));
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
