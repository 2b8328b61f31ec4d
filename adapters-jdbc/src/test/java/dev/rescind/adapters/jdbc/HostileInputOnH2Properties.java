package dev.rescind.adapters.jdbc;

class HostileInputOnH2Properties extends HostileInputProperties {

    @Override
    DatabaseFixture database() {
        return H2Fixture.shared();
    }
}
