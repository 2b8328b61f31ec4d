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

    static ConnectionProvider storeManaged(DataSource dataSource) {
        return new StoreManaged(dataSource);
    }

    static ConnectionProvider hostManaged(HostConnection current) {
        return new HostManaged(current);
    }

    /** The store owns each transaction; see {@link ConnectionProvider}. */
    record StoreManaged(DataSource dataSource) implements ConnectionProvider {
        public StoreManaged {
            Objects.requireNonNull(dataSource, "dataSource");
        }
    }

    /** The host owns the transaction; see {@link ConnectionProvider}. */
    record HostManaged(HostConnection current) implements ConnectionProvider {
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
        Connection current() throws SQLException;
    }
}
