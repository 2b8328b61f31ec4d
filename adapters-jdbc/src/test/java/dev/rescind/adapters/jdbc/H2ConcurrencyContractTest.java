package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.ConcurrencyContract;

/** The testkit's races over a connection pool; fewer operations than in memory, each is a database round trip. */
class H2ConcurrencyContractTest extends ConcurrencyContract {

    @Override
    protected int operations() {
        return Integer.getInteger(OPERATIONS_PROPERTY, 800);
    }

    @Override
    protected RescindStore store() {
        return H2Fixture.shared().store();
    }

    @Override
    protected RescindStore emptyStore() {
        return H2Fixture.shared().emptyStore();
    }
}
