package dev.rescind.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Everything the JDBC store does differently per database, in one place: how a JSON parameter is bound, how a
 * result is limited, how the outbox relay locks the events it claims, how timestamps are bound and read, how
 * the database's clock is asked, how a schema name is quoted, and which SQL errors mean a unique key was hit or a transaction lost a race and may simply
 * be tried again. Nothing else in the store asks which database it talks to.
 *
 * <p>Rescind ships {@link #POSTGRESQL}, {@link #H2} and {@link #MARIADB}, with their migrations. A host on
 * another database implements this interface, writes the migrations for it (the shipped ones show the tables,
 * columns and indexes the store expects) and hands both to the store:
 * {@code new JdbcRescindStore(connections, myDialect, tables)}. The defaults are standard SQL; a dialect
 * overrides what its database does otherwise. Implementations must be immutable and thread-safe.
 */
public interface Dialect {

    /** PostgreSQL 15 and newer, the primary database: {@code JSONB} documents, partial indexes, {@code SKIP LOCKED}. */
    Dialect POSTGRESQL = new PostgresqlDialect();

    /**
     * H2 2.x, the embedded default: documents as text. The relay's claims take turns on a lock row instead of
     * skipping locked events; an embedded database has few relays, and the lock keeps the claim simple.
     */
    Dialect H2 = new H2Dialect();

    /**
     * MariaDB 10.6 and newer (tested on 10.11): {@code JSON} as checked text, a generated column where
     * PostgreSQL has a partial index, {@code DATETIME(6)} in UTC where PostgreSQL has {@code TIMESTAMPTZ}.
     */
    Dialect MARIADB = new MariaDbDialect();

    /** The dialects Rescind ships, which {@link #of(Connection)} recognises. */
    List<Dialect> BUILT_IN = List.of(POSTGRESQL, H2, MARIADB);

    /**
     * The built-in dialect of the database behind {@code dataSource}, from its JDBC metadata.
     *
     * @param dataSource where the store's tables are
     * @return the dialect of that database
     * @throws IllegalArgumentException for a database other than PostgreSQL, H2 or MariaDB; pass a dialect of
     *                                  your own to the store instead
     * @throws SQLException when no connection could be had or its metadata read
     */
    static Dialect of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        }
    }

    /**
     * The built-in dialect of the database {@code connection} talks to; see {@link #of(DataSource)}.
     *
     * @param connection an open connection, left open
     * @return the dialect of that database
     * @throws SQLException when the connection's metadata could not be read
     */
    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        for (Dialect dialect : BUILT_IN) {
            if (product.contains(dialect.name())) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("Rescind has no SQL dialect for " + product);
    }

    /**
     * {@return a short lower-case name ({@code postgresql}); the built-ins' migrations are in a folder of that name}
     */
    String name();

    /**
     * Where this database's migrations are, in Flyway's notation ({@code classpath:db/rescind/migration/h2}):
     * versioned scripts {@code V<n>__<description>.sql} whose tables are named with the placeholder
     * {@code ${rescind_prefix}}; see {@link JdbcTables#flywayPlaceholders()}.
     *
     * @return the Flyway location of the migrations
     */
    default String migrationLocation() {
        return "classpath:" + migrationPath();
    }

    /** {@return the classpath folder of this database's migrations, for running them without Flyway} */
    default String migrationPath() {
        return "db/rescind/migration/" + name();
    }

    /**
     * {@return the placeholder of a JSON document parameter, such as {@code CAST(? AS JSONB)}; plain {@code ?}
     * for text}
     */
    String json();

    /** {@return the clause that limits a result to a bound number of rows} */
    default String limit() {
        return "FETCH FIRST ? ROWS ONLY";
    }

    /**
     * Whether the relay's claim can skip events another relay's claim has locked ({@code FOR UPDATE SKIP
     * LOCKED}), rather than wait for them. Where it cannot, claims take turns on the row of the
     * {@code relay_lock} table, which the migrations of such a database must create.
     *
     * @return {@code true} where the claim uses {@code SKIP LOCKED}
     */
    boolean skipsLocked();

    /** {@return the locking clause of the relay's claim; none where claims take turns on the lock row instead} */
    default String claimLock() {
        return skipsLocked() ? " FOR UPDATE SKIP LOCKED" : "";
    }

    /** {@return how many ids one {@code id IN (…)} lookup binds; 1 looks ids up one at a time} */
    default int inListSize() {
        return 1000;
    }

    /**
     * Whether one prepared statement may hold several statements, separated by semicolons and with their
     * parameters numbered through, that the driver sends to the server together, as PostgreSQL's does. The
     * store then appends a commit's event and stores its idempotency record in one round trip.
     *
     * @return whether this database's driver sends such a statement in one round trip
     */
    default boolean sendsStatementsTogether() {
        return false;
    }

    /**
     * Whether the driver always answers a batch of updates with each statement's row count, rather than
     * {@code SUCCESS_NO_INFO}; where it does not, the store runs version-guarded updates one by one.
     *
     * @return {@code true} where batched update counts can be trusted
     */
    default boolean countsBatchedUpdates() {
        return true;
    }

    /**
     * {@code identifier} quoted, so that a schema name keeps its case; standard SQL's double quotes.
     *
     * @param identifier a schema name
     * @return the quoted name
     */
    default String quote(String identifier) {
        return '"' + identifier + '"';
    }

    /**
     * Binds {@code instant} to a timestamp-with-time-zone parameter; a database without one overrides this.
     *
     * @param statement the statement
     * @param index     the parameter's index, from 1
     * @param instant   the value; not null
     * @throws SQLException as the driver throws it
     */
    default void bindInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /**
     * A timestamp column or expression as an instant; null for SQL {@code NULL}.
     *
     * @param row    the current row
     * @param column the column's label
     * @return the instant, or null
     * @throws SQLException as the driver throws it
     */
    default Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * The database's clock, in the type of the store's timestamp columns: leases and due times are compared and
     * written with it, never with a JVM's clock. Standard SQL's {@code CURRENT_TIMESTAMP}.
     *
     * @return the SQL expression of the current time
     */
    default String now() {
        return "CURRENT_TIMESTAMP";
    }

    /**
     * {@link #now()} plus a bound number of milliseconds (negative for a time in the past).
     *
     * @return the SQL expression, with one {@code ?} for the milliseconds
     */
    String nowPlusMillis();

    /**
     * Whether {@code failure} itself (not the ones it chains) is a unique violation; SQLState {@code 23505}.
     *
     * @param failure a failure the driver threw
     * @return {@code true} for a unique violation
     */
    default boolean isUniqueViolation(SQLException failure) {
        return "23505".equals(failure.getSQLState());
    }

    /**
     * Whether {@code failure} itself is a deadlock, a serialisation failure or a lock timeout: the transaction
     * was undone and may be retried.
     *
     * @param failure a failure the driver threw
     * @return {@code true} when the transaction may be tried again
     */
    boolean isTransient(SQLException failure);

    /**
     * Whether {@code failure} or one it chains names the unique index {@code name}.
     *
     * @param failure a failure the driver threw
     * @param name    the full name of a unique index, prefix included
     * @return {@code true} when that index was hit
     */
    default boolean violates(SQLException failure, String name) {
        return SqlFailures.anyInChain(failure, sql -> isUniqueViolation(sql) && sql.getMessage() != null
                && sql.getMessage().toLowerCase(Locale.ROOT).contains(name));
    }

    /**
     * Whether {@code failure} or one it chains is a unique violation.
     *
     * @param failure a failure the driver threw
     * @return {@code true} for a unique violation anywhere in the chain
     */
    default boolean isAnyUniqueViolation(SQLException failure) {
        return SqlFailures.anyInChain(failure, this::isUniqueViolation);
    }

    /**
     * Whether {@code failure} or one it chains is {@linkplain #isTransient transient}.
     *
     * @param failure a failure the driver threw
     * @return {@code true} when the chain holds a transient failure
     */
    default boolean isAnyTransient(SQLException failure) {
        return SqlFailures.anyInChain(failure, this::isTransient);
    }
}
