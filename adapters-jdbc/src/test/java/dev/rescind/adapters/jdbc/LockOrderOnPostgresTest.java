package dev.rescind.adapters.jdbc;

class LockOrderOnPostgresTest extends LockOrderTest {

    @Override
    DatabaseFixture database() {
        return PostgresFixture.shared();
    }
}
