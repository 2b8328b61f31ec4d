package dev.rescind.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The README's first command: its main path, its output and what it leaves in the database. */
class DemoTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void the_demo_plays_every_flow_on_h2_and_reports_each_answer() throws SQLException {
        int exit = run();

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(report)
                .contains("\"cancelled_by_id\" : \"partner-api-key\"")
                .contains("retry: cancel ORDER-123 with the same key", "replayed, not applied again")
                .contains("✗ 409 Conflict", "\"message\" : \"Return is not cancellable.\"")
                .contains("→ 202 Accepted", "\"message\" : \"Cancellation requested successfully\"")
                .contains("✗ 403 Forbidden", "\"request_status\" : \"cancellation_rejected\"",
                        "\"status\" : \"cancelled\"")
                .contains("\"action\" : \"updated\"", "\"cancelled\" : false",
                        "Shopify answered 503 Service Unavailable", "\"reason\" : \"no_changes_required\"")
                .contains("CarrierFactAfterCancellation", "ReturnCancellationDeclined", "CancellationRequestAccepted")
                .contains("32 events committed, 32 published by the relay, each once: yes.")
                .doesNotContain("Exception\n\tat ", "\tat dev.rescind");
        Path file = Path.of(System.getProperty(Demo.DIRECTORY_PROPERTY)).toAbsolutePath().resolve("rescind");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + file)) {
            assertThat(count(connection, "SELECT COUNT(*) FROM rescind_events")).isEqualTo(32);
            assertThat(count(connection, "SELECT COUNT(*) FROM rescind_events WHERE published_at IS NULL")).isZero();
            assertThat(statuses(connection, "rescind_shipments")).containsExactlyInAnyOrderEntriesOf(
                    Map.of("CANCELLED", 1L, "IN_TRANSIT", 1L));
            assertThat(statuses(connection, "rescind_returns")).containsExactlyInAnyOrderEntriesOf(
                    Map.of("CANCELLED", 1L, "ANNOUNCED", 1L, "ANNOUNCING", 1L));
            assertThat(statuses(connection, "rescind_cancellation_requests")).containsExactlyInAnyOrderEntriesOf(
                    Map.of("ACCEPTED", 2L, "REJECTED", 2L));
            assertThat(count(connection, "SELECT COUNT(*) FROM rescind_idempotency_records")).isEqualTo(1);
            assertThat(count(connection, "SELECT COUNT(*) FROM rescind_effect_records")).isEqualTo(4);
        }
    }

    @Test
    void json_output_is_one_document_with_every_flow_and_a_summary() throws Exception {
        int exit = run("--json");

        JsonNode document = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(document.path("flows")).hasSize(4);
        assertThat(document.path("flows").get(1).path("steps").get(4).path("http").path("status").asInt())
                .isEqualTo(202);
        assertThat(document.path("summary").path("eventsPublished").asInt()).isEqualTo(32);
        assertThat(document.path("summary").path("everyEventPublishedOnce").asBoolean()).isTrue();
    }

    @Test
    void a_bad_option_gets_a_one_line_error_the_usage_and_exit_code_2() {
        int exit = run("--colour");

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("rescind-demo: unknown option --colour\nUsage: rescind-demo");
        assertThat(run("--jdbc-url")).isEqualTo(2);
    }

    @Test
    void help_prints_the_usage() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: rescind-demo [--jdbc-url URL]");
    }

    @Test
    void the_same_demo_runs_on_postgresql_given_its_url() throws SQLException {
        String url = System.getenv("RESCIND_TEST_POSTGRES_URL");
        Assumptions.assumeTrue(url != null, "RESCIND_TEST_POSTGRES_URL is not set: the demo on PostgreSQL is skipped");
        String schema = "rescind_demo_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(url); Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            try {
                int exit = run("--jdbc-url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);

                assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
                assertThat(out.toString(StandardCharsets.UTF_8)).contains("each once: yes.");
                assertThat(count(admin, "SELECT COUNT(*) FROM " + schema + ".rescind_events")).isEqualTo(32);
            } finally {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Demo.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Map<String, Long> statuses(Connection connection, String table) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT status, COUNT(*) FROM " + table + " GROUP BY status")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }
}
