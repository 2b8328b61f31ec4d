package com.example.persistence;

import dev.rescind.adapters.jdbc.Dialect;
import dev.rescind.adapters.jdbc.JdbcRescindStore;
import dev.rescind.adapters.jdbc.JdbcTables;
import dev.rescind.application.Rescind;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Rescind's tables under a prefix of the host's choosing, in a schema of their own. */
public final class YourOwnSchema {

    private YourOwnSchema() {
    }

    /** {@code dataSource}'s connections may default to any schema; the store names its own in every statement. */
    public static Rescind rescindOn(DataSource dataSource) throws SQLException {
        Dialect dialect = Dialect.of(dataSource);
        JdbcTables tables = JdbcTables.DEFAULT.withPrefix("acme_rx_").inSchema("rescind");
        Flyway.configure()
                .dataSource(dataSource)
                .locations(dialect.migrationLocation())
                .schemas(tables.schema().get())                 // Flyway creates it and migrates inside it
                .table("acme_rx_schema_history")                // the history lives in that schema too
                .placeholders(tables.flywayPlaceholders())      // rescind_prefix=acme_rx_
                .load()
                .migrate();
        JdbcRescindStore store = JdbcRescindStore.of(dataSource, dialect, tables);
        return Rescind.builder().store(store).build();
    }
}
