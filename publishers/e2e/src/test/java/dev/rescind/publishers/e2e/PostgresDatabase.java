package dev.rescind.publishers.e2e;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.rescind.adapters.jdbc.Dialect;
import dev.rescind.adapters.jdbc.JdbcTables;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * The PostgreSQL the processes share: the server at {@code RESCIND_TEST_POSTGRES_URL} (user and password in the
 * URL), else an embedded server started for this JVM, as the JDBC adapter's tests do. Each scenario gets a
 * schema of its own, migrated with Flyway and dropped when the JVM ends.
 */
final class PostgresDatabase {

    private static EmbeddedPostgres embedded;

    final String url;
    final String schema;

    private PostgresDatabase(String url, String schema) {
        this.url = url;
        this.schema = schema;
    }

    /** A new, migrated schema. */
    static synchronized PostgresDatabase freshSchema() {
        String url = System.getenv("RESCIND_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            url = embeddedUrl();
        }
        String schema = "rescind_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PostgresDatabase database = new PostgresDatabase(url, schema);
        database.execute("CREATE SCHEMA " + schema);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> database.execute("DROP SCHEMA IF EXISTS " + schema
                + " CASCADE")));
        try (HikariDataSource pool = pool(url, schema, 2)) {
            Flyway.configure().dataSource(pool).locations(Dialect.POSTGRESQL.migrationLocation())
                    .placeholders(JdbcTables.DEFAULT.flywayPlaceholders()).table("rescind_schema_history").schemas(schema)
                    .load().migrate();
        }
        return database;
    }

    static HikariDataSource pool(String url, String schema, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setSchema(schema);
        return new HikariDataSource(config);
    }

    HikariDataSource pool(int size) {
        return pool(url, schema, size);
    }

    private static String embeddedUrl() {
        if (embedded == null) {
            try {
                Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException failure) {
                throw new UncheckedIOException("could not start an embedded PostgreSQL", failure);
            }
        }
        return embedded.getJdbcUrl("postgres", "postgres") + "&password=";
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException(sql + " failed", failure);
        }
    }
}
