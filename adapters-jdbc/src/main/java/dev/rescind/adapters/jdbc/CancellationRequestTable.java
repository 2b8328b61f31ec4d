package dev.rescind.adapters.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Version;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rescind_cancellation_requests} (by default; see {@link JdbcTables}): listed by status and found by target. A unique index lets at most one
 * request per target be {@code REQUESTED}.
 */
final class CancellationRequestTable extends AggregateTable<CancellationRequest> {

    private static final String COLUMNS = "tenant_id, id, version, status, target_type, target_id, document";

    private static final String INSERT = """
            INSERT INTO {cancellation_requests}
                (tenant_id, id, version, status, target_type, target_id, requested_at, updated_at, document)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, %s)""";

    private static final String UPDATE = """
            UPDATE {cancellation_requests} SET version = ?, status = ?, updated_at = ?, document = %s
            WHERE tenant_id = ? AND id = ? AND version = ?""";

    private static final String FOR_TARGET = """
            SELECT %s FROM {cancellation_requests}
            WHERE tenant_id = ? AND target_type = ? AND target_id = ?
            ORDER BY sequence_no""".formatted(COLUMNS);

    private final String insert;
    private final String update;
    private final String forTarget;
    private final String openRequestIndex;

    CancellationRequestTable(Dialect dialect, JdbcTables tables, DocumentCodec codec) {
        super(dialect, codec, CancellationRequest.class, tables.table("cancellation_requests", dialect), COLUMNS);
        this.insert = tables.sql(INSERT, dialect).formatted(dialect.json());
        this.update = tables.sql(UPDATE, dialect).formatted(dialect.json());
        this.forTarget = tables.sql(FOR_TARGET, dialect);
        this.openRequestIndex = tables.index("cancellation_requests_open_uq");
    }

    /** The unique index that allows one open request per target; its name shows in the violation. */
    String openRequestIndex() {
        return openRequestIndex;
    }

    @Override
    void insert(Connection connection, CancellationRequest request, String document) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setString(1, request.tenant().value());
            statement.setString(2, request.id().value());
            statement.setLong(3, request.version().value());
            statement.setString(4, request.status().name());
            statement.setString(5, request.target().type().name());
            statement.setString(6, request.target().id());
            dialect.bindInstant(statement, 7, request.requestedAt());
            dialect.bindInstant(statement, 8, request.updatedAt());
            statement.setString(9, document);
            statement.executeUpdate();
        }
    }

    @Override
    String updateSql() {
        return update;
    }

    @Override
    void bindUpdate(PreparedStatement statement, CancellationRequest request, Version expected, String document)
            throws SQLException {
        statement.setLong(1, request.version().value());
        statement.setString(2, request.status().name());
        dialect.bindInstant(statement, 3, request.updatedAt());
        statement.setString(4, document);
        statement.setString(5, request.tenant().value());
        statement.setString(6, request.id().value());
        statement.setLong(7, expected.value());
    }

    /** Every request made for {@code target}, oldest first: in the order they were stored. */
    List<CancellationRequest> forTarget(Connection connection, TenantId tenant, CancellationTarget target)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(forTarget)) {
            statement.setString(1, tenant.value());
            statement.setString(2, target.type().name());
            statement.setString(3, target.id());
            List<CancellationRequest> requests = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    requests.add(read(rows));
                }
            }
            return requests;
        }
    }

    @Override
    List<String> columnFields() {
        return List.of("tenant", "id", "version", "status", "target");
    }

    @Override
    void restoreColumns(ResultSet row, ObjectNode document) throws SQLException {
        document.put("status", row.getString("status"));
        ObjectNode target = document.putObject("target");
        target.put("type", row.getString("target_type"));
        target.put("id", row.getString("target_id"));
    }
}
