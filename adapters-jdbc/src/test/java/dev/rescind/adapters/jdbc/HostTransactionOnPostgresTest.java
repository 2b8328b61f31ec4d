package dev.rescind.adapters.jdbc;

class HostTransactionOnPostgresTest extends HostTransactionTest {

    @Override
    DatabaseFixture database() {
        return PostgresFixture.shared();
    }
}
