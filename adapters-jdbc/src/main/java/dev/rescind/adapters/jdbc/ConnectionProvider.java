package dev.rescind.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Where the JDBC store gets its connections, and who owns the transaction.
 *
 * <ul>
 *   <li>{@link #storeManaged(DataSource)}: the store takes a connection from the data source for each
 *       operation, runs it in a transaction of its own at {@code READ COMMITTED}, commits or rolls back, and
 *       gives the connection back. A commit is durable and visible when {@code UnitOfWork.commit} returns.
 *       Deadlocks and serialisation failures are retried a few times before they are reported.</li>
 *   <li>{@link #hostManaged(HostConnection)}: the host's current connection and its open transaction. The
 *       store never commits, rolls back, changes the isolation of, or closes that connection: a commit's
 *       statements run inside a savepoint, which the store rolls back when the commit conflicts, so the host's
 *       own work in the same transaction survives a conflict. The changes become durable and visible when the
 *       host commits, and vanish with everything else if it rolls back. A connection in auto-commit mode is
 *       taken to have no transaction open: the store runs each operation in one of its own on it and restores
 *       auto-commit afterwards, still without closing it.</li>
 * </ul>
 */
public sealed interface ConnectionProvider {

    /**
     * Connections from {@code dataSource}, one per store operation, each in a transaction the store owns.
     *
     * @param dataSource the pool the store borrows from and returns to; not {@code null}
     * @return a provider for {@link JdbcRescindStore#JdbcRescindStore(ConnectionProvider, Dialect)}
     */
    static ConnectionProvider storeManaged(DataSource dataSource) {
        return new StoreManaged(dataSource);
    }

    /**
     * The host's connection and its open transaction, asked for once per store operation.
     *
     * @param current answers the connection of the calling thread's transaction; not {@code null}
     * @return a provider for {@link JdbcRescindStore#JdbcRescindStore(ConnectionProvider, Dialect)}
     */
    static ConnectionProvider hostManaged(HostConnection current) {
        return new HostManaged(current);
    }

    /**
     * The store owns each transaction; see {@link ConnectionProvider}.
     *
     * @param dataSource where each operation borrows its connection
     */
    record StoreManaged(DataSource dataSource) implements ConnectionProvider {
        /**
         * Checks that there is a data source.
         *
         * @param dataSource where each operation borrows its connection
         * @throws NullPointerException when {@code dataSource} is {@code null}
         */
        public StoreManaged {
            Objects.requireNonNull(dataSource, "dataSource");
        }
    }

    /**
     * The host owns the transaction; see {@link ConnectionProvider}.
     *
     * @param current answers the host's connection on the calling thread
     */
    record HostManaged(HostConnection current) implements ConnectionProvider {
        /**
         * Checks that there is a way to the host's connection.
         *
         * @param current answers the host's connection on the calling thread
         * @throws NullPointerException when {@code current} is {@code null}
         */
        public HostManaged {
            Objects.requireNonNull(current, "current");
        }
    }

    /**
     * The connection of the host's transaction on the calling thread, such as the one a transaction manager
     * has bound to it. Called once per store operation; the store does not close what it returns.
     */
    @FunctionalInterface
    interface HostConnection {
        /**
         * The connection of the calling thread's transaction, open; the store neither commits nor closes it.
         *
         * @return the host's current connection
         * @throws SQLException when there is none to be had; the store reports it as a {@code StoreFailure}
         */
        Connection current() throws SQLException;
    }
}
