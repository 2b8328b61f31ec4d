package dev.rescind.adapters.jdbc;

import java.sql.SQLException;
import java.util.function.Predicate;

/** Walks what a driver chains to an {@link SQLException}: its next exceptions and its causes. */
final class SqlFailures {

    private SqlFailures() {
    }

    static boolean anyInChain(SQLException failure, Predicate<SQLException> test) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SQLException sql && test.test(sql)) {
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
