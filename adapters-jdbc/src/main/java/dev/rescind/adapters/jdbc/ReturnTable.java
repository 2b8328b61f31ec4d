package dev.rescind.adapters.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.shared.Version;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** {@code rescind_returns}: listed by parcel status, kept in {@code status}. */
final class ReturnTable extends AggregateTable<Return> {

    private static final String INSERT = """
            INSERT INTO rescind_returns (tenant_id, id, version, status, created_at, updated_at, document)
            VALUES (?, ?, ?, ?, ?, ?, %s)""";

    private static final String UPDATE = """
            UPDATE rescind_returns SET version = ?, status = ?, updated_at = ?, document = %s
            WHERE tenant_id = ? AND id = ? AND version = ?""";

    private final String insert;
    private final String update;

    ReturnTable(Dialect dialect, DocumentCodec codec) {
        super(dialect, codec, Return.class, "rescind_returns", "tenant_id, id, version, status, document");
        this.insert = INSERT.formatted(dialect.json());
        this.update = UPDATE.formatted(dialect.json());
    }

    @Override
    void insert(Connection connection, Return aReturn, String document) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setString(1, aReturn.tenant().value());
            statement.setString(2, aReturn.id().value());
            statement.setLong(3, aReturn.version().value());
            statement.setString(4, aReturn.parcelStatus().name());
            dialect.bindInstant(statement, 5, aReturn.createdAt());
            dialect.bindInstant(statement, 6, aReturn.updatedAt());
            statement.setString(7, document);
            statement.executeUpdate();
        }
    }

    @Override
    String updateSql() {
        return update;
    }

    @Override
    void bindUpdate(PreparedStatement statement, Return aReturn, Version expected, String document)
            throws SQLException {
        statement.setLong(1, aReturn.version().value());
        statement.setString(2, aReturn.parcelStatus().name());
        dialect.bindInstant(statement, 3, aReturn.updatedAt());
        statement.setString(4, document);
        statement.setString(5, aReturn.tenant().value());
        statement.setString(6, aReturn.id().value());
        statement.setLong(7, expected.value());
    }

    @Override
    List<String> columnFields() {
        return List.of("tenant", "id", "version", "parcelStatus");
    }

    @Override
    void restoreColumns(ResultSet row, ObjectNode document) throws SQLException {
        document.put("parcelStatus", row.getString("status"));
    }
}
