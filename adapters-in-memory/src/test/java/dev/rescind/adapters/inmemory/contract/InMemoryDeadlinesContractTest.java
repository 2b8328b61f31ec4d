package dev.rescind.adapters.inmemory.contract;

import dev.rescind.adapters.inmemory.InMemoryStore;
import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.DeadlinesContract;
import dev.rescind.testkit.contract.MovableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The in-memory store on a clock the test moves: time passes at once. */
class InMemoryDeadlinesContractTest extends DeadlinesContract {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final InMemoryStore store = new InMemoryStore(clock);

    @Override
    protected RescindStore store() {
        return store;
    }

    @Override
    protected RescindStore emptyStore() {
        return store;
    }

    @Override
    protected Clock storeClock() {
        return clock;
    }

    @Override
    protected void passTime(Duration time) {
        clock.step(time);
    }
}
