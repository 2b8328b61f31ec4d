package dev.rescind.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

class FaultOnPostgresTest extends FaultTest {

    @Override
    DatabaseFixture database() {
        return PostgresFixture.shared();
    }

    @Override
    long sessionOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    void kill(long session) throws SQLException {
        try (Connection admin = PostgresFixture.shared().connect();
                PreparedStatement statement = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
            statement.setInt(1, (int) session);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                if (!rows.getBoolean(1)) {
                    throw new SQLException("backend " + session + " was not terminated");
                }
            }
        }
    }
}
