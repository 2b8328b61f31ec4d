package dev.rescind.adapters.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.port.EventLog.Backlog;
import dev.rescind.application.port.EventLog.Claimed;
import dev.rescind.application.port.EventLog.DeadLetter;
import dev.rescind.application.port.EventLog.Failure;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code rescind_events} (by default; see {@link JdbcTables}): the event log and the outbox in one table. The
 * columns are the envelope's identity and the relay's bookkeeping; the document holds the event and the rest
 * of its envelope.
 *
 * <p>The relay's statements are the only ones not scoped by tenant: one relay serves every tenant, and they
 * read and write only outbox bookkeeping.
 */
final class EventTable {

    private static final String COLUMNS =
            "event_id, tenant_id, aggregate_type, aggregate_id, version, event_type, document";

    private static final String INSERT = """
            INSERT INTO {events}
                (event_id, tenant_id, aggregate_type, aggregate_id, version, event_type, occurred_at, document)
            VALUES (?, ?, ?, ?, ?, ?, ?, %s)""";

    private static final String HISTORY = """
            SELECT %s FROM {events}
            WHERE tenant_id = ? AND aggregate_type = ? AND aggregate_id = ?
            ORDER BY version""".formatted(COLUMNS);

    /**
     * Due, unpublished, live events that no other relay holds a live lease on, and whose aggregate has no earlier
     * unpublished event that cannot be claimed now (another relay's live lease, a due time still to come, a dead
     * letter), oldest first, with the first unpublished version of their aggregate. Every time is the
     * database's ({@link Dialect#now()}). Where the database can, events that a concurrent claim has locked are
     * skipped rather than waited for.
     */
    private static final String CANDIDATES = """
            SELECT e.sequence_no, e.event_id, e.tenant_id, e.aggregate_type, e.aggregate_id, e.version,
                   e.event_type, e.document, e.attempts,
                   (SELECT MIN(f.version) FROM {events} f
                    WHERE f.tenant_id = e.tenant_id AND f.aggregate_type = e.aggregate_type
                      AND f.aggregate_id = e.aggregate_id AND f.published_at IS NULL) AS first_unpublished
            FROM {events} e
            WHERE e.published_at IS NULL AND e.dead_lettered_at IS NULL
              AND (e.next_attempt_at IS NULL OR e.next_attempt_at <= %1$s)
              AND (e.lease_until IS NULL OR e.lease_until <= %1$s OR e.lease_owner = ?)
              AND NOT EXISTS (
                  SELECT 1 FROM {events} b
                  WHERE b.tenant_id = e.tenant_id AND b.aggregate_type = e.aggregate_type
                    AND b.aggregate_id = e.aggregate_id AND b.version < e.version AND b.published_at IS NULL
                    AND (b.dead_lettered_at IS NOT NULL OR b.next_attempt_at > %1$s
                         OR (b.lease_until > %1$s AND b.lease_owner <> ?)))
            ORDER BY e.sequence_no
            %2$s%3$s""";

    private static final String LEASE = """
            UPDATE {events} SET lease_owner = ?, lease_until = %s WHERE sequence_no = ?""";

    private static final String MARK_PUBLISHED = """
            UPDATE {events} SET published_at = %s, lease_owner = NULL, lease_until = NULL,
                next_attempt_at = NULL
            WHERE event_id = ? AND published_at IS NULL""";

    private static final String RELEASE = """
            UPDATE {events} SET lease_owner = NULL, lease_until = NULL
            WHERE event_id = ? AND lease_owner = ? AND published_at IS NULL""";

    /** A failed attempt of the lease holder: due again later ({@code next_attempt_at}) or dead-lettered. */
    private static final String FAILED = """
            UPDATE {events} SET attempts = attempts + 1, last_error = ?, next_attempt_at = %s,
                dead_lettered_at = %s, lease_owner = NULL, lease_until = NULL
            WHERE event_id = ? AND lease_owner = ? AND published_at IS NULL""";

    private static final String RETRY_DEAD_LETTER = """
            UPDATE {events} SET dead_lettered_at = NULL, attempts = 0, next_attempt_at = NULL
            WHERE event_id = ? AND dead_lettered_at IS NOT NULL AND published_at IS NULL""";

    /** A discarded event leaves the outbox as if published, and says it was discarded. */
    private static final String DISCARD_DEAD_LETTER = """
            UPDATE {events} SET published_at = %1$s, discarded_at = %1$s
            WHERE event_id = ? AND dead_lettered_at IS NOT NULL AND published_at IS NULL""";

    private static final String DEAD_LETTERS = """
            SELECT %s, attempts, last_error, dead_lettered_at FROM {events}
            WHERE dead_lettered_at IS NOT NULL AND published_at IS NULL
            ORDER BY sequence_no
            %s""";

    private static final String UNPUBLISHED = """
            SELECT COUNT(*) FROM {events} WHERE published_at IS NULL""";

