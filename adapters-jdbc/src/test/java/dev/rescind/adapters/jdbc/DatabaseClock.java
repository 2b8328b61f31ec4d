package dev.rescind.adapters.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The database's clock, read with the dialect's {@link Dialect#now()}: the clock the store decides due times by. */
final class DatabaseClock extends Clock {

    private final DatabaseFixture database;

    DatabaseClock(DatabaseFixture database) {
        this.database = database;
    }

    @Override
    public Instant instant() {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT " + database.dialect().now() + " AS now_at")) {
            rows.next();
            return database.dialect().instant(rows, "now_at");
        } catch (SQLException failure) {
            throw new IllegalStateException("could not read the database's clock", failure);
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the database's clock in UTC");
    }
}
