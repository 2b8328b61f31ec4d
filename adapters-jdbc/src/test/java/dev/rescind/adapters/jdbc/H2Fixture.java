package dev.rescind.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;

/** H2 in memory, one database per JVM. */
final class H2Fixture extends DatabaseFixture {

    private static H2Fixture shared;

    private final String name = isolatedName();
    private final String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    private final HikariDataSource dataSource = pool(url, null, null, poolSize(), null, null);

    private H2Fixture() {
        migrate(dataSource, Dialect.H2, null);
    }

    static synchronized H2Fixture shared() {
        if (shared == null) {
            shared = new H2Fixture();
            System.out.println("H2 tests run on " + shared.version());
        }
        return shared;
    }

    @Override
    Dialect dialect() {
        return Dialect.H2;
    }

    @Override
    HikariDataSource dataSource() {
        return dataSource;
    }

    @Override
    String jdbcUrl() {
        return url;
    }

    @Override
    String isolatedIn() {
        return name;
    }

    @Override
    String versionQuery() {
        return "SELECT H2VERSION()";
    }

    @Override
    HikariDataSource emptySchema(String name) {
        return pool("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", null, null, 2, null, null);
    }

    @Override
    String flywaySchema(String name) {
        return null;
    }

    @Override
    void drop(String name) {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:h2:mem:" + name);
                var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (java.sql.SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
