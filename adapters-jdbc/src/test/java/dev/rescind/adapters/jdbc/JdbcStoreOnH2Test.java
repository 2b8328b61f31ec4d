package dev.rescind.adapters.jdbc;

class JdbcStoreOnH2Test extends JdbcStoreTest {

    @Override
    DatabaseFixture database() {
        return H2Fixture.shared();
    }
}
