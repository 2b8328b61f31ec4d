package dev.rescind.adapters.jdbc;

class HaltAfterCommitOnPostgresTest extends HaltAfterCommitTest {

    @Override
    DatabaseFixture database() {
        return PostgresFixture.shared();
    }
}
