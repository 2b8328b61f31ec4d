package dev.rescind.testkit.contract;

import dev.rescind.application.port.RescindStore;

/**
 * The base of every contract in this package: the two hooks a store's test class implements, and nothing
 * else. A store keeps its promises when a subclass of each contract passes, for example:
 *
 * <pre>{@code
 * class H2ShipmentsContractTest extends ShipmentsContract {
 *     protected RescindStore store() { return H2Stores.shared(); }
 *     protected RescindStore emptyStore() { return H2Stores.emptied(); }
 * }
 * }</pre>
 *
 * <p>Tests isolate themselves: each works in tenants of its own, named with fresh random ids, so one store
 * can serve every test of a class, of every contract, and of a whole test run. Only the few tests that look
 * at the store as a whole (the outbox relay's claims and the count of unpublished events are not scoped by
 * tenant) ask for {@link #emptyStore()}.
 *
 * <p>Test methods are JUnit Jupiter {@code @Test}s and jqwik {@code @Property}s, and each engine makes a new
 * instance of the class per test. jqwik does not run Jupiter's {@code @BeforeAll} or {@code @BeforeEach}, so
 * a subclass should set up its store lazily inside the hooks (a static holder, for example) rather than in
 * lifecycle methods. Tests of one class do not run concurrently unless the subclass configures that.
 */
public abstract class StoreContract {

    /**
     * The store under test. Called many times per test; may return the same store every time, one shared by
     * the whole class or test run, already holding data of other tests (in other tenants).
     *
     * @return the store
     */
    protected abstract RescindStore store();

    /**
     * A store holding nothing at all: no aggregates, no events, no idempotency records. Called at most once
     * per test, only by the tests that need a global view. A database-backed store may empty its tables (and
     * so the shared store's too) or hand out a fresh schema; the in-memory store returns a new instance.
     *
     * @return an empty store
     */
    protected abstract RescindStore emptyStore();
}
