package dev.rescind.adapters.jdbc;

class HostileInputOnPostgresProperties extends HostileInputProperties {

    @Override
    DatabaseFixture database() {
        return PostgresFixture.shared();
    }
}
