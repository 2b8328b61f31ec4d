package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.ShipmentsContract;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.extension.RegisterExtension;

@AddLifecycleHook(RequiresMariaDb.class)
class MariaDbShipmentsContractTest extends ShipmentsContract {

    // Registered as a field: jqwik warns about Jupiter annotations on a class that also holds properties.
    @RegisterExtension
    static final RequiresMariaDb MARIADB = new RequiresMariaDb();

    @Override
    protected RescindStore store() {
        return MariaDbFixture.shared().store();
    }

    @Override
    protected RescindStore emptyStore() {
        return MariaDbFixture.shared().emptyStore();
    }
}
