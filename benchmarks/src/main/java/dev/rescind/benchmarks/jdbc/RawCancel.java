package dev.rescind.benchmarks.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.application.RandomUuids;
import dev.rescind.application.port.IdSupplier;
import dev.rescind.domain.shared.TenantId;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The baseline: cancelling a shipment as a hand-written JDBC service would, with the least that the same
 * guarantees need, on Rescind's own tables. In one transaction: read the row with its version, refuse unless
 * it is pending or scheduled, update it under that version, append the {@code ShipmentCancelled} event, commit.
 * The documents it writes are the ones Rescind writes (Jackson trees, edited in place), so the store reads them.
 * {@link #cancelAll} is the same by batches, for the bulk benchmark.
 */
public final class RawCancel {

    private static final String SELECT = """
            SELECT version, status, document FROM rescind_shipments WHERE tenant_id = ? AND id = ?""";

    private static final String SELECT_ALL = """
            SELECT version, status, document, id FROM rescind_shipments WHERE tenant_id = ? AND id IN (%s)""";

    private static final String UPDATE = """
            UPDATE rescind_shipments SET version = ?, status = 'CANCELLED', updated_at = ?, document = %s
            WHERE tenant_id = ? AND id = ? AND version = ?""";

    private static final String INSERT_EVENT = """
            INSERT INTO rescind_events
                (event_id, tenant_id, aggregate_type, aggregate_id, version, event_type, occurred_at, document)
            VALUES (?, ?, 'SHIPMENT', ?, ?, 'ShipmentCancelled', ?, %s)""";

    private final DataSource pool;
    private final ObjectMapper json = new ObjectMapper();
    /** Rescind's default ids, so that making ids costs both clients the same. */
    private final IdSupplier ids = new RandomUuids();
    /** Correlation ids as Rescind makes them for a command without one: a prefix drawn once and a number. */
    private final String correlationPrefix = ids.nextId() + "-";
    private final AtomicLong correlations = new AtomicLong();
    private final String update;
    private final String insertEvent;
    private final String actorKind;
    private final String actorId;

    public RawCancel(DataSource pool, Database database, String actorKind, String actorId) {
        this.pool = pool;
        String document = database == Database.POSTGRESQL ? "CAST(? AS JSONB)" : "?";
        this.update = UPDATE.formatted(document);
        this.insertEvent = INSERT_EVENT.formatted(document);
        this.actorKind = actorKind;
        this.actorId = actorId;
    }

    /** Whether the shipment was cancelled; false when it is not cancellable. A lost race is thrown. */
    public boolean cancel(TenantId tenant, String id, String reason) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                boolean cancelled = cancel(connection, tenant.value(), id, reason);
                if (cancelled) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                return cancelled;
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private boolean cancel(Connection connection, String tenant, String id, String reason) throws SQLException {
        Row row;
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, tenant);
            select.setString(2, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return false;
                }
                row = row(id, rows);
            }
        }
        if (!row.cancellable()) {
            return false;
        }
        Instant now = Instant.now();
        try (PreparedStatement update = connection.prepareStatement(this.update)) {
            bindUpdate(update, tenant, row, reason, now);
            if (update.executeUpdate() != 1) {
                throw new SQLException("shipment " + id + " moved past version " + row.version());
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(insertEvent)) {
            bindEvent(insert, tenant, row, reason, now);
            insert.executeUpdate();
        }
        return true;
    }

    /**
     * The baseline of a batch: all rows read in {@code IN} lists of {@code inListSize} ids, every update in one
     * JDBC batch with its row count checked, every event in another, one commit. How many were cancelled.
     */
    public int cancelAll(TenantId tenant, List<String> ids, String reason, int inListSize) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Row> rows = new ArrayList<>();
                for (int start = 0; start < ids.size(); start += inListSize) {
                    List<String> chunk = ids.subList(start, Math.min(ids.size(), start + inListSize));
                    try (PreparedStatement select = connection.prepareStatement(SELECT_ALL.formatted(
                            String.join(", ", Collections.nCopies(chunk.size(), "?"))))) {
                        select.setString(1, tenant.value());
                        for (int index = 0; index < chunk.size(); index++) {
                            select.setString(index + 2, chunk.get(index));
                        }
                        try (ResultSet found = select.executeQuery()) {
                            while (found.next()) {
                                Row row = row(found.getString(4), found);
                                if (row.cancellable()) {
                                    rows.add(row);
                                }
                            }
                        }
                    }
                }
                Instant now = Instant.now();
                try (PreparedStatement update = connection.prepareStatement(this.update)) {
                    for (Row row : rows) {
                        bindUpdate(update, tenant.value(), row, reason, now);
                        update.addBatch();
                    }
                    for (int count : update.executeBatch()) {
                        if (count != 1) {
                            throw new SQLException("a shipment moved past the version it was read at");
                        }
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement(insertEvent)) {
                    for (Row row : rows) {
                        bindEvent(insert, tenant.value(), row, reason, now);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                connection.commit();
                return rows.size();
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private Row row(String id, ResultSet rows) throws SQLException {
        try {
            return new Row(id, rows.getLong(1), rows.getString(2), (ObjectNode) json.readTree(rows.getString(3)));
        } catch (IOException unreadable) {
            throw new SQLException(unreadable);
        }
    }

    private void bindUpdate(PreparedStatement update, String tenant, Row row, String reason, Instant now)
            throws SQLException {
        String at = now.toString();
        ObjectNode document = row.document();
        document.put("updatedAt", at);
        ObjectNode cancellation = document.putObject("cancellation");
        cancellation.put("cancelledAt", at);
        cancellation.putObject("cancelledBy").put("kind", actorKind).put("id", actorId);
        cancellation.put("reason", reason);
        update.setLong(1, row.version() + 1);
        update.setObject(2, now.atOffset(ZoneOffset.UTC));
        update.setString(3, document.toString());
        update.setString(4, tenant);
        update.setString(5, row.id());
        update.setLong(6, row.version());
    }

    private void bindEvent(PreparedStatement insert, String tenant, Row row, String reason, Instant now)
            throws SQLException {
        ObjectNode event = json.createObjectNode();
        event.putObject("event").put("@type", "ShipmentCancelled").put("reason", reason);
        event.putObject("actor").put("kind", actorKind).put("id", actorId);
        event.put("occurredAt", now.toString());
        event.put("correlationId", correlationPrefix + Long.toString(correlations.incrementAndGet(), 36));
        event.put("state", "CANCELLED");
        insert.setString(1, ids.nextId());
        insert.setString(2, tenant);
        insert.setString(3, row.id());
        insert.setLong(4, row.version() + 1);
        insert.setObject(5, now.atOffset(ZoneOffset.UTC));
        insert.setString(6, event.toString());
    }

    private record Row(String id, long version, String status, ObjectNode document) {
        boolean cancellable() {
            return status.equals("PENDING") || status.equals("SCHEDULED");
        }
    }
}
