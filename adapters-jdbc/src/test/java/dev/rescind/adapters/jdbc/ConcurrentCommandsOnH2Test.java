package dev.rescind.adapters.jdbc;

class ConcurrentCommandsOnH2Test extends ConcurrentCommandsTest {

    @Override
    DatabaseFixture database() {
        return H2Fixture.shared();
    }
}
