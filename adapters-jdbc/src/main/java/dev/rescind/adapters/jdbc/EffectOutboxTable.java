package dev.rescind.adapters.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.application.port.EffectOutbox.Claimed;
import dev.rescind.application.port.EffectOutbox.DeadLetter;
import dev.rescind.application.port.EventLog.Failure;
import dev.rescind.application.port.PlannedEffect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rescind_effect_outbox} (by default; see {@link JdbcTables}): the planned effects not yet done,
 * written by a commit and worked off by effect runners. A done or discarded effect leaves the table; the
 * journal keeps what became of it. Every time is the database's ({@link Dialect#now()}); claims lock what they
 * take ({@code SKIP LOCKED} where the database can, turns on the relay's lock row on H2), so runners in any
 * number of processes never take one effect at once.
 * Like the relay's, these statements serve every tenant and touch only outbox bookkeeping.
 */
final class EffectOutboxTable {

    private static final String COLUMNS = "effect_id, tenant_id, aggregate_type, aggregate_id, version, effect, "
            + "document, attempts";

    private static final String INSERT = """
            INSERT INTO {effect_outbox}
                (effect_id, tenant_id, aggregate_type, aggregate_id, version, effect, document, lease_owner,
                 lease_until)
            VALUES (?, ?, ?, ?, ?, ?, %s, ?, %s)""";

    /** Live effects no other runner's live lease holds, matching {@code %3$s}, oldest first. */
    private static final String CLAIMABLE = """
            SELECT %1$s FROM {effect_outbox}
            WHERE dead_lettered_at IS NULL
              AND (lease_until IS NULL OR lease_until <= %2$s OR lease_owner = ?)
              AND %3$s
            ORDER BY sequence_no
            %4$s%5$s""";

    private static final String LEASE = """
            UPDATE {effect_outbox} SET lease_owner = ?, lease_until = %s WHERE effect_id = ?""";

    private static final String DONE = """
            DELETE FROM {effect_outbox} WHERE effect_id = ? AND lease_owner = ?""";

    private static final String RELEASE = """
            UPDATE {effect_outbox} SET lease_owner = NULL, lease_until = NULL
            WHERE effect_id = ? AND lease_owner = ?""";

    private static final String FAILED = """
            UPDATE {effect_outbox} SET attempts = attempts + 1, last_error = ?, next_attempt_at = %s,
                dead_lettered_at = %s, lease_owner = NULL, lease_until = NULL
            WHERE effect_id = ? AND lease_owner = ?""";

    private static final String RETRY_DEAD_LETTER = """
            UPDATE {effect_outbox} SET dead_lettered_at = NULL, attempts = 0, next_attempt_at = NULL
            WHERE effect_id = ? AND dead_lettered_at IS NOT NULL""";

    private static final String DISCARD_DEAD_LETTER = """
            DELETE FROM {effect_outbox} WHERE effect_id = ? AND dead_lettered_at IS NOT NULL""";

    private static final String DEAD_LETTERS = """
            SELECT %s, last_error, dead_lettered_at FROM {effect_outbox}
            WHERE dead_lettered_at IS NOT NULL
            ORDER BY sequence_no
            %s""";

    private static final String OUTSTANDING = "SELECT COUNT(*) FROM {effect_outbox}";

    private static final List<String> COLUMN_FIELDS =
            List.of("effectId", "tenant", "aggregateType", "aggregateId", "version", "effect");

    private final Dialect dialect;
    private final DocumentCodec codec;
    private final String insert;
    private final String claimOne;
    private final String claimDue;
    private final String lease;
    private final String retried;
    private final String deadLettered;
    private final String deadLetters;
    private final String table;
    private final String takeTurn;
    private final String done;
    private final String release;
    private final String retryDeadLetter;
    private final String discardDeadLetter;
    private final String outstanding;

    EffectOutboxTable(Dialect dialect, JdbcTables tables, DocumentCodec codec) {
        this.dialect = dialect;
        this.codec = codec;
        String now = dialect.now();
        this.table = tables.table("effect_outbox", dialect);
        this.takeTurn = tables.sql(OutboxStatements.TAKE_TURN, dialect);
        this.done = tables.sql(DONE, dialect);
        this.release = tables.sql(RELEASE, dialect);
        this.retryDeadLetter = tables.sql(RETRY_DEAD_LETTER, dialect);
        this.discardDeadLetter = tables.sql(DISCARD_DEAD_LETTER, dialect);
        this.outstanding = tables.sql(OUTSTANDING, dialect);
        this.insert = tables.sql(INSERT, dialect).formatted(dialect.json(), dialect.nowPlusMillis());
        this.claimOne = tables.sql(CLAIMABLE, dialect).formatted(COLUMNS, now, "effect_id = ?", "",
                dialect.claimLock());
        this.claimDue = tables.sql(CLAIMABLE, dialect).formatted(COLUMNS, now,
                "(next_attempt_at IS NULL OR next_attempt_at <= %s)".formatted(now), dialect.limit(),
                dialect.claimLock());
        this.lease = tables.sql(LEASE, dialect).formatted(dialect.nowPlusMillis());
        this.retried = tables.sql(FAILED, dialect).formatted(dialect.nowPlusMillis(), "NULL");
        this.deadLettered = tables.sql(FAILED, dialect).formatted("NULL", now);
        this.deadLetters = tables.sql(DEAD_LETTERS, dialect).formatted(COLUMNS, dialect.limit());
    }

    /** The JSON document of {@code effect}, without the fields kept in columns. */
    String document(PlannedEffect effect) {
        return codec.writeRecord(effect, COLUMN_FIELDS);
    }

    /** Inserts a commit's effects, leased to {@code heldBy} for {@code heldFor} from the database's now. */
    void insert(Connection connection, List<PlannedEffect> effects, List<String> documents, String heldBy,
            Duration heldFor) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (int index = 0; index < effects.size(); index++) {
                PlannedEffect effect = effects.get(index);
                statement.setString(1, effect.effectId());
                statement.setString(2, effect.tenant().value());
                statement.setString(3, effect.aggregateType().name());
                statement.setString(4, effect.aggregateId());
                statement.setLong(5, effect.version().value());
                statement.setString(6, effect.effect());
                statement.setString(7, documents.get(index));
                statement.setString(8, heldBy);
                statement.setLong(9, heldFor.toMillis());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Leases those of {@code effectIds} no other runner holds, due or not. Run in one transaction. */
    List<Claimed> claim(Connection connection, String runnerId, List<String> effectIds, Duration leaseFor)
            throws SQLException {
        OutboxStatements.takeTurn(connection, dialect, takeTurn);
        List<Claimed> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(claimOne)) {
            for (String effectId : effectIds) {
                statement.setString(1, runnerId);
                statement.setString(2, effectId);
                found.addAll(readAll(statement));
            }
        }
        return leased(connection, runnerId, found, leaseFor);
    }

    /** Leases up to {@code limit} due effects no other runner holds, oldest first. Run in one transaction. */
    List<Claimed> claimDue(Connection connection, String runnerId, int limit, Duration leaseFor)
            throws SQLException {
        OutboxStatements.takeTurn(connection, dialect, takeTurn);
        List<Claimed> found;
        try (PreparedStatement statement = connection.prepareStatement(claimDue)) {
            statement.setString(1, runnerId);
            statement.setInt(2, limit);
            found = readAll(statement);
        }
        return leased(connection, runnerId, found, leaseFor);
    }

    private List<Claimed> leased(Connection connection, String runnerId, List<Claimed> found, Duration leaseFor)
            throws SQLException {
        if (found.isEmpty()) {
            return found;
        }
        try (PreparedStatement statement = connection.prepareStatement(lease)) {
            for (Claimed claimed : found) {
                statement.setString(1, runnerId);
                statement.setLong(2, leaseFor.toMillis());
                statement.setString(3, claimed.effect().effectId());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        return found;
    }

    void succeeded(Connection connection, String runnerId, String effectId) throws SQLException {
        held(connection, done, runnerId, effectId);
    }

    void release(Connection connection, String runnerId, String effectId) throws SQLException {
        held(connection, release, runnerId, effectId);
    }

    private static void held(Connection connection, String sql, String runnerId, String effectId)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, effectId);
            statement.setString(2, runnerId);
            statement.executeUpdate();
        }
    }

    void recordFailure(Connection connection, String runnerId, String effectId, Failure failure)
            throws SQLException {
        OutboxStatements.recordFailure(connection, failure instanceof Failure.Retry ? retried : deadLettered,
                effectId, runnerId, failure);
    }

    /** Whether the dead letter {@code effectId} was made due again ({@code retry}) or discarded. */
    boolean settleDeadLetter(Connection connection, String effectId, boolean retry) throws SQLException {
        return OutboxStatements.changedOne(connection, retry ? retryDeadLetter : discardDeadLetter, effectId);
    }

    List<DeadLetter> deadLetters(Connection connection, int limit) throws SQLException {
        return OutboxStatements.deadLetters(connection, dialect, deadLetters, limit,
                (row, attempts, lastError, at) -> new DeadLetter(read(row), attempts, lastError, at));
    }

    long outstanding(Connection connection) throws SQLException {
        return OutboxStatements.count(connection, outstanding);
    }

    private List<Claimed> readAll(PreparedStatement statement) throws SQLException {
        List<Claimed> found = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.add(new Claimed(read(rows), rows.getInt("attempts")));
            }
        }
        return found;
    }

    /** The row mapper: the document with the effect's identity put back from the columns. */
    private PlannedEffect read(ResultSet row) throws SQLException {
        ObjectNode document = codec.readObject(row.getString("document"), table);
        document.put("effectId", row.getString("effect_id"));
        document.put("tenant", row.getString("tenant_id"));
        document.put("aggregateType", row.getString("aggregate_type"));
        document.put("aggregateId", row.getString("aggregate_id"));
        document.put("version", row.getLong("version"));
        document.put("effect", row.getString("effect"));
        return codec.decodeRecord(document, PlannedEffect.class);
    }
}
