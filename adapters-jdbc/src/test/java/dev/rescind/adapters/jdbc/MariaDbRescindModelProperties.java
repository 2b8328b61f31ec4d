package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.RescindModelProperties;
import net.jqwik.api.lifecycle.AddLifecycleHook;

@AddLifecycleHook(RequiresMariaDb.class)
class MariaDbRescindModelProperties extends RescindModelProperties {

    @Override
    protected RescindStore store() {
        return MariaDbFixture.shared().store();
    }

    @Override
    protected RescindStore emptyStore() {
        return MariaDbFixture.shared().emptyStore();
    }
}
