package dev.rescind.adapters.jdbc;

import static dev.rescind.adapters.jdbc.CommitFixture.commitOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shipment.Shipment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * Rescind's migrations beside a host's: applied by a Flyway of their own (own history table) into a schema
 * the host's Flyway already manages, or run by hand as plain SQL; either way they create only
 * {@code rescind_} tables.
 */
abstract class MigrationsTest {

    /** Every database's scripts, in version order. */
    private static final List<String> SCRIPTS = List.of("V1__rescind_schema.sql",
            "V2__relay_attempts_and_dead_letters.sql", "V3__effect_outbox.sql", "V4__deadlines.sql");

    abstract DatabaseFixture database();

    @Test
    void rescind_migrations_run_beside_the_hosts_own_flyway_history_and_touch_only_rescind_tables()
            throws SQLException {
        String name = DatabaseFixture.isolatedName();
        try (HikariDataSource dataSource = database().emptySchema(name)) {
            flyway(dataSource, name, "classpath:db/migration/host", "flyway_schema_history").load().migrate();

            MigrateResult rescind = flyway(dataSource, name, database().dialect().migrationLocation(),
                    "rescind_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
            MigrateResult again = flyway(dataSource, name, database().dialect().migrationLocation(),
                    "rescind_schema_history").load().migrate();

            assertThat(rescind.migrationsExecuted).isEqualTo(SCRIPTS.size());
            assertThat(again.migrationsExecuted).isZero();
            List<String> tables = tables(dataSource);
            assertThat(tables).contains("orders", "shipments", "flyway_schema_history", "rescind_schema_history");
            assertThat(tables).filteredOn(table -> !List.of("orders", "shipments", "flyway_schema_history")
                    .contains(table)).allMatch(table -> table.startsWith("rescind_"))
                    .containsAll(DatabaseFixture.TABLES);
            assertThat(flyway(dataSource, name, "classpath:db/migration/host", "flyway_schema_history").load()
                    .info().applied()).hasSize(2);
        } finally {
            database().drop(name);
        }
    }

    @Test
    void the_migration_scripts_run_without_flyway_as_plain_sql() throws SQLException, IOException {
        String name = DatabaseFixture.isolatedName();
        try (HikariDataSource dataSource = database().emptySchema(name)) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                for (String script : SCRIPTS) {
                    for (String sql : statements(database().dialect().migrationPath() + "/" + script)) {
                        statement.execute(sql);
                    }
                }
            }
            JdbcRescindStore store = JdbcRescindStore.of(dataSource);
            Decision<Shipment> creation = Shipment.create(FlowFixture.TENANT, FlowFixture.MERCHANT,
                    FlowFixture.shipment("s-1"), FlowFixture.START).get();

            assertThat(store.unitOfWork().commit(commitOf(creation)).isRight()).isTrue();
            assertThat(store.shipments().find(FlowFixture.TENANT, creation.aggregate().id()))
                    .containsExactly(creation.aggregate());
            assertThat(tables(dataSource)).containsExactlyInAnyOrderElementsOf(expectedTables());
        } finally {
            database().drop(name);
        }
    }

    /** The tables the migrations create: the seven everyone has, and H2's lock row for the relay. */
    private List<String> expectedTables() {
        List<String> expected = new ArrayList<>(DatabaseFixture.TABLES);
        if (!database().dialect().skipsLocked()) {
            expected.add("rescind_relay_lock");
        }
        return expected;
    }

    private FluentConfiguration flyway(HikariDataSource dataSource, String name, String location, String table) {
        FluentConfiguration configuration = Flyway.configure().dataSource(dataSource).locations(location).table(table)
                .placeholders(JdbcTables.DEFAULT.flywayPlaceholders());
        String schema = database().flywaySchema(name);
        return schema == null ? configuration : configuration.schemas(schema);
    }

    /** The statements of a migration script with the default prefix: comment lines dropped, split at semicolons. */
    private static List<String> statements(String resource) throws IOException {
        try (InputStream script = MigrationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            String text = JdbcTables.DEFAULT.fillPlaceholders(new String(script.readAllBytes(), StandardCharsets.UTF_8));
            String code = text.lines().filter(line -> !line.strip().startsWith("--"))
                    .collect(Collectors.joining("\n"));
            return Arrays.stream(code.split(";")).map(String::strip).filter(sql -> !sql.isEmpty()).toList();
        }
    }

    private static List<String> tables(HikariDataSource dataSource) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                        "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }
}
