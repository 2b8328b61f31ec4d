package dev.rescind.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
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
import java.util.List;
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

        String stdout = out.toString(StandardCharsets.UTF_8);
        // Only the document: a pipe into jq reads nothing before it and nothing after it.
        JsonNode document = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(stdout);
        assertThat(exit).isZero();
        assertThat(stdout).startsWith("{").endsWith("}" + System.lineSeparator());
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
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: rescind-demo [--jdbc-url URL [--schema NAME]]");
    }

    @Test
    void runs_any_number_of_times_on_one_named_database_in_a_schema_of_its_own() throws Exception {
        Path file = Path.of(System.getProperty(Demo.DIRECTORY_PROPERTY)).toAbsolutePath().resolve("named");
        String url = "jdbc:h2:file:" + file;

        for (int run = 1; run <= 2; run++) {
            int exit = run("--json", "--jdbc-url", url);

            assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertEveryFlowPlayedWithNumericShopifyIds(new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)));
        }
        try (Connection connection = DriverManager.getConnection(url)) {
            assertThat(count(connection, "SELECT COUNT(*) FROM \"rescind_demo\".rescind_events")).isEqualTo(32);
            assertThat(count(connection, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"))
                    .as("the demo leaves the default schema alone").isZero();
        }
    }

    @Test
    void the_same_demo_runs_twice_on_postgresql_given_its_url() throws Exception {
        runTwiceOnServer("RESCIND_TEST_POSTGRES_URL", "PostgreSQL");
    }

    @Test
    void the_same_demo_runs_twice_on_mariadb_given_its_url() throws Exception {
        runTwiceOnServer("RESCIND_TEST_MARIADB_URL", "MariaDB");
    }

    private void runTwiceOnServer(String variable, String database) throws Exception {
        String url = System.getenv(variable);
        Assumptions.assumeTrue(url != null, variable + " is not set: the demo on " + database + " is skipped");
        // Runs of this test in parallel builds must not drop each other's schema.
        String schema = "rescind_demo_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(url); Statement statement = admin.createStatement()) {
            try {
                for (int run = 1; run <= 2; run++) {
                    int exit = run("--json", "--jdbc-url", url, "--schema", schema);

                    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
                    assertEveryFlowPlayedWithNumericShopifyIds(
                            new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)));
                }
                assertThat(count(admin, "SELECT COUNT(*) FROM " + schema + ".rescind_events")).isEqualTo(32);
            } finally {
                statement.execute(database.equals("MariaDB") ? "DROP DATABASE IF EXISTS " + schema
                        : "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void a_schema_name_that_is_not_a_plain_identifier_is_refused() {
        assertThat(run("--jdbc-url", "jdbc:h2:mem:x", "--schema", "x; DROP TABLE y")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("rescind-demo: --schema needs");
    }

    private static void assertEveryFlowPlayedWithNumericShopifyIds(JsonNode document) {
        assertThat(document.path("summary").path("everyEventPublishedOnce").asBoolean()).isTrue();
        List<JsonNode> shopIds = document.findValues("shop_id");
        assertThat(shopIds).isNotEmpty().allSatisfy(id -> assertThat(id.isIntegralNumber()).as(id.toString()).isTrue());
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
