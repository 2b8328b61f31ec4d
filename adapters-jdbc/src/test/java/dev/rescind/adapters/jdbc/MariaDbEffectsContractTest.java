package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.EffectsContract;
import dev.rescind.testkit.contract.HostTransaction;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RequiresMariaDb.class)
@AddLifecycleHook(RequiresMariaDb.class)
class MariaDbEffectsContractTest extends EffectsContract {

    @Override
    protected RescindStore store() {
        return MariaDbFixture.shared().store();
    }

    @Override
    protected RescindStore emptyStore() {
        return MariaDbFixture.shared().emptyStore();
    }

    @Override
    protected HostTransaction beginHostTransaction(RescindStore store) {
        return new JdbcHostTransaction(MariaDbFixture.shared());
    }
}
