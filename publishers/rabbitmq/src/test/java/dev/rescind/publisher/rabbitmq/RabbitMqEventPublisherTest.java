package dev.rescind.publisher.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import dev.rescind.application.EventEnvelope;

import dev.rescind.domain.shipment.ShipmentEvent.ShipmentCancelled;

import dev.rescind.events.cloudevents.CloudEventCodec;
import dev.rescind.events.cloudevents.ContentMode;
import dev.rescind.events.cloudevents.HeaderBinding;
import dev.rescind.events.cloudevents.RequiresBroker;
import dev.rescind.events.cloudevents.SampleEvents;

import java.time.Duration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The publisher against the RabbitMQ server this machine runs. */
@ExtendWith(RequiresBroker.RabbitMq.class)
class RabbitMqEventPublisherTest {

    private static final CloudEventCodec CODEC = new CloudEventCodec();

    private Connection connection;
    private Channel consumer;
    private String exchange;

    @BeforeEach
    void connect() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(RequiresBroker.RabbitMq.uri());
        connection = factory.newConnection();
        consumer = connection.createChannel();
        exchange = "rescind-test-" + UUID.randomUUID();
    }

    @AfterEach
    void disconnect() throws Exception {
        try (Channel cleanup = connection.createChannel()) {
            cleanup.exchangeDelete(exchange);
        }
        connection.close();
    }

    @Test
    void a_confirmed_batch_arrives_persistent_with_the_event_id_as_message_id_on_its_routing_key() throws Exception {
        String shipments = queueBoundTo("shipment.#");
        String cancellations = queueBoundTo("*.cancelled.v1");
        List<EventEnvelope> batch = new ArrayList<>();
        for (int shipment = 0; shipment < 10; shipment++) {
            batch.addAll(SampleEvents.lifecycle("tenant-a", "s-" + shipment));
        }

        try (RabbitMqEventPublisher publisher = new RabbitMqEventPublisher(connection, exchange, ContentMode.BINARY,
                Duration.ofSeconds(10))) {
            assertThat(publisher.publishAll(batch)).isEmpty();
        }

        List<EventEnvelope> received = new ArrayList<>();
        for (GetResponse message : drain(shipments)) {
            assertThat(message.getProps().getDeliveryMode()).isEqualTo(2);
            EventEnvelope event = CODEC.fromMessage(textHeaders(message), message.getBody(), HeaderBinding.AMQP).get();
            assertThat(message.getProps().getMessageId()).isEqualTo(event.eventId());
            assertThat(message.getEnvelope().getRoutingKey()).isEqualTo(CloudEventCodec.routingName(event));
            received.add(event);
        }
        assertThat(received).containsExactlyElementsOf(batch);
        assertThat(drain(cancellations)).extracting(message -> message.getProps().getMessageId())
                .containsExactlyElementsOf(batch.stream().filter(event -> event.event() instanceof ShipmentCancelled)
                        .map(EventEnvelope::eventId).toList());
    }

    @Test
    void structured_mode_carries_the_whole_cloud_event_in_the_body() throws Exception {
        String queue = queueBoundTo("#");
        List<EventEnvelope> batch = SampleEvents.lifecycle("tenant-b", "s-1");

        try (RabbitMqEventPublisher publisher = new RabbitMqEventPublisher(connection, exchange,
                ContentMode.STRUCTURED, Duration.ofSeconds(10))) {
            for (EventEnvelope event : batch) {
                publisher.publish(event);
            }
        }

        assertThat(drain(queue)).allSatisfy(message -> assertThat(message.getProps().getContentType())
                        .isEqualTo(CloudEventCodec.STRUCTURED_CONTENT_TYPE))
                .extracting(message -> CODEC.fromStructuredJson(message.getBody()).get())
                .containsExactlyElementsOf(batch);
    }

    @Test
    void a_batch_the_broker_refuses_is_answered_as_failed_event_by_event() throws Exception {
        // An exchange of that name but another kind: declaring it as a durable topic exchange closes the channel.
        consumer.exchangeDeclare(exchange, BuiltinExchangeType.FANOUT, false);
        List<EventEnvelope> batch = SampleEvents.lifecycle("tenant-c", "s-1");

        Map<String, Exception> failures;
        try (RabbitMqEventPublisher publisher = new RabbitMqEventPublisher(connection, exchange, ContentMode.BINARY,
                Duration.ofSeconds(5))) {
            failures = publisher.publishAll(batch);
        }

        assertThat(failures).containsOnlyKeys(batch.stream().map(EventEnvelope::eventId).toList());
    }

    private String queueBoundTo(String pattern) throws Exception {
        consumer.exchangeDeclare(exchange, BuiltinExchangeType.TOPIC, true);
        String queue = consumer.queueDeclare().getQueue();
        consumer.queueBind(queue, exchange, pattern);
        return queue;
    }

    private List<GetResponse> drain(String queue) throws Exception {
        List<GetResponse> messages = new ArrayList<>();
        for (GetResponse message = consumer.basicGet(queue, true); message != null;
                message = consumer.basicGet(queue, true)) {
            messages.add(message);
        }
        return messages;
    }

    private static Map<String, String> textHeaders(GetResponse message) {
        Map<String, String> headers = new LinkedHashMap<>();
        message.getProps().getHeaders().forEach((name, value) -> headers.put(name, value.toString()));
        return headers;
    }
}
