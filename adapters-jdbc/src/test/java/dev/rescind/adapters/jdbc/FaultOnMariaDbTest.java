package dev.rescind.adapters.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RequiresMariaDb.class)
class FaultOnMariaDbTest extends FaultTest {

    @Override
    DatabaseFixture database() {
        return MariaDbFixture.shared();
    }

    @Override
    long sessionOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT CONNECTION_ID()")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    void kill(long session) throws SQLException {
        // KILL takes no bound parameters; the session id is a number the server itself reported.
        try (Connection admin = MariaDbFixture.shared().connect(); Statement statement = admin.createStatement()) {
            statement.execute("KILL CONNECTION " + session);
        }
    }
}
