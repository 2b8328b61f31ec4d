package dev.rescind.adapters.jdbc;

class MigrationsOnPostgresTest extends MigrationsTest {

    @Override
    DatabaseFixture database() {
        return PostgresFixture.shared();
    }
}
