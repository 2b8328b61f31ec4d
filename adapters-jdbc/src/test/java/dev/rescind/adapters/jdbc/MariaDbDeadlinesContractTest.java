package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.RescindStore;
import dev.rescind.testkit.contract.DeadlinesContract;
import java.time.Clock;
import java.time.Duration;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.extension.ExtendWith;

/** Due times and leases by the database's own clock; time passes by waiting. */
@ExtendWith(RequiresMariaDb.class)
@AddLifecycleHook(RequiresMariaDb.class)
class MariaDbDeadlinesContractTest extends DeadlinesContract {

    @Override
    protected RescindStore store() {
        return MariaDbFixture.shared().store();
    }

    @Override
    protected RescindStore emptyStore() {
        return MariaDbFixture.shared().emptyStore();
    }

    @Override
    protected Clock storeClock() {
        return new DatabaseClock(MariaDbFixture.shared());
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
