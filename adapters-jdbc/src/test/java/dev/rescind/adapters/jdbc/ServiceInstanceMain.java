package dev.rescind.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.rescind.application.CommandContext;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.Rescind;
import dev.rescind.application.outbox.OutboxRelay;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.HoldReason;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shipment.ShipmentId;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One service instance for {@link TwoProcessesTest}, run in a JVM of its own: it races the other instance's
 * commands on the same PostgreSQL schema, then relays the outbox into {@code relay_published} until nothing is
 * left. It prints {@code CANCEL <shipment> WON|LOST} and {@code HOLD <order> OK|FAILED} lines and exits 0.
 *
 * <p>Arguments: JDBC URL, user, password, schema, instance name, shipments, orders, threads, start time
 * (epoch milliseconds; both instances wait for it so they really race).
 */
public final class ServiceInstanceMain {

    private static final String RECORD = """
            INSERT INTO relay_published (event_id, tenant_id, aggregate_type, aggregate_id, version, relay_id)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private ServiceInstanceMain() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        String schema = args[3];
        String instance = args[4];
        int shipments = Integer.parseInt(args[5]);
        int orders = Integer.parseInt(args[6]);
        int threadCount = Integer.parseInt(args[7]);
        long startAt = Long.parseLong(args[8]);
        try (HikariDataSource pool = DatabaseFixture.pool(url, user, password, threadCount, schema, null)) {
            JdbcRescindStore store = JdbcRescindStore.of(pool, Dialect.POSTGRESQL);
            Rescind rescind = Rescind.builder().store(store).clock(Clock.systemUTC()).maxAttempts(100).build();
            CommandContext merchant = CommandContext.of(FlowFixture.TENANT, FlowFixture.MERCHANT);
            ExecutorService threads = Executors.newFixedThreadPool(threadCount);
            Thread.sleep(Math.max(0, startAt - System.currentTimeMillis()));
            List<Future<String>> lines = new ArrayList<>();
            for (int index = 0; index < shipments; index++) {
                ShipmentId id = new ShipmentId("s-" + index);
                lines.add(threads.submit(() -> "CANCEL " + id + " " + rescind.shipments()
                        .cancel(merchant, id, Option.some(new Reason("cancelled by " + instance)))
                        .fold(rejection -> "LOST", applied -> "WON")));
            }
            for (int index = 0; index < orders; index++) {
                FulfillmentOrderId id = new FulfillmentOrderId("fo-" + index);
                for (int thread = 0; thread < threadCount; thread++) {
                    String note = instance + "-" + thread;
                    lines.add(threads.submit(() -> "HOLD " + id + " " + rescind.fulfillmentOrders()
                            .hold(merchant, id, HoldReason.OTHER, Option.some(new Reason(note)))
                            .fold(rejection -> "FAILED " + rejection.code(), applied -> "OK")));
                }
            }
            for (Future<String> line : lines) {
                System.out.println(line.get());
            }
            threads.shutdown();
            relay(pool, store, instance);
        }
    }

    /** Drains the outbox with small batches, recording each publication, until no event is left. */
    private static void relay(HikariDataSource pool, JdbcRescindStore store, String instance) throws Exception {
        OutboxRelay relay = new OutboxRelay(store.events(), event -> record(pool, event, instance), instance, 5,
                Duration.ofMinutes(2));
        while (store.events().unpublished() > 0) {
            if (relay.relayOnce() == 0) {
                Thread.sleep(5);
            }
        }
    }

    private static void record(HikariDataSource pool, EventEnvelope event, String relayId) throws Exception {
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(RECORD)) {
            statement.setString(1, event.eventId());
            statement.setString(2, event.tenant().value());
            statement.setString(3, event.aggregateType().name());
            statement.setString(4, event.aggregateId());
            statement.setLong(5, event.version().value());
            statement.setString(6, relayId);
            statement.executeUpdate();
        }
    }
}
