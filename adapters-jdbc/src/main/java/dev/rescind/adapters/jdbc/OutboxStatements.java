package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.EventLog.Failure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The bookkeeping statements the event outbox and the effect outbox share: claims taking turns where locked
 * rows cannot be skipped, failed attempts, dead letters, single-row updates and counts.
 */
final class OutboxStatements {

    /** Resolve with {@link JdbcTables#sql}. */
    static final String TAKE_TURN = """
            SELECT id FROM {relay_lock} WHERE id = 1 FOR UPDATE""";

    private OutboxStatements() {
    }

    /**
     * Where claims cannot skip locked rows, they take turns on the relay's lock row until they commit;
     * {@code takeTurn} is {@link #TAKE_TURN} resolved for the store's tables.
     */
    static void takeTurn(Connection connection, Dialect dialect, String takeTurn) throws SQLException {
        if (!dialect.skipsLocked()) {
            try (PreparedStatement turn = connection.prepareStatement(takeTurn)) {
                turn.executeQuery().close();
            }
        }
    }

    /**
     * A failed attempt of {@code owner} on row {@code id}: {@code sql} binds the error, the pause for a
     * {@link Failure.Retry}, the id and the owner, in that order.
     */
    static void recordFailure(Connection connection, String sql, String id, String owner, Failure failure)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            statement.setString(index++, failure.error());
            if (failure instanceof Failure.Retry again) {
                statement.setLong(index++, again.after().toMillis());
            }
            statement.setString(index++, id);
            statement.setString(index, owner);
            statement.executeUpdate();
        }
    }

    /** Whether {@code sql}, bound to {@code id} alone, changed exactly one row. */
    static boolean changedOne(Connection connection, String sql, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            return statement.executeUpdate() == 1;
        }
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Up to {@code limit} dead letters {@code sql} selects, with their attempts, last error and time. */
    static <T> List<T> deadLetters(Connection connection, Dialect dialect, String sql, int limit,
            DeadLetterRow<T> letter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, limit);
            List<T> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String error = rows.getString("last_error");
                    found.add(letter.read(rows, rows.getInt("attempts"), error == null ? "" : error,
                            dialect.instant(rows, "dead_lettered_at")));
                }
            }
            return found;
        }
    }

    /** Makes one dead letter of a row, given what every dead letter has. */
    @FunctionalInterface
    interface DeadLetterRow<T> {
        T read(ResultSet row, int attempts, String lastError, Instant deadLetteredAt) throws SQLException;
    }
}