    private static final String BACKLOG = """
            SELECT COUNT(*) AS unpublished,
                   COALESCE(SUM(CASE WHEN dead_lettered_at IS NULL THEN 0 ELSE 1 END), 0) AS dead_lettered,
                   MIN(committed_at) AS oldest, %s AS now
            FROM {events} WHERE published_at IS NULL""";

    private static final String EXPIRED = """
            SELECT sequence_no FROM {events} WHERE published_at < %s
            ORDER BY published_at, sequence_no
            %s""";

    private static final String DELETE = """
            DELETE FROM {events} WHERE sequence_no = ? AND published_at IS NOT NULL""";

    private static final List<String> COLUMN_FIELDS =
            List.of("eventId", "tenant", "aggregateType", "aggregateId", "version", "eventType");

    private final Dialect dialect;
    private final DocumentCodec codec;
    private final String table;
    private final String insert;
    private final String history;
    private final String takeTurn;
    private final String release;
    private final String retryDeadLetter;
    private final String unpublished;
    private final String delete;
    private final String candidates;
    private final String lease;
    private final String markPublished;
    private final String retried;
    private final String deadLettered;
    private final String discard;
    private final String deadLetters;
    private final String backlog;
    private final String expired;

    EventTable(Dialect dialect, JdbcTables tables, DocumentCodec codec) {
        this.dialect = dialect;
        this.codec = codec;
        String now = dialect.now();
        this.insert = tables.sql(INSERT, dialect).formatted(dialect.json());
        this.candidates = tables.sql(CANDIDATES, dialect).formatted(now, dialect.limit(), dialect.claimLock());
        this.lease = tables.sql(LEASE, dialect).formatted(dialect.nowPlusMillis());
        this.markPublished = tables.sql(MARK_PUBLISHED, dialect).formatted(now);
        this.retried = tables.sql(FAILED, dialect).formatted(dialect.nowPlusMillis(), "NULL");
        this.deadLettered = tables.sql(FAILED, dialect).formatted("NULL", now);
        this.discard = tables.sql(DISCARD_DEAD_LETTER, dialect).formatted(now);
        this.deadLetters = tables.sql(DEAD_LETTERS, dialect).formatted(COLUMNS, dialect.limit());
        this.backlog = tables.sql(BACKLOG, dialect).formatted(now);
        this.expired = tables.sql(EXPIRED, dialect).formatted(dialect.nowPlusMillis(), dialect.limit());
        this.table = tables.table("events", dialect);
        this.history = tables.sql(HISTORY, dialect);
        this.takeTurn = tables.sql(OutboxStatements.TAKE_TURN, dialect);
        this.release = tables.sql(RELEASE, dialect);
        this.retryDeadLetter = tables.sql(RETRY_DEAD_LETTER, dialect);
        this.unpublished = tables.sql(UNPUBLISHED, dialect);
        this.delete = tables.sql(DELETE, dialect);
    }

