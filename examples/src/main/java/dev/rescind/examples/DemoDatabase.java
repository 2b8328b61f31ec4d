package dev.rescind.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.rescind.adapters.jdbc.Dialect;
import dev.rescind.adapters.jdbc.JdbcTables;
import dev.rescind.adapters.jdbc.JdbcRescindStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * The demo's database: an H2 file under the build directory by default, or any database a JDBC URL names.
 * The schema comes from Rescind's own migrations, applied by Flyway with a history table of their own.
 * On a database the user names, the demo works in a schema of its own (a database, on MariaDB), made afresh
 * on every run, so that it never touches the user's tables and any number of runs find the same start.
 */
final class DemoDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final String description;

    private DemoDatabase(HikariDataSource dataSource, Dialect dialect, String description) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.description = description;
    }

    /** A fresh H2 database file in {@code directory}: the demo's default, needing no server. */
    static DemoDatabase freshH2(Path directory) throws IOException, SQLException {
        if (Files.exists(directory)) {
            try (Stream<Path> old = Files.walk(directory)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(directory);
        Path file = directory.toAbsolutePath().resolve("rescind");
        return open("jdbc:h2:file:" + file, "an H2 database in " + file + ".mv.db");
    }

    /**
     * The database at {@code url}, working in {@code schema}, which is dropped and created again first; the
     * credentials go in the URL ({@code ?user=…&password=…}).
     */
    static DemoDatabase at(String url, String schema) throws SQLException {
        boolean mariaDb;
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            mariaDb = Dialect.of(connection) == Dialect.MARIADB;
            // Quoted, so that H2 keeps the lower-case name that HikariCP sets on each connection.
            String drop = mariaDb ? "DROP DATABASE IF EXISTS " + schema : "DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE";
            String create = mariaDb ? "CREATE DATABASE " + schema : "CREATE SCHEMA \"" + schema + "\"";
            statement.execute(drop);
            statement.execute(create);
        }
        String description = url.replaceAll("password=[^&;]*", "password=…") + ", " + (mariaDb ? "database " : "schema ")
                + schema;
        return open(url, description, config -> {
            if (mariaDb) {
                config.setCatalog(schema);
            } else {
                config.setSchema(schema);
            }
        });
    }

    private static DemoDatabase open(String url, String description) throws SQLException {
        return open(url, description, config -> {
        });
    }

    private static DemoDatabase open(String url, String description, Consumer<HikariConfig> placement)
            throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        placement.accept(config);
        config.setMaximumPoolSize(4);
        config.setPoolName("rescind-demo");
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Dialect dialect = Dialect.of(dataSource);
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(dialect.migrationLocation())
                    .table("rescind_schema_history")
                    .placeholders(JdbcTables.DEFAULT.flywayPlaceholders())
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            return new DemoDatabase(dataSource, dialect, description);
        } catch (RuntimeException | SQLException failure) {
            dataSource.close();
            throw failure;
        }
    }

    JdbcRescindStore store() {
        return JdbcRescindStore.of(dataSource, dialect);
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
