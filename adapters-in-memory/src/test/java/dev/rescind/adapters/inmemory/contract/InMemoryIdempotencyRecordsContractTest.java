package dev.rescind.adapters.inmemory.contract;

import dev.rescind.adapters.inmemory.InMemoryStore;
import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.IdempotencyRecordsContract;

class InMemoryIdempotencyRecordsContractTest extends IdempotencyRecordsContract {

    @Override
    protected RescindStore store() {
        return InMemoryStoreFixture.SHARED;
    }

    @Override
    protected RescindStore emptyStore() {
        return new InMemoryStore();
    }
}
