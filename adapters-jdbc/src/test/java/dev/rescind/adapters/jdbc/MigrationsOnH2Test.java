package dev.rescind.adapters.jdbc;

class MigrationsOnH2Test extends MigrationsTest {

    @Override
    DatabaseFixture database() {
        return H2Fixture.shared();
    }
}
