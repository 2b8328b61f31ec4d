package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.EventLogContract;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.extension.ExtendWith;

/** The contract on tables under a host's prefix, in a schema other than the connections' default. */
@ExtendWith(RequiresMariaDb.class)
@AddLifecycleHook(RequiresMariaDb.class)
class MariaDbCustomTablesEventLogContractTest extends EventLogContract {

    @Override
    protected RescindStore store() {
        return CustomTables.on(MariaDbFixture.shared()).store();
    }

    @Override
    protected RescindStore emptyStore() {
        return CustomTables.on(MariaDbFixture.shared()).emptyStore();
    }
}
