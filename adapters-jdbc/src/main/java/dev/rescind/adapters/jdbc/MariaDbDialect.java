package dev.rescind.adapters.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** {@link Dialect#MARIADB}. */
final class MariaDbDialect implements Dialect {

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public String json() {
        return "?";
    }

    @Override
    public String limit() {
        return "LIMIT ?";
    }

    @Override
    public boolean skipsLocked() {
        return true;
    }

    /** MariaDB's driver may answer {@code SUCCESS_NO_INFO}, depending on how the host configured it. */
    @Override
    public boolean countsBatchedUpdates() {
        return false;
    }

    @Override
    public String quote(String identifier) {
        return '`' + identifier + '`';
    }

    /** {@code DATETIME(6)} has no zone: Rescind keeps UTC in it. */
    @Override
    public void bindInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Override
    public Instant instant(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** {@code DATETIME(6)} keeps UTC, so the clock is asked in UTC. */
    @Override
    public String now() {
        return "UTC_TIMESTAMP(6)";
    }

    @Override
    public String nowPlusMillis() {
        return "(UTC_TIMESTAMP(6) + INTERVAL (? * 1000) MICROSECOND)";
    }

    @Override
    public boolean isUniqueViolation(SQLException failure) {
        return failure.getErrorCode() == 1062;
    }

    @Override
    public boolean isTransient(SQLException failure) {
        // 1213 deadlock, 1205 lock wait timeout.
        int code = failure.getErrorCode();
        return code == 1213 || code == 1205;
    }

    @Override
    public String toString() {
        return "MariaDB";
    }
}
