package dev.rescind.adapters.jdbc;

class CustomTablesOnPostgresTest extends CustomTablesTest {

    @Override
    DatabaseFixture database() {
        return PostgresFixture.shared();
    }
}
