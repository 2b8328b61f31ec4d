package dev.rescind.adapters.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.shared.Version;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** {@code rescind_fulfillment_orders} (by default; see {@link JdbcTables}): listed by Shopify's status; the request status is a column too. */
final class FulfillmentOrderTable extends AggregateTable<FulfillmentOrder> {

    private static final String INSERT = """
            INSERT INTO {fulfillment_orders}
                (tenant_id, id, version, status, request_status, created_at, updated_at, document)
            VALUES (?, ?, ?, ?, ?, ?, ?, %s)""";

    private static final String UPDATE = """
            UPDATE {fulfillment_orders}
            SET version = ?, status = ?, request_status = ?, updated_at = ?, document = %s
            WHERE tenant_id = ? AND id = ? AND version = ?""";

    private final String insert;
    private final String update;

    FulfillmentOrderTable(Dialect dialect, JdbcTables tables, DocumentCodec codec) {
        super(dialect, codec, FulfillmentOrder.class, tables.table("fulfillment_orders", dialect),
                "tenant_id, id, version, status, request_status, document");
        this.insert = tables.sql(INSERT, dialect).formatted(dialect.json());
        this.update = tables.sql(UPDATE, dialect).formatted(dialect.json());
    }

    @Override
    void insert(Connection connection, FulfillmentOrder order, String document) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setString(1, order.tenant().value());
            statement.setString(2, order.id().value());
            statement.setLong(3, order.version().value());
            statement.setString(4, order.state().status().name());
            statement.setString(5, order.state().requestStatus().name());
            dialect.bindInstant(statement, 6, order.createdAt());
            dialect.bindInstant(statement, 7, order.updatedAt());
            statement.setString(8, document);
            statement.executeUpdate();
        }
    }

    @Override
    String updateSql() {
        return update;
    }

    @Override
    void bindUpdate(PreparedStatement statement, FulfillmentOrder order, Version expected, String document)
            throws SQLException {
        statement.setLong(1, order.version().value());
        statement.setString(2, order.state().status().name());
        statement.setString(3, order.state().requestStatus().name());
        dialect.bindInstant(statement, 4, order.updatedAt());
        statement.setString(5, document);
        statement.setString(6, order.tenant().value());
        statement.setString(7, order.id().value());
        statement.setLong(8, expected.value());
    }

    @Override
    List<String> columnFields() {
        return List.of("tenant", "id", "version", "state");
    }

    @Override
    void restoreColumns(ResultSet row, ObjectNode document) throws SQLException {
        ObjectNode state = document.putObject("state");
        state.put("status", row.getString("status"));
        state.put("requestStatus", row.getString("request_status"));
    }
}
