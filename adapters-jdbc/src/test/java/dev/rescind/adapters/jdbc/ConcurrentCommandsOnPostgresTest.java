package dev.rescind.adapters.jdbc;

class ConcurrentCommandsOnPostgresTest extends ConcurrentCommandsTest {

    @Override
    DatabaseFixture database() {
        return PostgresFixture.shared();
    }
}
