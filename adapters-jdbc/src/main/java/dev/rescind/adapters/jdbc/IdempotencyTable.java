package dev.rescind.adapters.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.application.Applied;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.application.port.IdempotencyRecord;
import dev.rescind.domain.returns.ExchangeCancellationReport;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** {@code rescind_idempotency_records} (by default; see {@link JdbcTables}): one row per tenant and key, the first answer as a document. */
final class IdempotencyTable {

    private static final String INSERT = """
            INSERT INTO {idempotency_records} (tenant_id, idempotency_key, fingerprint, created_at, document)
            VALUES (?, ?, ?, ?, %s)""";

    private static final String FIND = """
            SELECT tenant_id, idempotency_key, fingerprint, document FROM {idempotency_records}
            WHERE tenant_id = ? AND idempotency_key = ?""";

    private static final String EXISTS = """
            SELECT 1 FROM {idempotency_records} WHERE tenant_id = ? AND idempotency_key = ?""";

    private static final String REPLACE_ANSWER = """
            UPDATE {idempotency_records} SET document = %s WHERE tenant_id = ? AND idempotency_key = ?""";

    private static final List<String> COLUMN_FIELDS = List.of("tenant", "key", "fingerprint");

    private final Dialect dialect;
    private final DocumentCodec codec;
    private final String table;
    private final String insert;
    private final String find;
    private final String exists;
    private final String replaceAnswer;
    private final String primaryKey;

    IdempotencyTable(Dialect dialect, JdbcTables tables, DocumentCodec codec) {
        this.dialect = dialect;
        this.codec = codec;
        this.table = tables.table("idempotency_records", dialect);
        this.insert = tables.sql(INSERT, dialect).formatted(dialect.json());
        this.find = tables.sql(FIND, dialect);
        this.exists = tables.sql(EXISTS, dialect);
        this.replaceAnswer = tables.sql(REPLACE_ANSWER, dialect).formatted(dialect.json());
        this.primaryKey = tables.index("idempotency_records_pk");
    }

    /** The insert of a record; its parameters are bound by {@link #bindInsert}. */
    String insertSql() {
        return insert;
    }

    /** The primary key, whose violation means the key is taken; its name shows in the violation. */
    String primaryKey() {
        return primaryKey;
    }

    /** Stores a record with its {@link #document}; a unique violation means the key is taken. */
    void insert(Connection connection, IdempotencyRecord record, String document) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            bindInsert(statement, 0, record, document);
            statement.executeUpdate();
        }
    }

    /** Binds {@link #insertSql()}'s parameters, the first at {@code offset + 1}. */
    void bindInsert(PreparedStatement statement, int offset, IdempotencyRecord record, String document)
            throws SQLException {
        statement.setString(offset + 1, record.tenant().value());
        statement.setString(offset + 2, record.key().value());
        statement.setString(offset + 3, record.fingerprint());
        dialect.bindInstant(statement, offset + 4, record.createdAt());
        statement.setString(offset + 5, document);
    }

    Option<IdempotencyRecord> find(Connection connection, TenantId tenant, IdempotencyKey key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(find)) {
            statement.setString(1, tenant.value());
            statement.setString(2, key.value());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Option.some(read(rows)) : Option.none();
            }
        }
    }

    boolean exists(Connection connection, TenantId tenant, IdempotencyKey key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(exists)) {
            statement.setString(1, tenant.value());
            statement.setString(2, key.value());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Replaces the answer of an existing record, keeping its key, fingerprint and creation time. */
    void replaceAnswer(Connection connection, TenantId tenant, IdempotencyKey key, Applied<?> answer)
            throws SQLException {
        Option<IdempotencyRecord> existing = find(connection, tenant, key);
        if (existing.isEmpty()) {
            return;
        }
        IdempotencyRecord completed = existing.get().withAnswer(answer);
        try (PreparedStatement statement = connection.prepareStatement(replaceAnswer)) {
            statement.setString(1, document(completed));
            statement.setString(2, tenant.value());
            statement.setString(3, key.value());
            statement.executeUpdate();
        }
    }

    /** The JSON document of {@code record}, with its answer, without the fields kept in columns. */
    String document(IdempotencyRecord record) {
        return codec.writeRecord(record, COLUMN_FIELDS);
    }

    private IdempotencyRecord read(ResultSet row) throws SQLException {
        ObjectNode document = codec.readObject(row.getString("document"), table);
        upgradeAnswer(document);
        document.put("tenant", row.getString("tenant_id"));
        document.put("key", row.getString("idempotency_key"));
        document.put("fingerprint", row.getString("fingerprint"));
        return codec.decodeRecord(document, IdempotencyRecord.class);
    }

    /**
     * A format-1 answer kept parcelLab's report, the only one there was, as {@code exchangeReport}; format 2
     * keeps any command's report as {@code report}, tagged with its record like every polymorphic value.
     */
    private static void upgradeAnswer(ObjectNode document) {
        if (document.get("answer") instanceof ObjectNode answer
                && answer.remove("exchangeReport") instanceof ObjectNode report) {
            report.put(DocumentCodec.TYPE_TAG, ExchangeCancellationReport.class.getSimpleName());
            answer.set("report", report);
        }
    }
}
