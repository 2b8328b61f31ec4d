package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.CancellationRequestsContract;

/** The contract on tables under a host's prefix, in a schema other than the connections' default. */
class PostgresCustomTablesCancellationRequestsContractTest extends CancellationRequestsContract {

    @Override
    protected RescindStore store() {
        return CustomTables.on(PostgresFixture.shared()).store();
    }

    @Override
    protected RescindStore emptyStore() {
        return CustomTables.on(PostgresFixture.shared()).emptyStore();
    }
}
