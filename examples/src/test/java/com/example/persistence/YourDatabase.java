package com.example.persistence;

import dev.rescind.adapters.jdbc.Dialect;
import dev.rescind.adapters.jdbc.JdbcRescindStore;
import dev.rescind.adapters.jdbc.JdbcTables;
import dev.rescind.application.Rescind;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Rescind's tables in the host's own database, migrated by a Flyway of their own. */
public final class YourDatabase {

    private YourDatabase() {
    }

    /** {@code dataSource} is the host's pool: HikariCP, the container's, any. */
    public static Rescind rescindOn(DataSource dataSource) throws SQLException {
        Dialect dialect = Dialect.of(dataSource);
        Flyway.configure()
                .dataSource(dataSource)
                .locations(dialect.migrationLocation())
                .table("rescind_schema_history")
                .placeholders(JdbcTables.DEFAULT.flywayPlaceholders())   // rescind_prefix=rescind_
                .baselineOnMigrate(true)      // the schema already holds the host's tables
                .baselineVersion("0")         // ... so start below Rescind's V1
                .load()
                .migrate();
        JdbcRescindStore store = JdbcRescindStore.of(dataSource, dialect);
        return Rescind.builder().store(store).build();
    }
}
