package dev.rescind.application.violation;

import dev.rescind.adapters.inmemory.InMemoryStore;

/** Breaks the dependency direction on purpose: the application knows an adapter. Never run. */
public final class UsesAnAdapter {

    InMemoryStore store;
}
