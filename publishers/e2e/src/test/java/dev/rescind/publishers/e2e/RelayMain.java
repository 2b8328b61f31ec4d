package dev.rescind.publishers.e2e;

import com.rabbitmq.client.ConnectionFactory;
import com.zaxxer.hikari.HikariDataSource;
import dev.rescind.adapters.jdbc.Dialect;
import dev.rescind.adapters.jdbc.JdbcRescindStore;
import dev.rescind.application.outbox.OutboxRelay;
import dev.rescind.application.port.EventPublisher;
import dev.rescind.events.cloudevents.ContentMode;
import dev.rescind.publisher.kafka.KafkaEventPublisher;
import dev.rescind.publisher.kafka.KafkaTopics;
import dev.rescind.publisher.nats.NatsEventPublisher;
import dev.rescind.publisher.rabbitmq.RabbitMqEventPublisher;
import io.nats.client.Nats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One relay, a JVM of its own: it drains the shared outbox to one broker through {@link OutboxRelay} until the
 * stop file appears, printing {@code RELAYED <n>} after each batch that published something. Arguments: JDBC
 * URL, schema, relay id, broker ({@code kafka}, {@code rabbitmq} or {@code nats}), the broker's address, its
 * destination (topic, exchange or subject prefix), the stop file.
 */
public final class RelayMain {

    static final int BATCH_SIZE = 50;
    static final Duration LEASE = Duration.ofSeconds(3);

    private RelayMain() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String schema = args[1];
        String relayId = args[2];
        String broker = args[3];
        String address = args[4];
        String destination = args[5];
        Path stopFile = Path.of(args[6]);
        try (HikariDataSource pool = PostgresDatabase.pool(url, schema, 2);
                AutoCloseable publisher = publisher(broker, address, destination)) {
            OutboxRelay relay = new OutboxRelay(JdbcRescindStore.of(pool, Dialect.POSTGRESQL).events(),
                    (EventPublisher) publisher, relayId, BATCH_SIZE, LEASE);
            while (!Files.exists(stopFile)) {
                int published = relay.relayOnce();
                if (published > 0) {
                    System.out.println("RELAYED " + published);
                } else {
                    Thread.sleep(20);
                }
            }
        }
    }

    /** The broker's publisher, as an {@link EventPublisher} that is also closed with what it holds open. */
    private static AutoCloseable publisher(String broker, String address, String destination) throws Exception {
        Duration acknowledgements = Duration.ofSeconds(2);
        switch (broker) {
            case "kafka" -> {
                return KafkaEventPublisher.create(Map.of("bootstrap.servers", address), KafkaTopics.single(destination),
                        ContentMode.BINARY, acknowledgements);
            }
            case "rabbitmq" -> {
                ConnectionFactory factory = new ConnectionFactory();
                factory.setUri(address);
                com.rabbitmq.client.Connection connection = factory.newConnection();
                return new ClosingPublisher(new RabbitMqEventPublisher(connection, destination, ContentMode.BINARY,
                        acknowledgements), connection);
            }
            case "nats" -> {
                io.nats.client.Connection connection = Nats.connect(address);
                return new ClosingPublisher(new NatsEventPublisher(connection, destination, ContentMode.BINARY,
                        acknowledgements), connection::close);
            }
            default -> throw new IllegalArgumentException("no broker " + broker);
        }
    }

    /** A publisher and the connection it runs on, closed together. */
    private record ClosingPublisher(EventPublisher delegate, AutoCloseable connection)
            implements EventPublisher, AutoCloseable {

        @Override
        public void publish(dev.rescind.application.EventEnvelope event) throws Exception {
            delegate.publish(event);
        }

        @Override
        public Map<String, Exception> publishAll(java.util.List<dev.rescind.application.EventEnvelope> batch) {
            return delegate.publishAll(batch);
        }

        @Override
        public void close() throws Exception {
            if (delegate instanceof AutoCloseable closeable) {
                closeable.close();
            }
            connection.close();
        }
    }
}
