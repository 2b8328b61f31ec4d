package dev.rescind.adapters.inmemory.contract;

import dev.rescind.adapters.inmemory.InMemoryStore;
import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.RecordedTimeProperties;

class InMemoryRecordedTimeProperties extends RecordedTimeProperties {

    @Override
    protected RescindStore store() {
        return InMemoryStoreFixture.SHARED;
    }

    @Override
    protected RescindStore emptyStore() {
        return new InMemoryStore();
    }
}
