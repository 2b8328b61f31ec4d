package dev.rescind.adapters.jdbc;

class JdbcStoreOnPostgresTest extends JdbcStoreTest {

    @Override
    DatabaseFixture database() {
        return PostgresFixture.shared();
    }
}
