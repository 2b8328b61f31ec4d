package dev.rescind.adapters.jdbc;

import static dev.rescind.adapters.jdbc.CommitFixture.commitOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shipment.Shipment;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A host's own prefix and schema: the migrations create every table under the prefix in that schema, and the
 * store finds them there while its connections default to another schema. The contracts run on such a store
 * too ({@code *CustomTables*ContractTest}).
 */
abstract class CustomTablesTest {

    abstract DatabaseFixture database();

    @Test
    void the_migrations_create_every_table_under_the_hosts_prefix_in_the_hosts_schema() throws SQLException {
        CustomTables custom = CustomTables.on(database());

        List<String> expected = new ArrayList<>(DatabaseFixture.TABLES.stream()
                .map(table -> CustomTables.PREFIX + table.substring(JdbcTables.DEFAULT_PREFIX.length())).toList());
        expected.add(CustomTables.PREFIX + "schema_history");
        if (!database().dialect().skipsLocked()) {
            expected.add(CustomTables.PREFIX + "relay_lock");
        }
        assertThat(tablesIn(custom, custom.tables().schema().get())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(tablesIn(custom, custom.home())).isEmpty();
    }

    @Test
    void the_store_finds_its_tables_in_the_hosts_schema_from_connections_that_default_to_another()
            throws SQLException {
        CustomTables custom = CustomTables.on(database());
        Decision<Shipment> creation = Shipment.create(FlowFixture.TENANT, FlowFixture.MERCHANT,
                FlowFixture.shipment("s-" + DatabaseFixture.isolatedName()), FlowFixture.START).get();

        assertThat(custom.store().unitOfWork().commit(commitOf(creation)).isRight()).isTrue();

        assertThat(custom.store().shipments().find(FlowFixture.TENANT, creation.aggregate().id()))
                .containsExactly(creation.aggregate());
        try (Connection connection = custom.dataSource().getConnection();
                var statement = connection.prepareStatement("SELECT COUNT(*) FROM "
                        + custom.tables().table("shipments", database().dialect()) + " WHERE id = ?")) {
            statement.setString(1, creation.aggregate().id().value());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(1);
            }
        }
    }

    /** The tables in {@code schema}, lower-cased; on MariaDB a schema is a catalog. */
    private List<String> tablesIn(CustomTables custom, String schema) throws SQLException {
        boolean catalogs = database().dialect() == Dialect.MARIADB;
        List<String> tables = new ArrayList<>();
        try (Connection connection = custom.dataSource().getConnection();
                ResultSet rows = connection.getMetaData().getTables(catalogs ? schema : null,
                        catalogs ? null : schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }
}
