package com.example.testing;

import dev.rescind.adapters.inmemory.InMemoryStore;
import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.ShipmentsContract;

/** Stands for a store of your own: subclass each contract once, and your store is held to Rescind's promises. */
class MyStoreShipmentsContractTest extends ShipmentsContract {

    // One store for the whole run: every test works in tenants of its own.
    private static final RescindStore SHARED = new InMemoryStore();

    @Override
    protected RescindStore store() {
        return SHARED;
    }

    @Override
    protected RescindStore emptyStore() {
        return new InMemoryStore();
    }
}
