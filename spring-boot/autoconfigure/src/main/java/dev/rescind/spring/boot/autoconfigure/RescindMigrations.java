package dev.rescind.spring.boot.autoconfigure;

import dev.rescind.adapters.jdbc.Dialect;
import dev.rescind.adapters.jdbc.JdbcTables;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Rescind's own migrations, run at start-up by a {@link Flyway} that is not a bean: a {@code Flyway} bean would
 * make Boot's Flyway auto-configuration back off, and the application's own {@code db/migration} would never
 * run. Rescind's scripts live outside Flyway's default location (ADR 0013) and keep their own history table.
 */
public final class RescindMigrations {

    private final Flyway flyway;

    /**
     * Migrations of Rescind's tables on {@code dataSource}.
     *
     * @param dataSource   the application's data source
     * @param dialect      its dialect, which picks the scripts
     * @param tables       the tables' schema and prefix
     * @param historyTable Flyway's history table for Rescind's scripts
     */
    public RescindMigrations(DataSource dataSource, Dialect dialect, JdbcTables tables, String historyTable) {
        var configuration = Flyway.configure()
                .dataSource(dataSource)
                .locations(dialect.migrationLocation())
                .placeholders(tables.flywayPlaceholders())
                .table(historyTable);
        tables.schema().forEach(schema -> configuration.schemas(schema));
        this.flyway = configuration
                // The schema may already hold the application's tables; Rescind's V1 still runs.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    /**
     * Migrates Rescind's tables to the newest version; the number of scripts it ran.
     *
     * @return the number of scripts run; 0 when the tables were up to date
     */
    public int migrate() {
        return flyway.migrate().migrationsExecuted;
    }
}
