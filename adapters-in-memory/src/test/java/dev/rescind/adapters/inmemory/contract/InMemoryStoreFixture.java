package dev.rescind.adapters.inmemory.contract;

import dev.rescind.adapters.inmemory.InMemoryStore;

/** One store shared by every contract test of a run, as a database-backed store would be. */
final class InMemoryStoreFixture {

    static final InMemoryStore SHARED = new InMemoryStore();

    private InMemoryStoreFixture() {
    }
}
