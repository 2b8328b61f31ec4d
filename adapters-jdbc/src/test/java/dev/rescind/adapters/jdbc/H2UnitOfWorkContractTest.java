package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.UnitOfWorkContract;

class H2UnitOfWorkContractTest extends UnitOfWorkContract {

    @Override
    protected RescindStore store() {
        return H2Fixture.shared().store();
    }

    @Override
    protected RescindStore emptyStore() {
        return H2Fixture.shared().emptyStore();
    }
}
