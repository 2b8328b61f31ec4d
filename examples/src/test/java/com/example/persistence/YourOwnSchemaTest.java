package com.example.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.Rescind;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.ShipmentId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class YourOwnSchemaTest {

    private static List<String> tablesIn(JdbcDataSource dataSource, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection
                .prepareStatement("SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ?")) {
            statement.setString(1, schema);
            try (ResultSet tables = statement.executeQuery()) {
                while (tables.next()) {
                    names.add(tables.getString(1));
                }
            }
        }
        return names;
    }

    @Test
    void rescinds_tables_go_under_the_hosts_prefix_into_a_schema_of_their_own() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

        Rescind rescind = YourOwnSchema.rescindOn(dataSource);

        assertThat(rescind.shipments().get(new TenantId("shop-1"), new ShipmentId("none")).getLeft())
                .isInstanceOf(Rejection.NotFound.class);
        assertThat(tablesIn(dataSource, "rescind")).contains("acme_rx_schema_history", "acme_rx_shipments",
                "acme_rx_events", "acme_rx_idempotency_records").allMatch(table -> table.startsWith("acme_rx_"));
        assertThat(tablesIn(dataSource, "PUBLIC")).isEmpty();
    }
}
