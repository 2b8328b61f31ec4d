package dev.rescind.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * MariaDB: the server at {@code RESCIND_TEST_MARIADB_URL} (user and password in the URL, or in
 * {@code RESCIND_TEST_MARIADB_USER} and {@code RESCIND_TEST_MARIADB_PASSWORD}; user {@code root} otherwise).
 * Without it the MariaDB tests are skipped, visibly, or fail when {@code RESCIND_TEST_REQUIRE_DATABASES=true}.
 * The tables live in a database of this run's own, dropped when the JVM ends.
 */
final class MariaDbFixture extends DatabaseFixture {

    private static MariaDbFixture shared;

    private final String url;
    private final Properties credentials;
    private final String database = isolatedName();
    private final HikariDataSource dataSource;

    private MariaDbFixture(String url, Properties credentials) {
        this.url = url;
        this.credentials = credentials;
        execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        this.dataSource = pool(url, credentials.getProperty("user"), credentials.getProperty("password"),
                poolSize(), null, database);
        migrate(dataSource, Dialect.MARIADB, database);
    }

    /** The shared fixture; skips (or fails) the caller when no MariaDB server is configured. */
    static synchronized MariaDbFixture shared() {
        if (shared == null) {
            String url = env("RESCIND_TEST_MARIADB_URL");
            if (url == null) {
                missing("MariaDB", "RESCIND_TEST_MARIADB_URL");
            }
            Properties credentials = new Properties();
            if (!url.contains("user=")) {
                String user = env("RESCIND_TEST_MARIADB_USER");
                String password = env("RESCIND_TEST_MARIADB_PASSWORD");
                credentials.setProperty("user", user != null ? user : "root");
                credentials.setProperty("password", password != null ? password : "");
            }
            shared = new MariaDbFixture(url, credentials);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
            System.out.println("MariaDB tests run on " + shared.version() + " (database " + shared.database + ")");
        }
        return shared;
    }

    /** A connection outside the pool, as another client of the server. */
    Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, credentials);
        connection.setCatalog(database);
        return connection;
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
        return Dialect.MARIADB;
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
        return database;
    }

    @Override
    Address address() {
        return new Address(Dialect.MARIADB, url, credentials.getProperty("user"),
                credentials.getProperty("password"), null, database);
    }

    @Override
    HikariDataSource emptySchema(String name) {
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        return pool(url, credentials.getProperty("user"), credentials.getProperty("password"), 2, null, name);
    }

    @Override
    String flywaySchema(String name) {
        return name;
    }

    @Override
    void drop(String name) {
        execute("DROP DATABASE IF EXISTS " + name);
    }

    @Override
    public void close() {
        dataSource.close();
        execute("DROP DATABASE IF EXISTS " + database);
    }
}
