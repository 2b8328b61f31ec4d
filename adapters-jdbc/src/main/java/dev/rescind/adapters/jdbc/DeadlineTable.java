package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.Deadline;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rescind_deadlines} (by default; see {@link JdbcTables}): the deadlines not yet decided, written by a
 * commit and claimed by deadline runners. A claim takes only deadlines due by the database's clock
 * ({@link Dialect#now()}), and locks what it takes ({@code SKIP LOCKED} where the database can, turns on the
 * relay's lock row on H2), so runners in any number of processes never hold one deadline at once. A decided
 * deadline leaves the table. Like the relay's, these statements serve every tenant.
 */
final class DeadlineTable {

    private static final String COLUMNS = "deadline_id, tenant_id, kind, aggregate_type, aggregate_id, subject, due_at";

    private static final String INSERT = """
            INSERT INTO {deadlines} (deadline_id, tenant_id, kind, aggregate_type, aggregate_id, subject, due_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    /** Deadlines due by the database's clock that no other runner's live lease holds, earliest first. */
    private static final String CLAIMABLE = """
            SELECT %1$s FROM {deadlines}
            WHERE due_at <= %2$s
              AND (lease_until IS NULL OR lease_until <= %2$s OR lease_owner = ?)
            ORDER BY due_at, sequence_no
            %3$s%4$s""";

    private static final String LEASE = """
            UPDATE {deadlines} SET lease_owner = ?, lease_until = %s WHERE deadline_id = ?""";

    private static final String DECIDED = """
            DELETE FROM {deadlines} WHERE deadline_id = ? AND lease_owner = ?""";

    private static final String RELEASE = """
            UPDATE {deadlines} SET lease_owner = NULL, lease_until = NULL
            WHERE deadline_id = ? AND lease_owner = ?""";

    private static final String PENDING = "SELECT COUNT(*) FROM {deadlines}";

    private final Dialect dialect;
    private final String insert;
    private final String claimDue;
    private final String lease;
    private final String decided;
    private final String release;
    private final String pending;
    private final String takeTurn;

    DeadlineTable(Dialect dialect, JdbcTables tables) {
        this.dialect = dialect;
        this.insert = tables.sql(INSERT, dialect);
        this.claimDue = tables.sql(CLAIMABLE, dialect).formatted(COLUMNS, dialect.now(), dialect.limit(),
                dialect.claimLock());
        this.lease = tables.sql(LEASE, dialect).formatted(dialect.nowPlusMillis());
        this.decided = tables.sql(DECIDED, dialect);
        this.release = tables.sql(RELEASE, dialect);
        this.pending = tables.sql(PENDING, dialect);
        this.takeTurn = tables.sql(OutboxStatements.TAKE_TURN, dialect);
    }

    /** Inserts a commit's deadlines, inside the commit's transaction. */
    void insert(Connection connection, List<Deadline> deadlines) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (Deadline deadline : deadlines) {
                statement.setString(1, deadline.deadlineId());
                statement.setString(2, deadline.tenant().value());
                statement.setString(3, deadline.kind().name());
                statement.setString(4, deadline.aggregateType().name());
                statement.setString(5, deadline.aggregateId());
                statement.setString(6, deadline.subject());
                dialect.bindInstant(statement, 7, deadline.dueAt());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Leases up to {@code limit} due deadlines no other runner holds, earliest first. Run in one transaction. */
    List<Deadline> claimDue(Connection connection, String runnerId, int limit, Duration leaseFor)
            throws SQLException {
        OutboxStatements.takeTurn(connection, dialect, takeTurn);
        List<Deadline> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(claimDue)) {
            statement.setString(1, runnerId);
            statement.setInt(2, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(read(rows));
                }
            }
        }
        if (found.isEmpty()) {
            return found;
        }
        try (PreparedStatement statement = connection.prepareStatement(lease)) {
            for (Deadline deadline : found) {
                statement.setString(1, runnerId);
                statement.setLong(2, leaseFor.toMillis());
                statement.setString(3, deadline.deadlineId());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        return found;
    }

    void decided(Connection connection, String runnerId, String deadlineId) throws SQLException {
        held(connection, decided, runnerId, deadlineId);
    }

    void release(Connection connection, String runnerId, String deadlineId) throws SQLException {
        held(connection, release, runnerId, deadlineId);
    }

    long pending(Connection connection) throws SQLException {
        return OutboxStatements.count(connection, pending);
    }

    private static void held(Connection connection, String sql, String runnerId, String deadlineId)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, deadlineId);
            statement.setString(2, runnerId);
            statement.executeUpdate();
        }
    }

    private Deadline read(ResultSet row) throws SQLException {
        return new Deadline(row.getString("deadline_id"), new TenantId(row.getString("tenant_id")),
                Deadline.Kind.valueOf(row.getString("kind")), AggregateType.valueOf(row.getString("aggregate_type")),
                row.getString("aggregate_id"), row.getString("subject"), dialect.instant(row, "due_at"));
    }
}
