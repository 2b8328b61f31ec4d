package com.example.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.Rescind;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shared.Rejection;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class YourDatabaseTest {

    private static List<String> tableNames(JdbcDataSource dataSource) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var tables = statement.executeQuery("SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES")) {
            while (tables.next()) {
                names.add(tables.getString(1));
            }
        }
        return names;
    }

    @Test
    void rescinds_tables_join_a_schema_that_already_has_the_hosts_tables_and_flyway_history() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE shop_orders (order_number VARCHAR(40) PRIMARY KEY)");
        }
        Flyway.configure().dataSource(dataSource).baselineOnMigrate(true).load().migrate();

        Rescind rescind = YourDatabase.rescindOn(dataSource);

        assertThat(rescind.shipments().get(new TenantId("shop-1"), new ShipmentId("none")).getLeft())
                .isInstanceOf(Rejection.NotFound.class);
        assertThat(tableNames(dataSource)).contains("shop_orders", "flyway_schema_history", "rescind_schema_history",
                "rescind_shipments", "rescind_events", "rescind_idempotency_records");
    }
}
