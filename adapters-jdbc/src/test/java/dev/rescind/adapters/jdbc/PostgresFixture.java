package dev.rescind.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * PostgreSQL: the server at {@code RESCIND_TEST_POSTGRES_URL} when it is set (user and password in the URL,
 * or in {@code RESCIND_TEST_POSTGRES_USER} and {@code RESCIND_TEST_POSTGRES_PASSWORD}; user {@code postgres}
 * otherwise), else an embedded server started for this JVM. The tables live in a schema of this run's own,
 * dropped when the JVM ends.
 */
final class PostgresFixture extends DatabaseFixture {

    private static PostgresFixture shared;

    private final EmbeddedPostgres embedded;
    private final String url;
    private final Properties credentials;
    private final String schema = isolatedName();
    private final HikariDataSource dataSource;

    private PostgresFixture(EmbeddedPostgres embedded, String url, Properties credentials) {
        this.embedded = embedded;
        this.url = url;
        this.credentials = credentials;
        execute("CREATE SCHEMA " + schema);
        this.dataSource = pool(url, credentials.getProperty("user"), credentials.getProperty("password"),
                poolSize(), schema, null);
        migrate(dataSource, Dialect.POSTGRESQL, schema);
    }

    static synchronized PostgresFixture shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
            System.out.println("PostgreSQL tests run on " + shared.version() + " (schema " + shared.schema + ")");
        }
        return shared;
    }

    private static PostgresFixture start() {
        String url = env("RESCIND_TEST_POSTGRES_URL");
        Properties credentials = new Properties();
        if (url != null) {
            if (!url.contains("user=")) {
                credentials.setProperty("user", orElse(env("RESCIND_TEST_POSTGRES_USER"), "postgres"));
                credentials.setProperty("password", orElse(env("RESCIND_TEST_POSTGRES_PASSWORD"), ""));
            }
            return new PostgresFixture(null, url, credentials);
        }
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            credentials.setProperty("user", "postgres");
            credentials.setProperty("password", "");
            return new PostgresFixture(embedded, embedded.getJdbcUrl("postgres", "postgres"), credentials);
        } catch (IOException failure) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL", failure);
        }
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

    /** A connection outside the pool, as another client of the server. */
    Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, credentials);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema);
        }
        return connection;
    }

    Properties credentials() {
        return credentials;
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url, credentials);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException(sql + " failed", failure);
        }
    }

    @Override
    Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    HikariDataSource dataSource() {
        return dataSource;
    }

    @Override
    String jdbcUrl() {
        return url;
    }

    @Override
    String isolatedIn() {
        return schema;
    }

    @Override
    Address address() {
        return new Address(Dialect.POSTGRESQL, url, credentials.getProperty("user"),
                credentials.getProperty("password"), schema, null);
    }

    @Override
    HikariDataSource emptySchema(String name) {
        execute("CREATE SCHEMA " + name);
        return pool(url, credentials.getProperty("user"), credentials.getProperty("password"), 2, name, null);
    }

    @Override
    String flywaySchema(String name) {
        return name;
    }

    @Override
    void drop(String name) {
        execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }

    @Override
    public void close() {
        dataSource.close();
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
    }
}
