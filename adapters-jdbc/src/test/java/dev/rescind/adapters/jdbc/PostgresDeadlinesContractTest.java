package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.DeadlinesContract;
import java.time.Clock;
import java.time.Duration;

/** Due times and leases by the database's own clock; time passes by waiting. */
class PostgresDeadlinesContractTest extends DeadlinesContract {

    @Override
    protected RescindStore store() {
        return PostgresFixture.shared().store();
    }

    @Override
    protected RescindStore emptyStore() {
        return PostgresFixture.shared().emptyStore();
    }

    @Override
    protected Clock storeClock() {
        return new DatabaseClock(PostgresFixture.shared());
    }

    @Override
    protected void passTime(Duration time) {
        try {
            Thread.sleep(time.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while time passed", interrupted);
        }
    }
}
