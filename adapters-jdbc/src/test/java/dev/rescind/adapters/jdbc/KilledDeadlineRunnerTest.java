package dev.rescind.adapters.jdbc;

import static dev.rescind.adapters.jdbc.FlowFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.EventEnvelope;
import dev.rescind.application.Rescind;
import dev.rescind.application.outbox.DeadlineRunner;
import dev.rescind.domain.cancellation.CancellationRequestStatus;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.FulfillmentState;
import dev.rescind.domain.shared.AggregateType;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A deadline runner killed with {@code kill -9} while it holds claimed deadlines, one of them decided but not yet
 * marked so: no deadline is lost and none takes effect twice. The survivor decides the deadlines nobody held at
 * once, the killed runner's only once its lease ran out, and the one already decided is a no-op.
 */
class KilledDeadlineRunnerTest {

    private static final int ORDERS = 12;

    @Test
    void deadlines_a_killed_runner_held_are_decided_once_after_its_lease_and_none_is_lost() throws Exception {
        PostgresFixture database = PostgresFixture.shared();
        JdbcRescindStore store = database.emptyStore();
        DatabaseClock clock = new DatabaseClock(database);
        Rescind rescind = Rescind.builder().store(store).clock(clock).build();
        List<FulfillmentOrderId> ids = new ArrayList<>();
        for (int index = 0; index < ORDERS; index++) {
            FulfillmentOrderId id = new FulfillmentOrderId("fo-killed-" + index);
            rescind.fulfillmentOrders().create(FlowFixture.merchant(), FlowFixture.fulfillmentOrder(id.value())).get();
            rescind.fulfillmentOrders().submitFulfillmentRequest(FlowFixture.merchant(), id, Option.none()).get();
            rescind.fulfillmentOrders().acceptFulfillmentRequest(FlowFixture.service(), id, Option.none()).get();
            rescind.fulfillmentOrders().sendCancellationRequest(FlowFixture.merchant(), id, Option.none(),
                    Option.some(clock.instant().plusMillis(500))).get();
            ids.add(id);
        }
        Thread.sleep(1000);

        Process runner = launch(database);
        try {
            assertThat(awaitHolding(runner)).as("the runner holds its deadlines").isTrue();
        } finally {
            runner.destroyForcibly();
        }
        assertThat(runner.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(runner.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);

        DeadlineRunner survivor = rescind.deadlineRunner("survivor");
        int unheld = survivor.drain(10);
        long heldByTheKilled = store.deadlines().pending();
        assertThat(unheld).isEqualTo(ORDERS - HoldDeadlinesMain.BATCH);
        assertThat(heldByTheKilled).as("the killed runner's leases are still live").isEqualTo(HoldDeadlinesMain.BATCH
                - HoldDeadlinesMain.DECIDED_BEFORE_HOLDING);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int afterTheLease = 0;
        while (store.deadlines().pending() > 0 && System.nanoTime() < deadline) {
            afterTheLease += survivor.runOnce();
            Thread.sleep(200);
        }

        assertThat(store.deadlines().pending()).isZero();
        assertThat(afterTheLease).as("the one decided before the kill is a no-op now").isEqualTo(1);
        for (FulfillmentOrderId id : ids) {
            assertThat(store.fulfillmentOrders().find(TENANT, id).get().state())
                    .isEqualTo(FulfillmentState.IN_PROGRESS_CANCELLATION_REJECTED);
            assertThat(store.cancellationRequests().forTarget(TENANT, CancellationTarget.of(id)))
                    .extracting(request -> request.status()).containsExactly(CancellationRequestStatus.EXPIRED);
            assertThat(store.events().history(TENANT, AggregateType.FULFILLMENT_ORDER, id.value()))
                    .extracting(EventEnvelope::eventType).filteredOn("CancellationRequestExpired"::equals).hasSize(1);
        }
    }

    private static boolean awaitHolding(Process runner) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(runner.getInputStream(),
                StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String line;
        while (System.nanoTime() < deadline && (line = output.readLine()) != null) {
            if (line.equals(HoldDeadlinesMain.HOLDING)) {
                return true;
            }
        }
        return false;
    }

    private static Process launch(PostgresFixture database) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", HoldDeadlinesMain.class.getName(),
                database.jdbcUrl(), database.credentials().getProperty("user", ""),
                database.credentials().getProperty("password", ""), database.isolatedIn());
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
