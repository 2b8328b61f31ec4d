package dev.rescind.benchmarks.relay;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConnectionFactory;
import dev.rescind.adapters.jdbc.JdbcRescindStore;
import dev.rescind.application.CommandContext;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.Rescind;
import dev.rescind.application.outbox.OutboxRelay;
import dev.rescind.application.port.EventLog;
import dev.rescind.application.port.EventPublisher;
import dev.rescind.benchmarks.jdbc.Database;
import dev.rescind.benchmarks.jdbc.Database.Schema;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentType;
import dev.rescind.events.cloudevents.ContentMode;
import dev.rescind.publisher.kafka.KafkaEventPublisher;
import dev.rescind.publisher.kafka.KafkaTopics;
import dev.rescind.publisher.nats.NatsEventPublisher;
import dev.rescind.publisher.rabbitmq.RabbitMqEventPublisher;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Events per second from PostgreSQL's outbox to a broker, with 1 and 3 relays, beside the broker's own client
 * publishing the same messages from memory. Each invocation drains {@value #EVENTS} unpublished events:
 *
 * <ul>
 *   <li>{@code relay}: each relay thread runs an {@code OutboxRelay} until nothing is left: it claims up to
 *       {@value #BATCH} events (a lease and {@code SKIP LOCKED} in PostgreSQL), hands them to the broker
 *       publisher's {@code publishAll} (send the batch, wait for every acknowledgement), and records them
 *       published;</li>
 *   <li>{@code raw}: as many threads, each with its own client of the broker, publish the same CloudEvents
 *       (the same publisher class, so the same encoding and acknowledgement wait) from a list in memory, in
 *       batches of the same size: the broker-and-client ceiling with no database.</li>
 * </ul>
 *
 * The events are {@value #EVENTS} {@code ShipmentCancelled} events, one per aggregate, copied in SQL from one
 * that Rescind committed, so every event is claimable at once. Kafka is the broker at
 * {@code RESCIND_BENCH_KAFKA_BOOTSTRAP} (none by default: give one to measure Kafka); RabbitMQ and NATS are
 * the servers at {@code RESCIND_BENCH_RABBITMQ_URI} and {@code RESCIND_BENCH_NATS_URL} (loopback by default).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class RelayThroughputBenchmark {

    static final int EVENTS = 20_000;
    static final int BATCH = 500;

    private static final TenantId TENANT = new TenantId("bench");

    /** The copy: the template's document, a new event id and aggregate id per row, each aggregate's version 1. */
    private static final String SEED = """
            INSERT INTO rescind_events (event_id, tenant_id, aggregate_type, aggregate_id, version, event_type,
                occurred_at, document)
            SELECT ? || '-' || n, tenant_id, aggregate_type, 'bench-' || n, 1, event_type, occurred_at, document
            FROM rescind_events, generate_series(1, ?) AS n
            WHERE event_id = ?""";

    @Param({"KAFKA", "RABBITMQ", "NATS"})
    public Broker broker;

    @Param({"1", "3"})
    public int relays;

    @Param({"relay", "raw"})
    public String path;

    private Schema schema;
    private EventLog log;
    private String templateId;
    private final List<EventPublisher> publishers = new ArrayList<>();
    private final List<AutoCloseable> resources = new ArrayList<>();
    private ExecutorService threads;
    private List<EventEnvelope> inMemory;

    public enum Broker { KAFKA, RABBITMQ, NATS }

    @Setup(Level.Trial)
    public void start() throws Exception {
        schema = Database.POSTGRESQL.open(relays + 2);
        JdbcRescindStore store = JdbcRescindStore.of(schema.pool(), Database.POSTGRESQL.dialect());
        log = store.events();
        Rescind rescind = Rescind.builder().store(store).clock(Clock.systemUTC()).build();
        CommandContext merchant = CommandContext.of(TENANT, Actor.merchant("bench"));
        ShipmentId id = new ShipmentId("template");
        rescind.shipments().create(merchant, new NewShipment(id, new Reference("ORDER-1"), ShipmentType.DELIVERY,
                Instant.now(), Option.none(), Option.none(), Option.none(), Metadata.EMPTY)).get();
        templateId = rescind.shipments().cancel(merchant, id, Option.some(new Reason("bench"))).get().events()
                .get(0).eventId();
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        for (int relay = 0; relay < relays; relay++) {
            publishers.add(publisher(run));
        }
        threads = Executors.newFixedThreadPool(relays);
    }

    @Setup(Level.Iteration)
    public void seed() throws SQLException {
        try (Connection connection = schema.pool().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM rescind_events WHERE event_id <> '" + templateId + "'");
            statement.execute("UPDATE rescind_events SET published_at = CURRENT_TIMESTAMP");
            try (var insert = connection.prepareStatement(SEED)) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setInt(2, EVENTS);
                insert.setString(3, templateId);
                insert.executeUpdate();
            }
        }
        if (path.equals("raw")) {
            inMemory = log.claim("loader", EVENTS, Duration.ofHours(1)).stream().map(EventLog.Claimed::event).toList();
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int drain() throws Exception {
        List<Future<Integer>> done = new ArrayList<>();
        for (int relay = 0; relay < relays; relay++) {
            EventPublisher publisher = publishers.get(relay);
            String relayId = "relay-" + relay;
            int slice = relay;
            done.add(threads.submit(() -> path.equals("raw") ? publishFromMemory(publisher, slice)
                    : relay(publisher, relayId)));
        }
        int published = 0;
        for (Future<Integer> relay : done) {
            published += relay.get();
        }
        if (published < EVENTS) {
            throw new IllegalStateException("published " + published + " of " + EVENTS);
        }
        return published;
    }

    private int relay(EventPublisher publisher, String relayId) {
        OutboxRelay relay = new OutboxRelay(log, publisher, relayId, BATCH, Duration.ofMinutes(1));
        int published = 0;
        for (int batch = relay.relayOnce(); batch > 0; batch = relay.relayOnce()) {
            published += batch;
        }
        return published;
    }

    private int publishFromMemory(EventPublisher publisher, int slice) {
        List<EventEnvelope> mine = new ArrayList<>();
        for (int index = slice; index < inMemory.size(); index += relays) {
            mine.add(inMemory.get(index));
        }
        for (int from = 0; from < mine.size(); from += BATCH) {
            Map<String, Exception> failures = publisher.publishAll(mine.subList(from, Math.min(from + BATCH,
                    mine.size())));
            if (!failures.isEmpty()) {
                throw new IllegalStateException(failures.size() + " events failed");
            }
        }
        return mine.size();
    }

    private EventPublisher publisher(String run) throws Exception {
        Duration acknowledgements = Duration.ofSeconds(30);
        switch (broker) {
            case KAFKA -> {
                String bootstrap = System.getenv("RESCIND_BENCH_KAFKA_BOOTSTRAP");
                if (bootstrap == null) {
                    throw new IllegalStateException("set RESCIND_BENCH_KAFKA_BOOTSTRAP to a Kafka broker");
                }
                KafkaEventPublisher kafka = KafkaEventPublisher.create(Map.of("bootstrap.servers", bootstrap),
                        KafkaTopics.single("rescind-bench-" + run), ContentMode.BINARY, acknowledgements);
                resources.add(kafka);
                return kafka;
            }
            case RABBITMQ -> {
                ConnectionFactory factory = new ConnectionFactory();
                factory.setUri(System.getenv().getOrDefault("RESCIND_BENCH_RABBITMQ_URI",
                        "amqp://guest:guest@127.0.0.1:5672"));
                com.rabbitmq.client.Connection connection = factory.newConnection();
                resources.add(connection);
                String exchange = "rescind-bench-" + run;
                try (Channel channel = connection.createChannel()) {
                    channel.exchangeDeclare(exchange, BuiltinExchangeType.TOPIC, true);
                    channel.queueDeclare(exchange, true, false, true, null);
                    channel.queueBind(exchange, exchange, "#");
                }
                RabbitMqEventPublisher rabbit = new RabbitMqEventPublisher(connection, exchange, ContentMode.BINARY,
                        acknowledgements);
                resources.add(0, rabbit);
                return rabbit;
            }
            case NATS -> {
                io.nats.client.Connection connection = Nats.connect(System.getenv()
                        .getOrDefault("RESCIND_BENCH_NATS_URL", "nats://127.0.0.1:4222"));
                resources.add(connection::close);
                String prefix = "rescind-bench-" + run;
                JetStreamManagement streams = connection.jetStreamManagement();
                String stream = prefix.toUpperCase().replace('-', '_');
                try {
                    streams.addStream(StreamConfiguration.builder().name(stream).subjects(prefix + ".>")
                            .storageType(StorageType.File).build());
                } catch (io.nats.client.JetStreamApiException exists) {
                    // another relay's connection created it
                }
                resources.add(() -> {
                    try (io.nats.client.Connection cleanup = Nats.connect(System.getenv()
                            .getOrDefault("RESCIND_BENCH_NATS_URL", "nats://127.0.0.1:4222"))) {
                        cleanup.jetStreamManagement().deleteStream(stream);
                    }
                });
                return new NatsEventPublisher(connection, prefix, ContentMode.BINARY, acknowledgements);
            }
            default -> throw new IllegalArgumentException(broker.toString());
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        threads.shutdownNow();
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // a broker stream or exchange that is already gone
            }
        }
        schema.close();
    }
}
