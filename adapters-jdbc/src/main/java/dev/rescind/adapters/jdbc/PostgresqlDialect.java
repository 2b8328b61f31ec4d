package dev.rescind.adapters.jdbc;

import java.sql.SQLException;

/** {@link Dialect#POSTGRESQL}. */
final class PostgresqlDialect implements Dialect {

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String json() {
        return "CAST(? AS JSONB)";
    }

    @Override
    public boolean skipsLocked() {
        return true;
    }

    @Override
    public boolean sendsStatementsTogether() {
        return true;
    }

    @Override
    public String nowPlusMillis() {
        return "(CURRENT_TIMESTAMP + CAST(? AS BIGINT) * INTERVAL '1 millisecond')";
    }

    @Override
    public boolean isTransient(SQLException failure) {
        // 40001 serialisation failure, 40P01 deadlock, 55P03 lock not available.
        String state = failure.getSQLState();
        return "40001".equals(state) || "40P01".equals(state) || "55P03".equals(state);
    }

    @Override
    public String toString() {
        return "PostgreSQL";
    }
}
