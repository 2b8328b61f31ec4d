package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.UnitOfWorkContract;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RequiresMariaDb.class)
@AddLifecycleHook(RequiresMariaDb.class)
class MariaDbUnitOfWorkContractTest extends UnitOfWorkContract {

    @Override
    protected RescindStore store() {
        return MariaDbFixture.shared().store();
    }

    @Override
    protected RescindStore emptyStore() {
        return MariaDbFixture.shared().emptyStore();
    }
}