    /**
     * Appends events with their {@link #document}s, in the same order; a unique violation means a version or an
     * event id is taken.
     */
    void append(Connection connection, List<EventEnvelope> events, List<String> documents) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            if (events.size() == 1) {
                bind(statement, 0, events.get(0), documents.get(0));
                statement.executeUpdate();
                return;
            }
            for (int index = 0; index < events.size(); index++) {
                bind(statement, 0, events.get(index), documents.get(index));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** The JSON document of {@code event}, without the envelope's fields kept in columns. */
    String document(EventEnvelope event) {
        return codec.writeRecord(event, COLUMN_FIELDS);
    }

    /** The insert of one event; its parameters are bound by {@link #bind}. */
    String insertSql() {
        return insert;
    }

    /** Binds {@link #insertSql()}'s parameters, the first at {@code offset + 1}. */
    void bind(PreparedStatement statement, int offset, EventEnvelope event, String document) throws SQLException {
        statement.setString(offset + 1, event.eventId());
        statement.setString(offset + 2, event.tenant().value());
        statement.setString(offset + 3, event.aggregateType().name());
        statement.setString(offset + 4, event.aggregateId());
        statement.setLong(offset + 5, event.version().value());
        statement.setString(offset + 6, event.eventType());
        dialect.bindInstant(statement, offset + 7, event.occurredAt());
        statement.setString(offset + 8, document);
    }

    /** How many parameters {@link #insertSql()} has. */
    static final int INSERT_PARAMETERS = 8;

    List<EventEnvelope> history(Connection connection, TenantId tenant, AggregateType type, String aggregateId)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(history)) {
            statement.setString(1, tenant.value());
            statement.setString(2, type.name());
            statement.setString(3, aggregateId);
            List<EventEnvelope> events = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(read(rows));
                }
            }
            return events;
        }
    }

    /**
     * Leases a prefix of each aggregate's due, unpublished events to {@code relayId} for {@code lease} by the
     * database's clock. Run in one transaction: the candidates stay locked (or, on H2, the lock row is held)
     * until the leases are committed.
     */
    List<Claimed> claim(Connection connection, String relayId, int limit, Duration leaseFor) throws SQLException {
        OutboxStatements.takeTurn(connection, dialect, takeTurn);
        Map<AggregateKey, List<Candidate>> byAggregate = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(candidates)) {
            statement.setString(1, relayId);
            statement.setString(2, relayId);
            statement.setInt(3, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Candidate candidate = new Candidate(rows.getLong("sequence_no"), rows.getLong("version"),
                            rows.getLong("first_unpublished"), new Claimed(read(rows), rows.getInt("attempts")));
                    byAggregate.computeIfAbsent(candidate.aggregate(), key -> new ArrayList<>()).add(candidate);
                }
            }
        }
        List<Candidate> taken = new ArrayList<>();
        for (List<Candidate> events : byAggregate.values()) {
            taken.addAll(unbrokenPrefix(events));
        }
        if (taken.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement statement = connection.prepareStatement(lease)) {
            for (Candidate candidate : taken) {
                statement.setString(1, relayId);
                statement.setLong(2, leaseFor.toMillis());
                statement.setLong(3, candidate.sequence());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        return taken.stream().map(Candidate::claimed).toList();
    }

    /**
     * The events an aggregate may hand out: from its first unpublished version on, without a gap. A gap is an
     * event that a concurrent claim locked; everything after it waits for the next claim.
     */
    private static List<Candidate> unbrokenPrefix(List<Candidate> events) {
        List<Candidate> prefix = new ArrayList<>();
        long expected = events.get(0).firstUnpublished();
        for (Candidate candidate : events) {
            if (candidate.version() != expected) {
                break;
            }
            prefix.add(candidate);
            expected++;
        }
        return prefix;
    }

    void markPublished(Connection connection, List<String> eventIds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(markPublished)) {
            for (String eventId : eventIds) {
                statement.setString(1, eventId);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    void release(Connection connection, String relayId, List<String> eventIds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(release)) {
            for (String eventId : eventIds) {
                statement.setString(1, eventId);
                statement.setString(2, relayId);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    void recordFailure(Connection connection, String relayId, String eventId, Failure failure) throws SQLException {
        OutboxStatements.recordFailure(connection, failure instanceof Failure.Retry ? retried : deadLettered,
                eventId, relayId, failure);
    }

    /** Whether the dead letter {@code eventId} was made claimable again ({@code retry}) or discarded. */
    boolean settleDeadLetter(Connection connection, String eventId, boolean retry) throws SQLException {
        return OutboxStatements.changedOne(connection, retry ? retryDeadLetter : discard, eventId);
    }

    List<DeadLetter> deadLetters(Connection connection, int limit) throws SQLException {
        return OutboxStatements.deadLetters(connection, dialect, deadLetters, limit,
                (row, attempts, lastError, at) -> new DeadLetter(read(row), attempts, lastError, at));
    }

    long unpublished(Connection connection) throws SQLException {
        return OutboxStatements.count(connection, unpublished);
    }

    Backlog backlog(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(backlog);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            Instant oldest = dialect.instant(rows, "oldest");
            Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest, dialect.instant(rows, "now"));
            return new Backlog(rows.getLong("unpublished"), rows.getLong("dead_lettered"),
                    age.isNegative() ? Duration.ZERO : age);
        }
    }

    /** Deletes up to {@code limit} events that left the outbox more than {@code olderThan} ago; how many. */
    int deletePublished(Connection connection, Duration olderThan, int limit) throws SQLException {
        List<Long> sequences = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(expired)) {
            statement.setLong(1, -olderThan.toMillis());
            statement.setInt(2, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sequences.add(rows.getLong(1));
                }
            }
        }
        if (sequences.isEmpty()) {
            return 0;
        }
        try (PreparedStatement statement = connection.prepareStatement(delete)) {
            for (long sequence : sequences) {
                statement.setLong(1, sequence);
                statement.addBatch();
            }
            statement.executeBatch();
        }
        return sequences.size();
    }

    /** The row mapper: the document with the envelope's identity put back from the columns. */
    private EventEnvelope read(ResultSet row) throws SQLException {
        ObjectNode document = codec.readObject(row.getString("document"), table);
        document.put("eventId", row.getString("event_id"));
        document.put("tenant", row.getString("tenant_id"));
        document.put("aggregateType", row.getString("aggregate_type"));
        document.put("aggregateId", row.getString("aggregate_id"));
        document.put("version", row.getLong("version"));
        document.put("eventType", row.getString("event_type"));
        return codec.decodeRecord(document, EventEnvelope.class);
    }

    private record Candidate(long sequence, long version, long firstUnpublished, Claimed claimed) {
        AggregateKey aggregate() {
            EventEnvelope event = claimed.event();
            return new AggregateKey(event.tenant(), event.aggregateType(), event.aggregateId());
        }
    }

    private record AggregateKey(TenantId tenant, AggregateType type, String id) {
    }
}
