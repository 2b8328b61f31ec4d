package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.EffectsContract;
import dev.rescind.testkit.contract.HostTransaction;

class H2EffectsContractTest extends EffectsContract {

    @Override
    protected RescindStore store() {
        return H2Fixture.shared().store();
    }

    @Override
    protected RescindStore emptyStore() {
        return H2Fixture.shared().emptyStore();
    }

    @Override
    protected HostTransaction beginHostTransaction(RescindStore store) {
        return new JdbcHostTransaction(H2Fixture.shared());
    }
}
