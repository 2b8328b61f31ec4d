package dev.rescind.adapters.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.application.port.EffectRecord;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rescind_effect_records} (by default; see {@link JdbcTables}): the outcome of every best-effort effect, appended in order. {@code effect}
 * and {@code succeeded} are columns so that a host can find the failed ones with its own SQL.
 */
final class EffectTable {

    private static final String INSERT = """
            INSERT INTO {effect_records}
                (tenant_id, aggregate_type, aggregate_id, version, effect, succeeded, recorded_at, document)
            VALUES (?, ?, ?, ?, ?, ?, ?, %s)""";

    private static final String FOR_AGGREGATE = """
            SELECT tenant_id, aggregate_type, aggregate_id, version, document FROM {effect_records}
            WHERE tenant_id = ? AND aggregate_type = ? AND aggregate_id = ?
            ORDER BY sequence_no""";

    private static final List<String> COLUMN_FIELDS = List.of("tenant", "aggregateType", "aggregateId", "version");

    private final Dialect dialect;
    private final DocumentCodec codec;
    private final String table;
    private final String insert;
    private final String forAggregate;

    EffectTable(Dialect dialect, JdbcTables tables, DocumentCodec codec) {
        this.dialect = dialect;
        this.codec = codec;
        this.table = tables.table("effect_records", dialect);
        this.insert = tables.sql(INSERT, dialect).formatted(dialect.json());
        this.forAggregate = tables.sql(FOR_AGGREGATE, dialect);
    }

    void insert(Connection connection, EffectRecord record) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setString(1, record.tenant().value());
            statement.setString(2, record.aggregateType().name());
            statement.setString(3, record.aggregateId());
            statement.setLong(4, record.version().value());
            statement.setString(5, record.outcome().effect());
            statement.setBoolean(6, record.outcome().succeeded());
            dialect.bindInstant(statement, 7, record.recordedAt());
            statement.setString(8, codec.writeRecord(record, COLUMN_FIELDS));
            statement.executeUpdate();
        }
    }

    List<EffectRecord> forAggregate(Connection connection, TenantId tenant, AggregateType type, String aggregateId)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(forAggregate)) {
            statement.setString(1, tenant.value());
            statement.setString(2, type.name());
            statement.setString(3, aggregateId);
            List<EffectRecord> records = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    records.add(read(rows));
                }
            }
            return records;
        }
    }

    private EffectRecord read(ResultSet row) throws SQLException {
        ObjectNode document = codec.readObject(row.getString("document"), table);
        document.put("tenant", row.getString("tenant_id"));
        document.put("aggregateType", row.getString("aggregate_type"));
        document.put("aggregateId", row.getString("aggregate_id"));
        document.put("version", row.getLong("version"));
        return codec.decodeRecord(document, EffectRecord.class);
    }
}
