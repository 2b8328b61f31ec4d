package dev.rescind.adapters.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.Version;
import dev.rescind.domain.shipment.Shipment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * A table whose one queried field is a status, kept in its {@code status} column: {@code rescind_shipments},
 * listed by status, and {@code rescind_returns}, listed by parcel status (by default; see {@link JdbcTables}).
 */
final class StatusTable<A extends Aggregate> extends AggregateTable<A> {

    private static final String INSERT = """
            INSERT INTO %s (tenant_id, id, version, status, created_at, updated_at, document)
            VALUES (?, ?, ?, ?, ?, ?, %s)""";

    private static final String UPDATE = """
            UPDATE %s SET version = ?, status = ?, updated_at = ?, document = %s
            WHERE tenant_id = ? AND id = ? AND version = ?""";

    private final String insert;
    private final String update;
    private final String statusField;
    private final Function<A, String> status;
    private final Function<A, Instant> createdAt;

    private StatusTable(Dialect dialect, DocumentCodec codec, Class<A> type, String table, String statusField,
            Function<A, String> status, Function<A, Instant> createdAt) {
        super(dialect, codec, type, table, "tenant_id, id, version, status, document");
        this.insert = INSERT.formatted(table, dialect.json());
        this.update = UPDATE.formatted(table, dialect.json());
        this.statusField = statusField;
        this.status = status;
        this.createdAt = createdAt;
    }

    static StatusTable<Shipment> shipments(Dialect dialect, JdbcTables tables, DocumentCodec codec) {
        return new StatusTable<>(dialect, codec, Shipment.class, tables.table("shipments", dialect), "status",
                shipment -> shipment.status().name(), Shipment::insertedAt);
    }

    static StatusTable<Return> returns(Dialect dialect, JdbcTables tables, DocumentCodec codec) {
        return new StatusTable<>(dialect, codec, Return.class, tables.table("returns", dialect), "parcelStatus",
                aReturn -> aReturn.parcelStatus().name(), Return::createdAt);
    }

    @Override
    void insert(Connection connection, A aggregate, String document) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setString(1, aggregate.tenant().value());
            statement.setString(2, aggregate.id().value());
            statement.setLong(3, aggregate.version().value());
            statement.setString(4, status.apply(aggregate));
            dialect.bindInstant(statement, 5, createdAt.apply(aggregate));
            dialect.bindInstant(statement, 6, aggregate.updatedAt());
            statement.setString(7, document);
            statement.executeUpdate();
        }
    }

    @Override
    String updateSql() {
        return update;
    }

    @Override
    void bindUpdate(PreparedStatement statement, A aggregate, Version expected, String document)
            throws SQLException {
        statement.setLong(1, aggregate.version().value());
        statement.setString(2, status.apply(aggregate));
        dialect.bindInstant(statement, 3, aggregate.updatedAt());
        statement.setString(4, document);
        statement.setString(5, aggregate.tenant().value());
        statement.setString(6, aggregate.id().value());
        statement.setLong(7, expected.value());
    }

    @Override
    List<String> columnFields() {
        return List.of("tenant", "id", "version", statusField);
    }

    @Override
    void restoreColumns(ResultSet row, ObjectNode document) throws SQLException {
        document.put(statusField, row.getString("status"));
    }
}
