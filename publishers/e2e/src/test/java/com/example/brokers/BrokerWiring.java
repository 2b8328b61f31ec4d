package com.example.brokers;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.rescind.application.Rescind;
import dev.rescind.application.outbox.OutboxRelay;
import dev.rescind.events.cloudevents.ContentMode;
import dev.rescind.publisher.kafka.KafkaEventPublisher;
import dev.rescind.publisher.kafka.KafkaTopics;
import dev.rescind.publisher.nats.NatsEventPublisher;
import dev.rescind.publisher.rabbitmq.RabbitMqEventPublisher;
import io.nats.client.Nats;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How a host wires each broker publisher to the outbox relay: the code docs/brokers.md shows, compiled by the
 * build (and checked against the guide by DocsCodeBlocksTest).
 */
final class BrokerWiring {

    private BrokerWiring() {
    }

    static KafkaEventPublisher kafka(Rescind rescind, String hostName, ScheduledExecutorService scheduler) {
        KafkaEventPublisher kafka = KafkaEventPublisher.create(
                Map.of("bootstrap.servers", "kafka-1:9092,kafka-2:9092"),   // any producer setting you need
                KafkaTopics.perAggregateType("rescind."),                   // rescind.shipment, rescind.return, ...
                ContentMode.BINARY,
                Duration.ofSeconds(10));                                    // the wait for acknowledgements
        OutboxRelay relay = rescind.outboxRelay(kafka, "relay-" + hostName, 500, Duration.ofSeconds(30));
        scheduler.scheduleWithFixedDelay(() -> relay.drain(20), 0, 200, TimeUnit.MILLISECONDS);
        return kafka; // close it on shutdown
    }

    static OutboxRelay rabbitMq(Rescind rescind, String hostName) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri("amqp://rescind:secret@rabbit:5672/shop");
        Connection connection = factory.newConnection("rescind-relay");
        RabbitMqEventPublisher rabbit = new RabbitMqEventPublisher(connection, "rescind.events", ContentMode.BINARY,
                Duration.ofSeconds(10));
        OutboxRelay relay = rescind.outboxRelay(rabbit, "relay-" + hostName, 200, Duration.ofSeconds(30));
        return relay;
    }

    static OutboxRelay nats(Rescind rescind, String hostName) throws Exception {
        io.nats.client.Connection nats = Nats.connect("nats://nats:4222");
        nats.jetStreamManagement().addStream(StreamConfiguration.builder()
                .name("RESCIND").subjects("rescind.>").storageType(StorageType.File)
                .duplicateWindow(Duration.ofMinutes(10))       // longer than a relay's lease
                .build());
        NatsEventPublisher publisher = new NatsEventPublisher(nats, "rescind", ContentMode.BINARY,
                Duration.ofSeconds(10));
        OutboxRelay relay = rescind.outboxRelay(publisher, "relay-" + hostName, 500, Duration.ofSeconds(30));
        return relay;
    }
}
