package dev.rescind.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Everything the JDBC store does differently per database, in one place: how a JSON parameter is bound, how a
 * result is limited, how the outbox relay locks the events it claims, how timestamps are bound, and which
 * SQL errors mean a unique key was hit or a transaction lost a race and may simply be tried again. The
 * migrations of each database live under {@link #migrationLocation()}.
 */
public enum Dialect {

    /** PostgreSQL 15 and newer, the primary database: {@code JSONB} documents, partial indexes, {@code SKIP LOCKED}. */
    POSTGRESQL("postgresql", "CAST(? AS JSONB)", "FETCH FIRST ? ROWS ONLY", true, 1000, true) {
        @Override
        boolean isUniqueViolation(SQLException failure) {
            return "23505".equals(failure.getSQLState());
        }

        @Override
        boolean isTransient(SQLException failure) {
            String state = failure.getSQLState();
            return "40001".equals(state) || "40P01".equals(state) || "55P03".equals(state);
        }
    },

    /**
     * H2 2.x, the embedded default: documents as text. The relay's claims take turns on a lock row instead of
     * skipping locked events; an embedded database has few relays, and the lock keeps the claim simple.
     */
    H2("h2", "?", "FETCH FIRST ? ROWS ONLY", false, 1, true) {
        @Override
        boolean isUniqueViolation(SQLException failure) {
            return "23505".equals(failure.getSQLState());
        }

        @Override
        boolean isTransient(SQLException failure) {
            // 40001 deadlock, 90131 concurrent update of one row, 50200 lock timeout.
            int code = failure.getErrorCode();
            return code == 40001 || code == 90131 || code == 50200;
        }
    },

    /**
     * MariaDB 10.6 and newer (tested on 10.11): {@code JSON} as checked text, a generated column where
     * PostgreSQL has a partial index, {@code DATETIME(6)} in UTC where PostgreSQL has {@code TIMESTAMPTZ}.
     */
    MARIADB("mariadb", "?", "LIMIT ?", true, 1000, false) {
        @Override
        boolean isUniqueViolation(SQLException failure) {
            return failure.getErrorCode() == 1062;
        }

        @Override
        boolean isTransient(SQLException failure) {
            // 1213 deadlock, 1205 lock wait timeout.
            int code = failure.getErrorCode();
            return code == 1213 || code == 1205;
        }

        @Override
        void bindInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
            statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    };

    private final String folder;
    private final String jsonParameter;
    private final String limitParameter;
    private final boolean skipsLocked;
    private final int inListSize;
    private final boolean countsBatchedUpdates;

    Dialect(String folder, String jsonParameter, String limitParameter, boolean skipsLocked, int inListSize,
            boolean countsBatchedUpdates) {
        this.folder = folder;
        this.jsonParameter = jsonParameter;
        this.limitParameter = limitParameter;
        this.skipsLocked = skipsLocked;
        this.inListSize = inListSize;
        this.countsBatchedUpdates = countsBatchedUpdates;
    }

    /**
     * The dialect of the database behind {@code dataSource}, from its JDBC metadata; borrows one connection
     * and gives it back.
     *
     * @param dataSource the database to recognise
     * @return the dialect of that database
     * @throws SQLException when no connection or no metadata can be had
     * @throws IllegalArgumentException for a database other than PostgreSQL, H2 or MariaDB
     */
    public static Dialect of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        }
    }

    /**
     * The dialect of the database {@code connection} talks to; the connection stays open.
     *
     * @param connection an open connection to the database to recognise
     * @return the dialect of that database
     * @throws SQLException when the connection's metadata cannot be read
     * @throws IllegalArgumentException for a database other than PostgreSQL, H2 or MariaDB
     */
    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        for (Dialect dialect : values()) {
            if (product.contains(dialect.folder)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("Rescind has no SQL dialect for " + product);
    }

    /**
     * Where this database's migrations are, in Flyway's notation ({@code classpath:db/rescind/migration/h2}):
     * versioned scripts {@code V<n>__<description>.sql} that create the {@code rescind_}-prefixed tables.
     *
     * @return {@code classpath:} followed by {@link #migrationPath()}
     */
    public String migrationLocation() {
        return "classpath:" + migrationPath();
    }

    /**
     * The classpath folder of this database's migrations, for running them without Flyway.
     *
     * @return a folder such as {@code db/rescind/migration/postgresql}, without leading or trailing slash
     */
    public String migrationPath() {
        return "db/rescind/migration/" + folder;
    }

    /** The placeholder of a JSON document parameter. */
    String json() {
        return jsonParameter;
    }

    /** The clause that limits a result to a bound number of rows. */
    String limit() {
        return limitParameter;
    }

    /** Whether the relay's claim can skip events another relay's claim has locked, rather than wait for them. */
    boolean skipsLocked() {
        return skipsLocked;
    }

    /** The locking clause of the relay's claim; none where claims take turns on the lock row instead. */
    String claimLock() {
        return skipsLocked ? " FOR UPDATE SKIP LOCKED" : "";
    }

    /**
     * How many ids one {@code id IN (…)} lookup binds. H2 uses an index for an {@code IN} list only on an
     * index's first column, not on {@code id} after {@code tenant_id}, so it looks ids up one at a time.
     */
    int inListSize() {
        return inListSize;
    }

    /**
     * Whether the driver always answers a batch of updates with each statement's row count. MariaDB's may
     * answer {@code SUCCESS_NO_INFO}, depending on how the host configured it.
     */
    boolean countsBatchedUpdates() {
        return countsBatchedUpdates;
    }

    abstract boolean isUniqueViolation(SQLException failure);

    /** A deadlock, a serialisation failure or a lock timeout: the transaction was undone and may be retried. */
    abstract boolean isTransient(SQLException failure);

    void bindInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** Whether {@code failure} or one it chains names the unique index {@code name}. */
    boolean violates(SQLException failure, String name) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql) && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code failure} or one it chains is a unique violation. */
    boolean isAnyUniqueViolation(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    boolean isAnyTransient(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SQLException sql && isTransient(sql)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable failure) {
        if (failure instanceof SQLException sql && sql.getNextException() != null && sql.getNextException() != sql) {
            return sql.getNextException();
        }
        return failure.getCause() == failure ? null : failure.getCause();
    }
}
