package dev.rescind.adapters.fake;

import dev.rescind.adapters.inmemory.InMemoryStore;

/** Breaks the adapters' independence on purpose: one adapter uses another. Never run. */
public final class LeansOnInMemory {

    InMemoryStore store;
}
