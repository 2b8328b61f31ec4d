package dev.rescind.adapters.jdbc;

import dev.rescind.adapters.jdbc.DocumentCodec.DocumentException;
import dev.rescind.application.port.StoreFailure;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the store's SQL on a connection of the {@link ConnectionProvider}, in the transaction discipline it
 * names, and translates every {@link SQLException} into a {@link StoreFailure} at this edge.
 */
final class Transactions {

    /** A lost race (deadlock, serialisation failure) is tried again this often in a store-managed transaction. */
    private static final int ATTEMPTS = 5;

    private final ConnectionProvider provider;
    private final Dialect dialect;
    /** Per thread, so that commits never wait on each other for it. */
    private final ThreadLocal<Map<Connection, Integer>> isolations = ThreadLocal.withInitial(WeakHashMap::new);

    Transactions(ConnectionProvider provider, Dialect dialect) {
        this.provider = provider;
        this.dialect = dialect;
    }

    /** Work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Reads that need no atomicity: in auto-commit on a connection of the store's own, or in the host's
     * transaction, where they see its uncommitted changes.
     */
    <T> T read(String what, Work<T> work) {
        try {
            if (provider instanceof ConnectionProvider.HostManaged host) {
                Connection connection = host.current().current();
                if (connection == null) {
                    throw new SQLException("the host supplied no connection");
                }
                return work.run(connection);
            }
            try (Connection connection = ((ConnectionProvider.StoreManaged) provider).dataSource().getConnection()) {
                try {
                    return work.run(connection);
                } finally {
                    // A pool that hands out connections outside auto-commit gets them back without a transaction.
                    if (!connection.isClosed() && !connection.getAutoCommit()) {
                        connection.rollback();
                    }
                }
            }
        } catch (SQLException failure) {
            throw failed(what, failure);
        } catch (DocumentException unreadable) {
            throw unreadable(what, unreadable);
        }
    }

    /**
     * All of {@code work} or nothing: a right answer is kept (committed, or released into the host's
     * transaction), a left one is undone, and so is a thrown failure, which becomes a {@link StoreFailure}.
     */
    <L, R> Either<L, R> atomically(String what, Work<Either<L, R>> work) {
        try {
            if (provider instanceof ConnectionProvider.HostManaged host) {
                return inHostTransaction(host.current().current(), work);
            }
            return inOwnTransaction(((ConnectionProvider.StoreManaged) provider).dataSource()::getConnection, work);
        } catch (SQLException failure) {
            throw failed(what, failure);
        } catch (DocumentException unreadable) {
            throw unreadable(what, unreadable);
        }
    }

    private static StoreFailure failed(String what, SQLException failure) {
        return new StoreFailure(what + " failed: " + failure.getMessage(), failure);
    }

    static StoreFailure unreadable(String what, DocumentException failure) {
        return new StoreFailure(what + " found a document it cannot read: " + failure.getMessage(), failure);
    }

    private <L, R> Either<L, R> inHostTransaction(Connection connection, Work<Either<L, R>> work) throws SQLException {
        if (connection == null) {
            throw new SQLException("the host supplied no connection");
        }
        if (connection.getAutoCommit()) {
            return inOwnTransaction(() -> connection, work);
        }
        Savepoint savepoint = connection.setSavepoint();
        Either<L, R> outcome;
        try {
            outcome = work.run(connection);
        } catch (SQLException | RuntimeException failure) {
            rollBack(connection, savepoint, failure);
            throw failure;
        }
        if (outcome.isLeft()) {
            connection.rollback(savepoint);
        }
        connection.releaseSavepoint(savepoint);
        return outcome;
    }

    /**
     * A transaction of the store's own. A connection taken from a data source is closed afterwards; one the
     * host lent in auto-commit mode is left open, back in auto-commit.
     */
    private <L, R> Either<L, R> inOwnTransaction(ConnectionSource source, Work<Either<L, R>> work)
            throws SQLException {
        boolean borrowed = provider instanceof ConnectionProvider.HostManaged;
        for (int attempt = 1; ; attempt++) {
            Connection connection = source.get();
            try {
                return once(connection, work, borrowed);
            } catch (NothingRan failure) {
                // The connection broke before the work began (a killed session the pool still handed out):
                // nothing happened, so a fresh connection may simply try again.
                if (borrowed || attempt == ATTEMPTS) {
                    throw failure.cause();
                }
            } catch (SQLException failure) {
                if (borrowed || attempt == ATTEMPTS || !dialect.isAnyTransient(failure)) {
                    throw failure;
                }
                // Another transaction won a lock race; back off a little so the retries do not collide again.
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1_000_000L, 5_000_000L * attempt));
            } finally {
                if (!borrowed) {
                    connection.close();
                }
            }
        }
    }

    private <L, R> Either<L, R> once(Connection connection, Work<Either<L, R>> work, boolean borrowed)
            throws SQLException {
        boolean autoCommit;
        int isolation;
        boolean changeIsolation;
        try {
            autoCommit = connection.getAutoCommit();
            isolation = borrowed ? -1 : isolationOf(connection);
            changeIsolation = !borrowed && isolation != Connection.TRANSACTION_READ_COMMITTED;
            if (changeIsolation) {
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
        } catch (SQLException failure) {
            throw new NothingRan(failure);
        }
        try {
            Either<L, R> outcome = work.run(connection);
            if (outcome.isRight()) {
                connection.commit();
            } else {
                connection.rollback();
            }
            return outcome;
        } catch (SQLException | RuntimeException failure) {
            rollBack(connection, null, failure);
            throw failure;
        } finally {
            restore(connection, autoCommit, changeIsolation ? isolation : -1);
        }
    }

    /**
     * The isolation level of a connection from the data source. PostgreSQL's driver asks the server each time,
     * a round trip per commit, so the answer is kept per physical connection: the store restores what it
     * changes, and pools reset what their borrowers change.
     */
    private int isolationOf(Connection connection) throws SQLException {
        Connection physical = connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class)
                : connection;
        Map<Connection, Integer> known = isolations.get();
        Integer isolation = known.get(physical);
        if (isolation == null) {
            isolation = connection.getTransactionIsolation();
            known.put(physical, isolation);
        }
        return isolation;
    }

    private static void rollBack(Connection connection, Savepoint savepoint, Exception failure) {
        try {
            if (savepoint == null) {
                connection.rollback();
            } else {
                connection.rollback(savepoint);
                connection.releaseSavepoint(savepoint);
            }
        } catch (SQLException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }

    private static void restore(Connection connection, boolean autoCommit, int isolation) throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        try {
            if (autoCommit) {
                connection.setAutoCommit(true);
            }
            if (isolation >= 0) {
                connection.setTransactionIsolation(isolation);
            }
        } catch (SQLException broken) {
            // A connection that cannot be reset is broken; its pool discards it on close.
            if (connection.isValid(1)) {
                throw broken;
            }
        }
    }

    /** A connection failed while the store set up its transaction, before any of the work ran. */
    private static final class NothingRan extends SQLException {
        NothingRan(SQLException cause) {
            super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
        }

        SQLException cause() {
            return (SQLException) getCause();
        }
    }

    @FunctionalInterface
    private interface ConnectionSource {
        Connection get() throws SQLException;
    }
}
