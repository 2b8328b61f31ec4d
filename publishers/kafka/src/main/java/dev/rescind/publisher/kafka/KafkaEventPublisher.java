package dev.rescind.publisher.kafka;

import dev.rescind.application.EventEnvelope;
import dev.rescind.events.cloudevents.AcknowledgedPublisher;
import dev.rescind.events.cloudevents.BrokerMessage;
import dev.rescind.events.cloudevents.CloudEventCodec;
import dev.rescind.events.cloudevents.ContentMode;
import dev.rescind.events.cloudevents.HeaderBinding;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes Rescind's events to Kafka as CloudEvents, for the outbox relay. The producer is idempotent
 * ({@code enable.idempotence=true}, {@code acks=all}), so a retry inside the client neither duplicates nor
 * reorders; the record key is the event's partition key (tenant and aggregate id), so one aggregate's events
 * land on one partition in version order. An event counts as published only once the broker acknowledged it:
 * {@link #publishAll} sends the whole batch, then waits for every acknowledgement, and answers the rest as
 * failed, so the relay offers them again. Consumers deduplicate by the CloudEvents {@code id}.
 *
 * <p>Thread-safe; close it to flush and release the producer.
 */
public final class KafkaEventPublisher extends AcknowledgedPublisher implements AutoCloseable {

    private final Producer<String, byte[]> producer;
    private final KafkaTopics topics;
    private final ContentMode mode;
    private final CloudEventCodec codec = new CloudEventCodec();

    private KafkaEventPublisher(Producer<String, byte[]> producer, KafkaTopics topics, ContentMode mode,
            Duration acknowledgementTimeout) {
        super(acknowledgementTimeout);
        this.producer = producer;
        this.topics = Objects.requireNonNull(topics, "topics");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /**
     * A publisher with a producer of its own, configured from {@code producerConfig} (at least
     * {@code bootstrap.servers}) with what ordering and acknowledgement need forced on: idempotence,
     * {@code acks=all}, at most 5 requests in flight, string keys and byte values.
     *
     * @param acknowledgementTimeout how long {@link #publishAll} waits for the broker before it answers the
     *                               unacknowledged events as failed; keep it below the relay's lease
     * @param producerConfig the Kafka producer's settings, {@code bootstrap.servers} at least
     * @param topics         which topic each event goes to
     * @param mode           binary or structured CloudEvents
     * @return the publisher; close it to release the producer
     */
    public static KafkaEventPublisher create(Map<String, Object> producerConfig, KafkaTopics topics, ContentMode mode,
            Duration acknowledgementTimeout) {
        Map<String, Object> config = new HashMap<>(producerConfig);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.merge(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                (given, limit) -> Math.min(Integer.parseInt(given.toString()), 5));
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaEventPublisher(new KafkaProducer<>(config), topics, mode, acknowledgementTimeout);
    }

    @Override
    protected Future<RecordMetadata> send(EventEnvelope event) {
        BrokerMessage message = codec.toMessage(event, mode, HeaderBinding.KAFKA);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topics.topicFor(event), null,
                event.occurredAt().toEpochMilli(), CloudEventCodec.partitionKey(event), message.body());
        message.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            return producer.send(record);
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }

    @Override
    public void close() {
        producer.close(acknowledgementTimeout());
    }
}
