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
import java.util.function.Supplier;

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
    /** The command the calling thread runs in {@link #command}, if any. */
    private final ThreadLocal<Command> commands = new ThreadLocal<>();

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
            Command command = commands.get();
            if (command != null && command.connection != null) {
                return work.run(command.connection);
            }
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
            Command command = commands.get();
            if (command != null && command.connection != null) {
                return inCommandTransaction(command, work);
            }
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

    /** Statements that answer nothing. */
    @FunctionalInterface
    interface Statements {
        void run(Connection connection) throws SQLException;
    }

    /** {@link #atomically} for statements that answer nothing: all of them are kept, or none. */
    void inTransaction(String what, Statements work) {
        atomically(what, connection -> {
            work.run(connection);
            return Either.right(null);
        });
    }

    /**
     * One command's reads and its commit on one connection of the store's own, taken once: the reads run in
     * the transaction that the next {@link #atomically} commits or undoes, so a command that reads, decides
     * and writes costs one checkout and one transaction. A refused commit keeps the connection for the reads
     * of the next attempt; a commit that counts gives it back at once, so what follows (the first attempt at
     * the effects) holds none. On the host's connection, or inside a command already, {@code work} simply runs.
     */
    <T> T command(Supplier<T> work) {
        if (!(provider instanceof ConnectionProvider.StoreManaged own) || commands.get() != null) {
            return work.get();
        }
        Command command;
        try {
            command = setUpOrReplace(own);
        } catch (SQLException failure) {
            throw failed("opening a command's transaction", failure);
        }
        commands.set(command);
        RuntimeException failed = null;
        try {
            return work.get();
        } catch (RuntimeException failure) {
            failed = failure;
            throw failure;
        } finally {
            commands.remove();
            release(command, failed);
        }
    }

    /**
     * A connection out of auto-commit at {@code READ COMMITTED}; one that broke before the work began is closed
     * and replaced, as {@link #inOwnTransaction} does.
     */
    private Command setUpOrReplace(ConnectionProvider.StoreManaged own) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            Connection connection = own.dataSource().getConnection();
            try {
                return new Command(connection, setUp(connection, false));
            } catch (NothingRan failure) {
                connection.close();
                if (attempt == ATTEMPTS) {
                    throw failure.cause();
                }
            }
        }
    }

    /** Gives the command's connection back, undoing what was only read since its last commit. */
    private void release(Command command, RuntimeException failed) {
        Connection connection = command.connection;
        if (connection == null) {
            return;
        }
        command.connection = null;
        try {
            try {
                // PostgreSQL's driver sends nothing when no transaction is open.
                if (!connection.isClosed()) {
                    connection.rollback();
                }
                restore(connection, command.setting.autoCommit(), command.setting.changedIsolation());
            } finally {
                connection.close();
            }
        } catch (SQLException failure) {
            if (failed != null) {
                failed.addSuppressed(failure);
            } else {
                throw failed("ending a command's transaction", failure);
            }
        }
    }

    /** A commit inside {@link #command}, on its connection; lost races are tried again as in a transaction alone. */
    private <L, R> Either<L, R> inCommandTransaction(Command command, Work<Either<L, R>> work) throws SQLException {
        Connection connection = command.connection;
        for (int attempt = 1; ; attempt++) {
            Either<L, R> outcome;
            try {
                outcome = work.run(connection);
                if (outcome.isLeft()) {
                    connection.rollback();
                    return outcome;
                }
                connection.commit();
            } catch (SQLException failure) {
                rollBack(connection, null, failure);
                if (attempt == ATTEMPTS || !dialect.isAnyTransient(failure)) {
                    throw failure;
                }
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1_000_000L, 5_000_000L * attempt));
                continue;
            } catch (RuntimeException failure) {
                rollBack(connection, null, failure);
                throw failure;
            }
            release(command, null);
            return outcome;
        }
    }

    /** The connection of a command under way, until its commit counts; then {@code null}. */
    private static final class Command {
        private Connection connection;
        private final Setting setting;

        Command(Connection connection, Setting setting) {
            this.connection = connection;
            this.setting = setting;
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
        Setting setting = setUp(connection, borrowed);
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
            restore(connection, setting.autoCommit(), setting.changedIsolation());
        }
    }

    /** Out of auto-commit, at {@code READ COMMITTED} unless the host lent the connection; what to restore. */
    private Setting setUp(Connection connection, boolean borrowed) throws NothingRan {
        try {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = borrowed ? -1 : isolationOf(connection);
            boolean changeIsolation = !borrowed && isolation != Connection.TRANSACTION_READ_COMMITTED;
            if (changeIsolation) {
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            return new Setting(autoCommit, changeIsolation ? isolation : -1);
        } catch (SQLException failure) {
            throw new NothingRan(failure);
        }
    }

    /** A connection taken out of auto-commit: whether it was in it, and the isolation to restore (or -1). */
    private record Setting(boolean autoCommit, int changedIsolation) {
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
