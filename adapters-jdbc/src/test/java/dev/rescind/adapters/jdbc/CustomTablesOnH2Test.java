package dev.rescind.adapters.jdbc;

class CustomTablesOnH2Test extends CustomTablesTest {

    @Override
    DatabaseFixture database() {
        return H2Fixture.shared();
    }
}
