package dev.rescind.adapters.jdbc;

import static dev.rescind.adapters.jdbc.FlowFixture.TENANT;
import static dev.rescind.adapters.jdbc.FlowFixture.merchant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.Applied;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.Rescind;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.fulfillment.FulfillmentHold;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.HoldReason;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many threads over one connection pool race conflicting commands through {@link Rescind}: exactly one
 * winner where only one can win, no lost update where all should win, and every aggregate's events gapless.
 */
abstract class ConcurrentCommandsTest {

    static final int THREADS = 16;
    static final int ROUNDS = 8;

    private ExecutorService threads;
    private JdbcRescindStore store;
    private Rescind rescind;

    abstract DatabaseFixture database();

    @BeforeEach
    void start() {
        threads = Executors.newFixedThreadPool(THREADS);
        store = database().emptyStore();
        rescind = FlowFixture.rescind(store);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void of_threads_racing_to_cancel_one_shipment_exactly_one_wins_and_its_reason_is_kept() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            ShipmentId id = new ShipmentId("s-" + round);
            rescind.shipments().create(merchant(), FlowFixture.shipment(id.value())).get();

            List<Either<Rejection, Applied<Shipment>>> outcomes = race(thread -> () -> rescind.shipments()
                    .cancel(merchant(), id, Option.some(new Reason("reason of thread " + thread))));

            List<Applied<Shipment>> winners = outcomes.stream().filter(Either::isRight).map(Either::get).toList();
            assertThat(winners).hasSize(1);
            assertThat(outcomes.stream().filter(Either::isLeft).map(Either::getLeft))
                    .allMatch(rejection -> rejection instanceof Rejection.NotCancellable);
            Shipment stored = store.shipments().find(TENANT, id).get();
            assertThat(stored).isEqualTo(winners.get(0).aggregate());
            assertGapless(AggregateType.SHIPMENT, id.value(), 2);
        }
    }

    @Test
    void of_threads_racing_to_request_cancellation_of_one_return_exactly_one_opens_a_request() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            ReturnId id = new ReturnId("r-" + round);
            rescind.returns().create(merchant(), FlowFixture.returnParcel(id.value())).get();

            List<Either<Rejection, Applied<Return>>> outcomes = race(thread -> () -> rescind.returns()
                    .requestCancellation(merchant(), id, Option.some(new Message("from thread " + thread))));

            List<Applied<Return>> winners = outcomes.stream().filter(Either::isRight).map(Either::get).toList();
            assertThat(winners).hasSize(1);
            List<CancellationRequest> requests = store.cancellationRequests().forTarget(TENANT,
                    CancellationTarget.of(id));
            assertThat(requests).containsExactly(winners.get(0).related(CancellationRequest.class).get());
            assertGapless(AggregateType.RETURN, id.value(), 2);
        }
    }

    @Test
    void threads_that_all_hold_one_order_lose_no_hold_and_leave_a_gapless_history() throws Exception {
        for (int round = 0; round < ROUNDS / 2; round++) {
            FulfillmentOrderId id = new FulfillmentOrderId("fo-" + round);
            rescind.fulfillmentOrders().create(merchant(), FlowFixture.fulfillmentOrder(id.value())).get();

            List<Either<Rejection, Applied<FulfillmentOrder>>> outcomes = race(thread -> () -> rescind
                    .fulfillmentOrders()
                    .hold(merchant(), id, HoldReason.OTHER, Option.some(new Reason("hold " + thread))));

            assertThat(outcomes).allMatch(Either::isRight);
            FulfillmentOrder stored = store.fulfillmentOrders().find(TENANT, id).get();
            assertThat(stored.holds()).extracting(hold -> hold.reasonNotes().get().value())
                    .containsExactlyInAnyOrderElementsOf(
                            java.util.stream.IntStream.range(0, THREADS).mapToObj(thread -> "hold " + thread).toList());
            assertThat(stored.version().value()).isEqualTo(1 + THREADS);
            assertThat(outcomes.stream().map(outcome -> outcome.get().aggregate().version().value()))
                    .doesNotHaveDuplicates();
            assertGapless(AggregateType.FULFILLMENT_ORDER, id.value(), 1 + THREADS);
            assertThat(stored.holds()).extracting(FulfillmentHold::reason).containsOnly(HoldReason.OTHER);
        }
    }

    private <T> List<T> race(IntFunction<Callable<T>> command) throws Exception {
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            Callable<T> call = command.apply(thread);
            futures.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                return call.call();
            }));
        }
        ready.await();
        go.countDown();
        List<T> outcomes = new ArrayList<>();
        for (Future<T> future : futures) {
            outcomes.add(future.get());
        }
        return outcomes;
    }

    private void assertGapless(AggregateType type, String id, int versions) {
        List<EventEnvelope> history = store.events().history(TENANT, type, id);
        assertThat(history).extracting(event -> event.version().value())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, versions).boxed().toList());
    }
}
