package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.ConcurrencyContract;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.extension.ExtendWith;

/** The testkit's races over a connection pool; fewer operations than in memory, each is a database round trip. */
@ExtendWith(RequiresMariaDb.class)
@AddLifecycleHook(RequiresMariaDb.class)
class MariaDbConcurrencyContractTest extends ConcurrencyContract {

    @Override
    protected int operations() {
        return Integer.getInteger(OPERATIONS_PROPERTY, 800);
    }

    @Override
    protected RescindStore store() {
        return MariaDbFixture.shared().store();
    }

    @Override
    protected RescindStore emptyStore() {
        return MariaDbFixture.shared().emptyStore();
    }
}
