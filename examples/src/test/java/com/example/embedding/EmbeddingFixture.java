package com.example.embedding;

import dev.rescind.adapters.jdbc.Dialect;
import dev.rescind.adapters.jdbc.JdbcTables;
import dev.rescind.application.CommandContext;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentType;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** A host's database for the embedding examples: Rescind's tables beside the host's own orders. */
final class EmbeddingFixture {

    static final CommandContext SHOP = CommandContext.of(new TenantId("shop-1"), Actor.apiKey("storefront"));

    private EmbeddingFixture() {
    }

    static DataSource database() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations(Dialect.H2.migrationLocation())
                .table("rescind_schema_history").placeholders(JdbcTables.DEFAULT.flywayPlaceholders()).load()
                .migrate();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE shop_orders (order_number VARCHAR(40) PRIMARY KEY, state VARCHAR(20))");
            statement.execute("INSERT INTO shop_orders VALUES ('ORDER-1', 'open')");
        }
        return dataSource;
    }

    static NewShipment shipment(ShipmentId id) {
        return new NewShipment(id, new Reference("ORDER-1"), ShipmentType.DELIVERY, Instant.parse("2026-01-01T00:00:00Z"),
                Option.none(), Option.none(), Option.none(), Metadata.EMPTY);
    }

    static String orderState(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT state FROM shop_orders WHERE order_number = 'ORDER-1'")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
