package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.RecordedTimeProperties;

class H2RecordedTimeProperties extends RecordedTimeProperties {

    @Override
    protected RescindStore store() {
        return H2Fixture.shared().store();
    }

    @Override
    protected RescindStore emptyStore() {
        return H2Fixture.shared().emptyStore();
    }
}
