package dev.rescind.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.rescind.adapters.jdbc.Dialect;
import dev.rescind.adapters.jdbc.JdbcTables;
import dev.rescind.adapters.jdbc.JdbcRescindStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * The demo's database: an H2 file under the build directory by default, or any database a JDBC URL names.
 * The schema comes from Rescind's own migrations, applied by Flyway with a history table of their own.
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

    /** The database at {@code url}; its credentials go in the URL ({@code ?user=…&password=…}). */
    static DemoDatabase at(String url) throws SQLException {
        return open(url, url.replaceAll("password=[^&;]*", "password=…"));
    }

    private static DemoDatabase open(String url, String description) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
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
