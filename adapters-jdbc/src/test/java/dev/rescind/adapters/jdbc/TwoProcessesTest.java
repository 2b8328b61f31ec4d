package dev.rescind.adapters.jdbc;

import static dev.rescind.adapters.jdbc.FlowFixture.TENANT;
import static dev.rescind.adapters.jdbc.FlowFixture.merchant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.EventEnvelope;
import dev.rescind.application.Rescind;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Two service instances, each a JVM of its own with its own connection pool, share one PostgreSQL schema:
 * they race the same commands and then both relay the same outbox.
 */
class TwoProcessesTest {

    private static final int SHIPMENTS = 40;
    private static final int ORDERS = 4;
    private static final int THREADS = 4;

    @Test
    void two_instances_racing_on_one_database_have_one_winner_per_race_lose_no_update_and_relay_each_event_once()
            throws Exception {
        PostgresFixture database = PostgresFixture.shared();
        JdbcRescindStore store = database.emptyStore();
        Rescind rescind = FlowFixture.rescind(store);
        for (int index = 0; index < SHIPMENTS; index++) {
            rescind.shipments().create(merchant(), FlowFixture.shipment("s-" + index)).get();
        }
        for (int index = 0; index < ORDERS; index++) {
            rescind.fulfillmentOrders().create(merchant(), FlowFixture.fulfillmentOrder("fo-" + index)).get();
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS relay_published");
            statement.execute("""
                    CREATE TABLE relay_published (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                        event_id TEXT NOT NULL, tenant_id TEXT NOT NULL, aggregate_type TEXT NOT NULL,
                        aggregate_id TEXT NOT NULL, version BIGINT NOT NULL, relay_id TEXT NOT NULL)""");
        }
        long startAt = System.currentTimeMillis() + 4000;

        Process first = launch(database, "instance-a", startAt);
        Process second = launch(database, "instance-b", startAt);
        List<String> lines = new ArrayList<>(output(first));
        lines.addAll(output(second));

        for (int index = 0; index < SHIPMENTS; index++) {
            String id = "s-" + index;
            assertThat(lines).filteredOn(line -> line.equals("CANCEL " + id + " WON")).hasSize(1);
            assertThat(lines).filteredOn(line -> line.equals("CANCEL " + id + " LOST")).hasSize(1);
            assertThat(store.shipments().find(TENANT, new ShipmentId(id)).get().status())
                    .isEqualTo(ShipmentStatus.CANCELLED);
            assertGapless(store, AggregateType.SHIPMENT, id, 2);
        }
        assertThat(lines).filteredOn(line -> line.startsWith("HOLD")).hasSize(2 * ORDERS * THREADS)
                .allMatch(line -> line.endsWith(" OK"));
        for (int index = 0; index < ORDERS; index++) {
            String id = "fo-" + index;
            FulfillmentOrder order = store.fulfillmentOrders().find(TENANT, new FulfillmentOrderId(id)).get();
            assertThat(order.holds()).extracting(hold -> hold.reasonNotes().get().value())
                    .containsExactlyInAnyOrderElementsOf(IntStream.range(0, THREADS)
                            .boxed().flatMap(thread -> List.of("instance-a-" + thread, "instance-b-" + thread).stream())
                            .toList());
            assertGapless(store, AggregateType.FULFILLMENT_ORDER, id, 1 + 2 * THREADS);
        }
        assertRelayedOnceInOrder(database, store);
    }

    private static void assertRelayedOnceInOrder(PostgresFixture database, JdbcRescindStore store) throws Exception {
        Map<String, List<Long>> versionsByAggregate = new HashMap<>();
        Map<String, Integer> publications = new HashMap<>();
        Map<String, Integer> byRelay = new HashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT event_id, aggregate_type, aggregate_id, version, relay_id"
                                + " FROM relay_published ORDER BY seq")) {
            while (rows.next()) {
                publications.merge(rows.getString(1), 1, Integer::sum);
                versionsByAggregate
                        .computeIfAbsent(rows.getString(2) + "/" + rows.getString(3), key -> new ArrayList<>())
                        .add(rows.getLong(4));
                byRelay.merge(rows.getString(5), 1, Integer::sum);
            }
        }
        int events = SHIPMENTS * 2 + ORDERS * (1 + 2 * THREADS);
        assertThat(store.events().unpublished()).isZero();
        assertThat(publications).hasSize(events).allSatisfy((eventId, count) -> assertThat(count).isEqualTo(1));
        assertThat(versionsByAggregate).allSatisfy((aggregate, versions) -> assertThat(versions)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, versions.size()).boxed().toList()));
        assertThat(byRelay).containsOnlyKeys("instance-a", "instance-b");
    }

    private static Process launch(PostgresFixture database, String instance, long startAt) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", ServiceInstanceMain.class.getName(),
                database.jdbcUrl(), database.credentials().getProperty("user", ""),
                database.credentials().getProperty("password", ""), database.isolatedIn(), instance,
                String.valueOf(SHIPMENTS), String.valueOf(ORDERS), String.valueOf(THREADS), String.valueOf(startAt));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static List<String> output(Process process) throws Exception {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the instance finished in time").isTrue();
        assertThat(process.exitValue()).as("exit status; output:%n%s", output).isZero();
        return output.lines().toList();
    }

    private static void assertGapless(JdbcRescindStore store, AggregateType type, String id, int versions) {
        List<EventEnvelope> history = store.events().history(TENANT, type, id);
        assertThat(history).extracting(event -> event.version().value())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, versions).boxed().toList());
    }
}
