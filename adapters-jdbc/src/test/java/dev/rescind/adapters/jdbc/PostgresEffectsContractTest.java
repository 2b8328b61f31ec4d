package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.EffectsContract;
import dev.rescind.testkit.contract.HostTransaction;

class PostgresEffectsContractTest extends EffectsContract {

    @Override
    protected RescindStore store() {
        return PostgresFixture.shared().store();
    }

    @Override
    protected RescindStore emptyStore() {
        return PostgresFixture.shared().emptyStore();
    }

    @Override
    protected HostTransaction beginHostTransaction(RescindStore store) {
        return new JdbcHostTransaction(PostgresFixture.shared());
    }
}
