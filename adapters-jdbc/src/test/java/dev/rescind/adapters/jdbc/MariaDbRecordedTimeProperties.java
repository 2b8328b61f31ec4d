package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.RecordedTimeProperties;
import net.jqwik.api.lifecycle.AddLifecycleHook;

@AddLifecycleHook(RequiresMariaDb.class)
class MariaDbRecordedTimeProperties extends RecordedTimeProperties {

    @Override
    protected RescindStore store() {
        return MariaDbFixture.shared().store();
    }

    @Override
    protected RescindStore emptyStore() {
        return MariaDbFixture.shared().emptyStore();
    }
}
