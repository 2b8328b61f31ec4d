/** A {@link dev.rescind.application.port.RescindStore} in memory: for tests and for a single process. */
module dev.rescind.adapters.inmemory {
    requires transitive dev.rescind.application;

    exports dev.rescind.adapters.inmemory;
}
