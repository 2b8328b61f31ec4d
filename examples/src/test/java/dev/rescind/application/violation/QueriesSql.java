package dev.rescind.application.violation;

import java.sql.Connection;

/** Breaks the application's allow-list on purpose: JDBC. Never run. */
public final class QueriesSql {

    Connection connection;
}
