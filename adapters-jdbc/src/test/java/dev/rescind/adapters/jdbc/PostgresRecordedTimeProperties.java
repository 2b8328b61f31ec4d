package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.RecordedTimeProperties;

class PostgresRecordedTimeProperties extends RecordedTimeProperties {

    @Override
    protected RescindStore store() {
        return PostgresFixture.shared().store();
    }

    @Override
    protected RescindStore emptyStore() {
        return PostgresFixture.shared().emptyStore();
    }
}
