package dev.rescind.adapters.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.domain.shared.Version;
import dev.rescind.domain.shipment.Shipment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** {@code rescind_shipments}: listed by status. */
final class ShipmentTable extends AggregateTable<Shipment> {

    private static final String INSERT = """
            INSERT INTO rescind_shipments (tenant_id, id, version, status, created_at, updated_at, document)
            VALUES (?, ?, ?, ?, ?, ?, %s)""";

    private static final String UPDATE = """
            UPDATE rescind_shipments SET version = ?, status = ?, updated_at = ?, document = %s
            WHERE tenant_id = ? AND id = ? AND version = ?""";

    private final String insert;
    private final String update;

    ShipmentTable(Dialect dialect, DocumentCodec codec) {
        super(dialect, codec, Shipment.class, "rescind_shipments", "tenant_id, id, version, status, document");
        this.insert = INSERT.formatted(dialect.json());
        this.update = UPDATE.formatted(dialect.json());
    }

    @Override
    void insert(Connection connection, Shipment shipment, String document) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setString(1, shipment.tenant().value());
            statement.setString(2, shipment.id().value());
            statement.setLong(3, shipment.version().value());
            statement.setString(4, shipment.status().name());
            dialect.bindInstant(statement, 5, shipment.insertedAt());
            dialect.bindInstant(statement, 6, shipment.updatedAt());
            statement.setString(7, document);
            statement.executeUpdate();
        }
    }

    @Override
    String updateSql() {
        return update;
    }

    @Override
    void bindUpdate(PreparedStatement statement, Shipment shipment, Version expected, String document)
            throws SQLException {
        statement.setLong(1, shipment.version().value());
        statement.setString(2, shipment.status().name());
        dialect.bindInstant(statement, 3, shipment.updatedAt());
        statement.setString(4, document);
        statement.setString(5, shipment.tenant().value());
        statement.setString(6, shipment.id().value());
        statement.setLong(7, expected.value());
    }

    @Override
    List<String> columnFields() {
        return List.of("tenant", "id", "version", "status");
    }

    @Override
    void restoreColumns(ResultSet row, ObjectNode document) throws SQLException {
        document.put("status", row.getString("status"));
    }
}
