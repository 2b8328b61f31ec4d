package dev.rescind.adapters.jdbc;

import java.sql.SQLException;

/** {@link Dialect#H2}. */
final class H2Dialect implements Dialect {

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public String json() {
        return "?";
    }

    @Override
    public boolean skipsLocked() {
        return false;
    }

    @Override
    public String nowPlusMillis() {
        return "DATEADD(MILLISECOND, CAST(? AS BIGINT), CURRENT_TIMESTAMP)";
    }

    /**
     * H2 uses an index for an {@code IN} list only on an index's first column, not on {@code id} after
     * {@code tenant_id}, so it looks ids up one at a time.
     */
    @Override
    public int inListSize() {
        return 1;
    }

    @Override
    public boolean isTransient(SQLException failure) {
        // 40001 deadlock, 90131 concurrent update of one row, 50200 lock timeout.
        int code = failure.getErrorCode();
        return code == 40001 || code == 90131 || code == 50200;
    }

    @Override
    public String toString() {
        return "H2";
    }
}
