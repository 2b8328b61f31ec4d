package dev.rescind.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * Rescind's tables under a prefix of the host's choosing, in a schema (on MariaDB: a database) other than the
 * connections' default, migrated exactly as docs/persistence.md tells a host to. The connections' own schema
 * stays empty, so a store that did not qualify its tables would find none. One per database kind and JVM,
 * dropped when the JVM ends.
 */
final class CustomTables {

    static final String PREFIX = "acme_rx_";

    private static final Map<Class<?>, CustomTables> SHARED = new HashMap<>();

    private final DatabaseFixture database;
    private final String home = DatabaseFixture.isolatedName();
    private final JdbcTables tables = JdbcTables.DEFAULT.withPrefix(PREFIX).inSchema(DatabaseFixture.isolatedName());
    private final HikariDataSource dataSource;
    private final JdbcRescindStore store;

    private CustomTables(DatabaseFixture database) {
        this.database = database;
        this.dataSource = database.emptySchema(home);
        Dialect dialect = database.dialect();
        Flyway.configure().dataSource(dataSource)
                .locations(dialect.migrationLocation())
                .schemas(tables.schema().get())
                .table(PREFIX + "schema_history")
                .placeholders(tables.flywayPlaceholders())
                .load().migrate();
        this.store = JdbcRescindStore.of(dataSource, dialect, tables);
    }

    static synchronized CustomTables on(DatabaseFixture database) {
        return SHARED.computeIfAbsent(database.getClass(), kind -> {
            CustomTables custom = new CustomTables(database);
            Runtime.getRuntime().addShutdownHook(new Thread(custom::drop));
            return custom;
        });
    }

    JdbcTables tables() {
        return tables;
    }

    /** The connections' default schema (or database), which holds none of Rescind's tables. */
    String home() {
        return home;
    }

    DatabaseFixture database() {
        return database;
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    JdbcRescindStore store() {
        return store;
    }

    JdbcRescindStore emptyStore() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : DatabaseFixture.TABLES) {
                String name = table.substring(JdbcTables.DEFAULT_PREFIX.length());
                statement.execute("DELETE FROM " + tables.table(name, database.dialect()));
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("could not empty the tables", failure);
        }
        return store;
    }

    private void drop() {
        dataSource.close();
        database.drop(tables.schema().get());
        database.drop(home);
    }
}
