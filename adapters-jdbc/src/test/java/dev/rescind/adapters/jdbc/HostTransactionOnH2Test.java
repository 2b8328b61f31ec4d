package dev.rescind.adapters.jdbc;

class HostTransactionOnH2Test extends HostTransactionTest {

    @Override
    DatabaseFixture database() {
        return H2Fixture.shared();
    }
}
