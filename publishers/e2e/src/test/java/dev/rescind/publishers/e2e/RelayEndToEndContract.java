package dev.rescind.publishers.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.rescind.adapters.jdbc.Dialect;
import dev.rescind.adapters.jdbc.JdbcRescindStore;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.port.EventLog;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two service JVMs write commands to one PostgreSQL while three relay JVMs publish the outbox to a broker; the
 * first relay is killed with SIGKILL as soon as it has published a batch. A consumer then reads everything the
 * broker holds: every committed event at least once, each exactly once after deduplication by the CloudEvents
 * id, and each aggregate's events in version order. Each broker's test is a small subclass.
 */
abstract class RelayEndToEndContract {

    private static final int SHIPMENTS_PER_SERVICE = 50;
    private static final int RELAYS = 3;

    /** {@code kafka}, {@code rabbitmq} or {@code nats}, as {@link RelayMain} names it. */
    abstract String broker();

    /** Where the relays reach the broker. */
    abstract String address() throws Exception;

    /** Creates what the broker needs for this run (topic, exchange and queue, stream); the relays' destination. */
    abstract String prepare(String run) throws Exception;

    /** Every event the broker holds for this run, in the order a consumer receives them. */
    abstract List<EventEnvelope> consumeAll(String destination, int expected) throws Exception;

    @Test
    void every_committed_event_arrives_at_least_once_and_in_order_although_a_relay_is_killed() throws Exception {
        PostgresDatabase database = PostgresDatabase.freshSchema();
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String destination = prepare(run);
        Path stopFile = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")))
                .resolve("relays-stop-" + run);

        List<Process> services = List.of(
                launch(ServiceMain.class, database.url, database.schema, "svc-a", "" + SHIPMENTS_PER_SERVICE),
                launch(ServiceMain.class, database.url, database.schema, "svc-b", "" + SHIPMENTS_PER_SERVICE));
        List<Process> relays = new ArrayList<>();
        for (int relay = 1; relay <= RELAYS; relay++) {
            relays.add(launch(RelayMain.class, database.url, database.schema, "relay-" + relay, broker(), address(),
                    destination, stopFile.toString()));
        }
        List<CompletableFuture<List<String>>> relayOutputs = new ArrayList<>();
        Process victim = relays.get(0);
        BufferedReader victimOutput = new BufferedReader(new InputStreamReader(victim.getInputStream(),
                StandardCharsets.UTF_8));
        for (Process relay : relays.subList(1, RELAYS)) {
            relayOutputs.add(CompletableFuture.supplyAsync(() -> lines(relay)));
        }

        try (HikariDataSource pool = database.pool(2)) {
            EventLog events = JdbcRescindStore.of(pool, Dialect.POSTGRESQL).events();
            String first = victimOutput.readLine();
            assertThat(first).as("the first relay published a batch before it was killed").startsWith("RELAYED");
            boolean midRun = services.stream().anyMatch(Process::isAlive) || events.unpublished() > 0;
            victim.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            assertThat(midRun).as("the relay was killed while events were still to publish").isTrue();

            for (Process service : services) {
                List<String> output = lines(service);
                assertThat(service.waitFor(120, TimeUnit.SECONDS)).as("the service finished").isTrue();
                assertThat(service.exitValue()).as("service exit status; output %s", output).isZero();
            }
            long deadline = System.currentTimeMillis() + 60_000;
            while (events.unpublished() > 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(events.unpublished()).as("events left unpublished").isZero();
            Files.writeString(stopFile, "stop");
            for (int relay = 1; relay < RELAYS; relay++) {
                assertThat(relays.get(relay).waitFor(30, TimeUnit.SECONDS)).as("relay %d stopped", relay + 1)
                        .isTrue();
                assertThat(relays.get(relay).exitValue()).as("relay exit status").isZero();
            }
        } finally {
            // Nothing of this run may outlive it, whatever failed above.
            services.forEach(Process::destroyForcibly);
            relays.forEach(Process::destroyForcibly);
        }

        Map<String, String> committed = committedEvents(database);
        assertThat(committed).hasSize(2 * SHIPMENTS_PER_SERVICE * ServiceMain.EVENTS_PER_SHIPMENT);
        List<EventEnvelope> received = consumeAll(destination, committed.size());
        Report report = Report.of(received);
        System.out.printf("end to end via %s: %d events committed, %d messages received, %d distinct, %d duplicates"
                + " before dedupe, %d order violations, relays' batches %s%n", broker(), committed.size(),
                received.size(), report.distinct().size(), report.duplicates(), report.orderViolations(),
                relayOutputs.stream().map(output -> output.join().size()).toList());

        assertThat(report.distinct()).as("every committed event, each once after dedupe")
                .containsExactlyInAnyOrderElementsOf(committed.keySet());
        assertThat(report.orderViolations()).as("events out of per-aggregate order after dedupe").isZero();
    }

    /** What the consumer saw, deduplicated by event id: first arrivals must be each aggregate's 1, 2, 3, ... */
    record Report(Set<String> distinct, int duplicates, int orderViolations) {

        static Report of(List<EventEnvelope> received) {
            Set<String> distinct = new HashSet<>();
            Map<String, Long> lastVersion = new HashMap<>();
            int duplicates = 0;
            int violations = 0;
            for (EventEnvelope event : received) {
                if (!distinct.add(event.eventId())) {
                    duplicates++;
                    continue;
                }
                String aggregate = event.tenant() + "/" + event.aggregateType() + "/" + event.aggregateId();
                long previous = lastVersion.getOrDefault(aggregate, 0L);
                if (event.version().value() != previous + 1) {
                    violations++;
                }
                lastVersion.put(aggregate, event.version().value());
            }
            return new Report(distinct, duplicates, violations);
        }
    }

    private static Map<String, String> committedEvents(PostgresDatabase database) throws Exception {
        Map<String, String> events = new HashMap<>();
        try (HikariDataSource pool = database.pool(1); Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT event_id, aggregate_id FROM rescind_events")) {
            while (rows.next()) {
                events.put(rows.getString(1), rows.getString(2));
            }
        }
        return events;
    }

    private static Process launch(Class<?> main, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin"
                + File.separator + "java", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=error", main.getName()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static List<String> lines(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }
}
