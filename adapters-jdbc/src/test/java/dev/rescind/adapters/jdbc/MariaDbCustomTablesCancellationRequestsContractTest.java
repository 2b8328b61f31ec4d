package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.CancellationRequestsContract;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract on tables under a host's prefix, in a schema other than the connections' default. */
@AddLifecycleHook(RequiresMariaDb.class)
class MariaDbCustomTablesCancellationRequestsContractTest extends CancellationRequestsContract {

    // Registered as a field: jqwik warns about Jupiter annotations on a class that also holds properties.
    @RegisterExtension
    static final RequiresMariaDb MARIADB = new RequiresMariaDb();

    @Override
    protected RescindStore store() {
        return CustomTables.on(MariaDbFixture.shared()).store();
    }

    @Override
    protected RescindStore emptyStore() {
        return CustomTables.on(MariaDbFixture.shared()).emptyStore();
    }
}
