package dev.rescind.testkit.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that counts what its callers cost the database: connections checked out, round trips
 * to the server and server transactions, as PostgreSQL's driver makes them. Every statement executed is a
 * round trip (a JDBC batch one), and so is every savepoint operation, isolation read or change, and every
 * commit or rollback that ends an open transaction; the driver sends {@code BEGIN} with a transaction's first
 * statement, so that costs none. A statement in auto-commit is a transaction of its own. Counts are the sums
 * over all threads; take {@link #counts()} before and after the work and subtract.
 */
public final class CountingDataSource {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private static final Set<String> SESSION_ROUND_TRIPS = Set.of("setSavepoint", "releaseSavepoint",
            "getTransactionIsolation", "setTransactionIsolation");

    private final DataSource counted;
    private final LongAdder checkouts = new LongAdder();
    private final LongAdder roundTrips = new LongAdder();
    private final LongAdder transactions = new LongAdder();
    private final LongAdder open = new LongAdder();

    /** What a caller cost so far, or between two readings ({@link #minus}). */
    public record Counts(long checkouts, long roundTrips, long transactions) {

        /**
         * What happened since {@code earlier}.
         *
         * @param earlier an earlier reading
         * @return the difference
         */
        public Counts minus(Counts earlier) {
            return new Counts(checkouts - earlier.checkouts, roundTrips - earlier.roundTrips,
                    transactions - earlier.transactions);
        }
    }

    private CountingDataSource(DataSource counted) {
        this.counted = Objects.requireNonNull(counted, "counted");
    }

    /**
     * Counts what is done through {@code dataSource}.
     *
     * @param dataSource the data source to count
     * @return the counter
     */
    public static CountingDataSource of(DataSource dataSource) {
        return new CountingDataSource(dataSource);
    }

    /** {@return the data source to hand to the code whose cost is counted} */
    public DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(method, counted, args);
                    if (result instanceof Connection connection) {
                        checkouts.increment();
                        open.increment();
                        return counting(connection);
                    }
                    return result;
                });
    }

    /** {@return how many connections are checked out now: taken and not yet closed} */
    public long open() {
        return open.sum();
    }

    /** {@return the counts so far} */
    public Counts counts() {
        return new Counts(checkouts.sum(), roundTrips.sum(), transactions.sum());
    }

    private Connection counting(Connection connection) {
        ConnectionCounter counter = new ConnectionCounter(connection);
        return (Connection) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, counter);
    }

    /** One checked-out connection and whether a transaction is open on it. */
    private final class ConnectionCounter implements InvocationHandler {
        private final Connection connection;
        private boolean inTransaction;
        private boolean closed;

        ConnectionCounter(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "commit", "rollback" -> {
                    boolean toSavepoint = args != null && args.length == 1;
                    if (toSavepoint || inTransaction) {
                        roundTrips.increment();
                    }
                    if (!toSavepoint) {
                        inTransaction = false;
                    }
                }
                case "setAutoCommit" -> {
                    // Switching auto-commit on commits an open transaction.
                    if (Boolean.TRUE.equals(args[0]) && inTransaction) {
                        roundTrips.increment();
                        inTransaction = false;
                    }
                }
                case "close" -> {
                    inTransaction = false;
                    if (!closed) {
                        closed = true;
                        open.decrement();
                    }
                }
                default -> {
                    if (SESSION_ROUND_TRIPS.contains(name)) {
                        roundTrips.increment();
                    }
                }
            }
            Object result = CountingDataSource.invoke(method, connection, args);
            if (result instanceof Statement statement) {
                return countingStatement(statement);
            }
            return result;
        }

        private Object countingStatement(Statement statement) {
            Class<?> kind = statement instanceof CallableStatement ? CallableStatement.class
                    : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
            return Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {kind},
                    (proxy, method, args) -> {
                        if (EXECUTIONS.contains(method.getName())) {
                            executed();
                        }
                        return CountingDataSource.invoke(method, statement, args);
                    });
        }

        private void executed() throws SQLException {
            roundTrips.increment();
            if (connection.getAutoCommit()) {
                transactions.increment();
            } else if (!inTransaction) {
                inTransaction = true;
                transactions.increment();
            }
        }
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }
}
