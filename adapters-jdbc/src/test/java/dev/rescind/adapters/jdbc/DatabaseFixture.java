package dev.rescind.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * One database for the tests of this JVM, migrated with Flyway into a schema (or database) of its own that
 * is dropped when the JVM ends, because other builds share the servers. {@link #emptyStore()} empties the
 * tables between tests.
 */
abstract class DatabaseFixture implements AutoCloseable {

    static final List<String> TABLES = List.of("rescind_shipments", "rescind_returns",
            "rescind_fulfillment_orders", "rescind_cancellation_requests", "rescind_events",
            "rescind_idempotency_records", "rescind_effect_records", "rescind_effect_outbox", "rescind_deadlines");

    /** Names a schema or database no other run uses. */
    static String isolatedName() {
        return "rescind_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    abstract Dialect dialect();

    /** The pool the tests use; at most {@link #poolSize()} connections. */
    abstract HikariDataSource dataSource();

    /** The JDBC URL and the schema or database the tables are in, for another process to reach them. */
    abstract String jdbcUrl();

    abstract String isolatedIn();

    /** How a JVM of its own reaches this fixture's tables. */
    abstract Address address();

    /**
     * The dialect, URL, user and password, and the schema or catalog the tables are in: what a child JVM needs
     * to open a pool on this fixture's tables, passed to it as program arguments.
     */
    record Address(Dialect dialect, String url, String user, String password, String schema, String catalog) {

        static final int ARGUMENTS = 6;

        /** Six arguments; an absent value is an empty one. */
        List<String> arguments() {
            return List.of(dialect.name(), url, orEmpty(user), orEmpty(password), orEmpty(schema), orEmpty(catalog));
        }

        /** The address {@link #arguments()} wrote, from {@code arguments[from]} on. */
        static Address of(String[] arguments, int from) {
            Dialect dialect = Dialect.BUILT_IN.stream().filter(each -> each.name().equals(arguments[from]))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("no dialect " + arguments[from]));
            return new Address(dialect, arguments[from + 1], orNull(arguments[from + 2]), orNull(arguments[from + 3]),
                    orNull(arguments[from + 4]), orNull(arguments[from + 5]));
        }

        HikariDataSource pool(int size) {
            return DatabaseFixture.pool(url, user, password, size, schema, catalog);
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }

        private static String orNull(String value) {
            return value.isEmpty() ? null : value;
        }
    }

    /** Closes the pool and drops what the fixture created. */
    @Override
    public abstract void close();

    int poolSize() {
        return 16;
    }

    /**
     * A small pool on a new, empty schema (or database) named {@code name}, beside this fixture's; Flyway's
     * schema name for it, or {@code null} where the database has only the one. Dropped by {@link #drop}.
     */
    abstract HikariDataSource emptySchema(String name);

    abstract String flywaySchema(String name);

    abstract void drop(String name);

    /** What {@code select version()} answers. */
    String version() {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(versionQuery())) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    String versionQuery() {
        return "SELECT version()";
    }

    private JdbcRescindStore store;

    /** The store over this database's pool that tests share; they keep apart by tenant. */
    synchronized JdbcRescindStore store() {
        if (store == null) {
            store = JdbcRescindStore.of(dataSource(), dialect());
        }
        return store;
    }

    /** The shared store, with every Rescind table emptied. */
    JdbcRescindStore emptyStore() {
        clean();
        return store();
    }

    void clean() {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("DELETE FROM " + table);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("could not empty the tables", failure);
        }
    }

    /** Runs one SQL statement and answers the first column of the first row (a count, a value). */
    Object queryValue(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
                var statement = connection.prepareStatement(sql)) {
            for (int index = 0; index < parameters.length; index++) {
                statement.setObject(index + 1, parameters[index]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getObject(1) : null;
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    static HikariDataSource pool(String url, String user, String password, int size, String schema,
            String catalog) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setSchema(schema);
        config.setCatalog(catalog);
        config.setPoolName("rescind-test-" + (schema != null ? schema : catalog));
        return new HikariDataSource(config);
    }

    static void migrate(DataSource dataSource, Dialect dialect, String schema) {
        var configuration = Flyway.configure().dataSource(dataSource).locations(dialect.migrationLocation())
                .table("rescind_schema_history").placeholders(JdbcTables.DEFAULT.flywayPlaceholders());
        if (schema != null) {
            configuration.schemas(schema);
        }
        configuration.load().migrate();
    }

    /** An environment variable, or {@code null} when it is unset or blank. */
    static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** Skips the caller's tests, visibly, unless the build demands every database. */
    static void missing(String database, String variable) {
        String message = database + " tests skipped: " + variable + " is not set";
        if ("true".equalsIgnoreCase(env("RESCIND_TEST_REQUIRE_DATABASES"))) {
            Assertions.fail(message + " (RESCIND_TEST_REQUIRE_DATABASES=true makes a missing database a failure)");
        }
        System.err.println("SKIPPED " + message);
        Assumptions.abort(message);
    }
}
