package dev.rescind.adapters.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.application.EventEnvelope;
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
 * {@code rescind_events} (by default; see {@link JdbcTables}): the event log and the outbox in one table. The columns are the envelope's identity
 * and the relay's bookkeeping; the document holds the event and the rest of its envelope.
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
     * Unpublished events that no other relay holds a live lease on, and whose aggregate has no earlier event
     * under another relay's live lease, oldest first, with the first unpublished version of their aggregate.
     * Where the database can, events that a concurrent claim has locked are skipped rather than waited for.
     */
    private static final String CANDIDATES = """
            SELECT e.sequence_no, e.event_id, e.tenant_id, e.aggregate_type, e.aggregate_id, e.version,
                   e.event_type, e.document,
                   (SELECT MIN(f.version) FROM {events} f
                    WHERE f.tenant_id = e.tenant_id AND f.aggregate_type = e.aggregate_type
                      AND f.aggregate_id = e.aggregate_id AND f.published_at IS NULL) AS first_unpublished
            FROM {events} e
            WHERE e.published_at IS NULL
              AND (e.lease_until IS NULL OR e.lease_until <= ? OR e.lease_owner = ?)
              AND NOT EXISTS (
                  SELECT 1 FROM {events} b
                  WHERE b.tenant_id = e.tenant_id AND b.aggregate_type = e.aggregate_type
                    AND b.aggregate_id = e.aggregate_id AND b.version < e.version AND b.published_at IS NULL
                    AND b.lease_until > ? AND b.lease_owner <> ?)
            ORDER BY e.sequence_no
            %s%s""";

    private static final String TAKE_TURN = """
            SELECT id FROM {relay_lock} WHERE id = 1 FOR UPDATE""";

    private static final String LEASE = """
            UPDATE {events} SET lease_owner = ?, lease_until = ? WHERE sequence_no = ?""";

    private static final String MARK_PUBLISHED = """
            UPDATE {events} SET published_at = ?, lease_owner = NULL, lease_until = NULL
            WHERE event_id = ? AND published_at IS NULL""";

    private static final String RELEASE = """
            UPDATE {events} SET lease_owner = NULL, lease_until = NULL
            WHERE event_id = ? AND lease_owner = ? AND published_at IS NULL""";

    private static final String UNPUBLISHED = """
            SELECT COUNT(*) FROM {events} WHERE published_at IS NULL""";

    private static final List<String> COLUMN_FIELDS =
            List.of("eventId", "tenant", "aggregateType", "aggregateId", "version", "eventType");

    private final Dialect dialect;
    private final DocumentCodec codec;
    private final String table;
    private final String insert;
    private final String history;
    private final String candidates;
    private final String takeTurn;
    private final String leaseEvent;
    private final String markPublished;
    private final String release;
    private final String unpublished;

    EventTable(Dialect dialect, JdbcTables tables, DocumentCodec codec) {
        this.dialect = dialect;
        this.codec = codec;
        this.table = tables.table("events", dialect);
        this.insert = tables.sql(INSERT, dialect).formatted(dialect.json());
        this.history = tables.sql(HISTORY, dialect);
        this.candidates = tables.sql(CANDIDATES, dialect).formatted(dialect.limit(), dialect.claimLock());
        this.takeTurn = tables.sql(TAKE_TURN, dialect);
        this.leaseEvent = tables.sql(LEASE, dialect);
        this.markPublished = tables.sql(MARK_PUBLISHED, dialect);
        this.release = tables.sql(RELEASE, dialect);
        this.unpublished = tables.sql(UNPUBLISHED, dialect);
    }

    /**
     * Appends events with their {@link #document}s, in the same order; a unique violation means a version or an
     * event id is taken.
     */
    void append(Connection connection, List<EventEnvelope> events, List<String> documents) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            if (events.size() == 1) {
                bind(statement, events.get(0), documents.get(0));
                statement.executeUpdate();
                return;
            }
            for (int index = 0; index < events.size(); index++) {
                bind(statement, events.get(index), documents.get(index));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** The JSON document of {@code event}, without the envelope's fields kept in columns. */
    String document(EventEnvelope event) {
        return codec.writeRecord(event, COLUMN_FIELDS);
    }

    private void bind(PreparedStatement statement, EventEnvelope event, String document) throws SQLException {
        statement.setString(1, event.eventId());
        statement.setString(2, event.tenant().value());
        statement.setString(3, event.aggregateType().name());
        statement.setString(4, event.aggregateId());
        statement.setLong(5, event.version().value());
        statement.setString(6, event.eventType());
        dialect.bindInstant(statement, 7, event.occurredAt());
        statement.setString(8, document);
    }

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
     * Leases a prefix of each aggregate's unpublished events to {@code relayId}. Run in one transaction: the
     * candidates stay locked (or, on H2, the lock row is held) until the leases are committed.
     */
    List<EventEnvelope> claim(Connection connection, String relayId, int limit, Instant now, Duration lease)
            throws SQLException {
        if (!dialect.skipsLocked()) {
            try (PreparedStatement turn = connection.prepareStatement(takeTurn)) {
                turn.executeQuery().close();
            }
        }
        Map<AggregateKey, List<Candidate>> byAggregate = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(candidates)) {
            dialect.bindInstant(statement, 1, now);
            statement.setString(2, relayId);
            dialect.bindInstant(statement, 3, now);
            statement.setString(4, relayId);
            statement.setInt(5, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Candidate candidate = new Candidate(rows.getLong("sequence_no"), rows.getLong("version"),
                            rows.getLong("first_unpublished"), read(rows));
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
        try (PreparedStatement statement = connection.prepareStatement(leaseEvent)) {
            for (Candidate candidate : taken) {
                statement.setString(1, relayId);
                dialect.bindInstant(statement, 2, now.plus(lease));
                statement.setLong(3, candidate.sequence());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        return taken.stream().map(Candidate::event).toList();
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

    void markPublished(Connection connection, List<String> eventIds, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(markPublished)) {
            for (String eventId : eventIds) {
                dialect.bindInstant(statement, 1, now);
                statement.setString(2, eventId);
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

    long unpublished(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(unpublished);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
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

    private record Candidate(long sequence, long version, long firstUnpublished, EventEnvelope event) {
        AggregateKey aggregate() {
            return new AggregateKey(event.tenant(), event.aggregateType(), event.aggregateId());
        }
    }

    private record AggregateKey(TenantId tenant, AggregateType type, String id) {
    }
}
