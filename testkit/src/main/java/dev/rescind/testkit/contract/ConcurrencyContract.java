package dev.rescind.testkit.contract;

import static dev.rescind.testkit.contract.PipelineContract.ok;
import static dev.rescind.testkit.contract.StoreFixture.MERCHANT;
import static dev.rescind.testkit.contract.StoreFixture.NOW;
import static dev.rescind.testkit.contract.StoreFixture.SERVICE;
import static dev.rescind.testkit.contract.StoreFixture.freshId;
import static dev.rescind.testkit.contract.StoreFixture.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.Applied;
import dev.rescind.application.BatchItem;
import dev.rescind.application.CommandContext;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.Rescind;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestStatus;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.FulfillmentState;
import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnEvent;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.returns.ReturnItem;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.PickupWindow;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Many threads race conflicting commands through one {@link Rescind} on the store under test: exactly one
 * winner per exclusive transition, no lost update, each aggregate's events gapless and as many as the
 * transitions accepted, and a retried idempotency key applied once.
 *
 * <p>Sized by system properties: {@value #THREADS_PROPERTY} (default {@value #DEFAULT_THREADS}) threads and
 * {@value #OPERATIONS_PROPERTY} (default {@value #DEFAULT_OPERATIONS}) operations per test; each test reports
 * its figures through JUnit's {@link TestReporter} (in the Surefire XML reports, not on the console). See
 * {@link StoreContract} for the hooks.
 */
public abstract class ConcurrencyContract extends StoreContract {

    /** The system property that sets {@link #threads()}. */
    public static final String THREADS_PROPERTY = "rescind.concurrency.threads";
    /** The system property that sets {@link #operations()}. */
    public static final String OPERATIONS_PROPERTY = "rescind.concurrency.operations";
    /** The threads without {@value #THREADS_PROPERTY}. */
    public static final int DEFAULT_THREADS = 8;
    /** The operations per test without {@value #OPERATIONS_PROPERTY}. */
    public static final int DEFAULT_OPERATIONS = 4000;

    /** Operations per contested aggregate: enough for every aggregate to be fought over by several threads. */
    private static final int OPERATIONS_PER_AGGREGATE = 40;

    private final TenantId tenant = freshTenant();
    private final CommandContext merchant = CommandContext.of(tenant, MERCHANT);
    private final CommandContext carrier = CommandContext.of(tenant, StoreFixture.CARRIER);
    private final CommandContext service = CommandContext.of(tenant, SERVICE);

    /** {@return how many threads run the operations at once} */
    protected int threads() {
        return Integer.getInteger(THREADS_PROPERTY, DEFAULT_THREADS);
    }

    /** {@return how many operations each test runs} */
    protected int operations() {
        return Integer.getInteger(OPERATIONS_PROPERTY, DEFAULT_OPERATIONS);
    }

    @Test
    void cancel_and_pickup_racing_on_scheduled_shipments_have_exactly_one_winner_each(TestReporter reporter)
            throws Exception {
        Rescind rescind = rescind();
        List<ShipmentId> shipments = scheduledShipments(rescind);
        Map<ShipmentId, AtomicInteger> winners = counters(shipments);

        Race race = race(reporter, "cancel vs pick up", (random, operation) -> {
            ShipmentId id = shipments.get(random.nextInt(shipments.size()));
            Either<Rejection, Applied<Shipment>> answer = random.nextBoolean()
                    ? rescind.shipments().cancel(merchant, id, Option.none())
                    : rescind.shipments().pickUp(carrier, id);
            answer.forEach(applied -> winners.get(id).incrementAndGet());
            return answer.isRight();
        });

        assertOneWinnerEach(rescind, shipments, winners);
        assertThat(race.accepted()).isEqualTo(shipments.size());
    }

    @Test
    void batch_cancels_racing_with_pickups_and_single_cancels_have_exactly_one_winner_each(TestReporter reporter)
            throws Exception {
        Rescind rescind = rescind();
        List<ShipmentId> shipments = scheduledShipments(rescind);
        Map<ShipmentId, AtomicInteger> winners = counters(shipments);

        Race race = race(reporter, "batch cancel vs pick up vs cancel", (random, operation) -> {
            if (random.nextInt(4) == 0) {
                List<ShipmentId> some = new ArrayList<>(shipments.subList(0, random.nextInt(shipments.size()) + 1));
                Collections.shuffle(some, random);
                int won = 0;
                for (BatchItem<Shipment> item : rescind.shipments().cancelAll(merchant, some, Option.none()).get()) {
                    if (item.applied()) {
                        winners.get(new ShipmentId(item.id())).incrementAndGet();
                        won++;
                    }
                }
                return won > 0;
            }
            ShipmentId id = shipments.get(random.nextInt(shipments.size()));
            Either<Rejection, Applied<Shipment>> answer = random.nextBoolean()
                    ? rescind.shipments().cancel(merchant, id, Option.none())
                    : rescind.shipments().pickUp(carrier, id);
            answer.forEach(applied -> winners.get(id).incrementAndGet());
            return answer.isRight();
        });

        assertOneWinnerEach(rescind, shipments, winners);
        assertThat(race.accepted()).isPositive();
    }

    /**
     * Partial cancels of the return of some units race with the carrier's scan of the same parcel: a cancel that
     * commits came before the scan, none after; every accepted unit is in the ledger, none twice, none lost.
     */
    @Test
    void partial_cancels_racing_with_a_scan_of_the_parcel_lose_no_unit_and_never_follow_the_scan(
            TestReporter reporter) throws Exception {
        Rescind rescind = rescind();
        List<ReturnId> returns = new ArrayList<>();
        for (int index = 0; index < pool(); index++) {
            ReturnId id = new ReturnId(freshId());
            ok(rescind.returns().create(merchant, StoreFixture.newReturn(id)));
            ok(rescind.returns().announce(carrier, id));
            returns.add(id);
        }
        Map<ReturnId, AtomicInteger> cancelledUnits = counters(returns);
        Map<ReturnId, AtomicInteger> scans = counters(returns);
        List<Reference> items = List.of(new Reference("item-1"), new Reference("item-2"));

        Race race = race(reporter, "partial cancel vs scan", (random, operation) -> {
            ReturnId id = returns.get(random.nextInt(returns.size()));
            if (random.nextInt(4) == 0) {
                Either<Rejection, Applied<Return>> scanned = rescind.returns().recordScan(carrier, id);
                scanned.forEach(applied -> scans.get(id).incrementAndGet());
                return scanned.isRight();
            }
            Either<Rejection, Applied<Return>> answer = rescind.returns().cancelItem(merchant, id,
                    items.get(random.nextInt(items.size())), 1, Option.none());
            answer.forEach(applied -> cancelledUnits.get(id).incrementAndGet());
            answer.swap().forEach(rejection -> assertThat(rejection).isInstanceOfAny(
                    Rejection.ExceedsRemainingQuantity.class, Rejection.NotCancellable.class,
                    Rejection.ConcurrentModification.class));
            return answer.isRight();
        });

        for (ReturnId id : returns) {
            Return aReturn = rescind.returns().get(tenant, id).get();
            int cancelled = aReturn.items().stream().mapToInt(ReturnItem::cancelledQuantity).sum();
            assertThat(cancelled).as("units cancelled on %s", id).isEqualTo(cancelledUnits.get(id).get());
            assertThat(aReturn.items()).allSatisfy(item -> assertThat(item.remainingQuantity()).isNotNegative()
                    .isEqualTo(item.quantity() - item.cancelledQuantity()));
            assertThat(scans.get(id).get()).as("scans accepted on %s", id).isLessThanOrEqualTo(1);
            assertThat(aReturn.parcelStatus()).isEqualTo(scans.get(id).get() == 1
                    ? ParcelStatus.IN_TRANSIT : ParcelStatus.ANNOUNCED);
            List<EventEnvelope> history = store().events().history(tenant, AggregateType.RETURN, id.value());
            List<Object> kinds = history.stream().map(event -> (Object) event.event().getClass()).toList();
            int scanAt = kinds.indexOf(ReturnEvent.ReturnParcelScanned.class);
            assertThat(kinds.subList(scanAt < 0 ? kinds.size() : scanAt, kinds.size()))
                    .as("events from the scan on %s", id).doesNotContain(ReturnEvent.ReturnItemCancelled.class);
            assertGapless(aReturn, 2 + cancelledUnits.get(id).get() + scans.get(id).get());
        }
        assertThat(race.accepted()).isPositive();
    }

    @Test
    void two_sends_of_a_cancellation_request_open_exactly_one(TestReporter reporter) throws Exception {
        Rescind rescind = rescind();
        List<FulfillmentOrderId> orders = acceptedOrders(rescind);
        Map<FulfillmentOrderId, AtomicInteger> winners = counters(orders);

        race(reporter, "send vs send", (random, operation) -> {
            FulfillmentOrderId id = orders.get(random.nextInt(orders.size()));
            Either<Rejection, Applied<FulfillmentOrder>> answer = rescind.fulfillmentOrders()
                    .sendCancellationRequest(merchant, id, Option.none());
            answer.forEach(applied -> winners.get(id).incrementAndGet());
            return answer.isRight();
        });

        for (FulfillmentOrderId id : orders) {
            FulfillmentOrder order = rescind.fulfillmentOrders().get(tenant, id).get();
            List<CancellationRequest> requests = rescind.cancellationRequests()
                    .forTarget(tenant, CancellationTarget.of(id)).get();
            assertThat(winners.get(id)).as("winners on %s", id).hasValue(1);
            assertThat(order.state()).isEqualTo(FulfillmentState.IN_PROGRESS_CANCELLATION_REQUESTED);
            assertThat(requests).singleElement().satisfies(request -> {
                assertThat(request.isOpen()).isTrue();
                assertThat(order.openCancellationRequest()).containsExactly(request.id());
                assertGapless(request, 1);
            });
            assertGapless(order, 4);
        }
    }

    @Test
    void accept_and_reject_racing_on_a_cancellation_request_have_exactly_one_winner(TestReporter reporter)
            throws Exception {
        Rescind rescind = rescind();
        List<FulfillmentOrderId> orders = acceptedOrders(rescind);
        for (FulfillmentOrderId id : orders) {
            ok(rescind.fulfillmentOrders().sendCancellationRequest(merchant, id, Option.none()));
        }
        Map<FulfillmentOrderId, AtomicInteger> winners = counters(orders);

        race(reporter, "accept vs reject", (random, operation) -> {
            FulfillmentOrderId id = orders.get(random.nextInt(orders.size()));
            Either<Rejection, Applied<FulfillmentOrder>> answer = random.nextBoolean()
                    ? rescind.fulfillmentOrders().acceptCancellationRequest(service, id, Option.none())
                    : rescind.fulfillmentOrders().rejectCancellationRequest(service, id, Option.none());
            answer.forEach(applied -> winners.get(id).incrementAndGet());
            return answer.isRight();
        });

        for (FulfillmentOrderId id : orders) {
            FulfillmentOrder order = rescind.fulfillmentOrders().get(tenant, id).get();
            CancellationRequest request = rescind.cancellationRequests()
                    .forTarget(tenant, CancellationTarget.of(id)).get().get(0);
            assertThat(winners.get(id)).as("winners on %s", id).hasValue(1);
            assertThat(request.status()).isEqualTo(
                    order.state().equals(FulfillmentState.CANCELLED_CANCELLATION_ACCEPTED)
                    ? CancellationRequestStatus.ACCEPTED : CancellationRequestStatus.REJECTED);
            assertThat(order.state()).isIn(FulfillmentState.CANCELLED_CANCELLATION_ACCEPTED,
                    FulfillmentState.IN_PROGRESS_CANCELLATION_REJECTED);
            assertGapless(order, 5);
            assertGapless(request, 2);
        }
    }

    @Test
    void one_idempotency_key_sent_from_many_threads_is_applied_once_and_replayed_to_the_rest(
            TestReporter reporter) throws Exception {
        Rescind rescind = rescind();
        List<ShipmentId> shipments = new ArrayList<>();
        for (int index = 0; index < pool(); index++) {
            ShipmentId id = new ShipmentId(freshId());
            ok(rescind.shipments().create(merchant, StoreFixture.newShipment(id)));
            shipments.add(id);
        }
        Map<ShipmentId, AtomicInteger> firstAnswers = counters(shipments);
        Map<ShipmentId, Applied<Shipment>> answers = new ConcurrentHashMap<>();

        Race race = race(reporter, "one key from many threads", (random, operation) -> {
            ShipmentId id = shipments.get(random.nextInt(shipments.size()));
            Applied<Shipment> applied = ok(rescind.shipments().cancel(merchant.withIdempotencyKey("cancel-" + id), id,
                    Option.none()));
            if (!applied.replayed()) {
                firstAnswers.get(id).incrementAndGet();
            }
            Applied<Shipment> first = answers.putIfAbsent(id, applied);
            assertThat(applied.aggregate()).isEqualTo(first == null ? applied.aggregate() : first.aggregate());
            return true;
        });

        for (ShipmentId id : shipments) {
            Shipment shipment = rescind.shipments().get(tenant, id).get();
            assertThat(firstAnswers.get(id)).as("applications of the key on %s", id).hasValue(1);
            assertThat(shipment.status()).isEqualTo(ShipmentStatus.CANCELLED);
            assertGapless(shipment, 2);
        }
        assertThat(race.accepted()).isEqualTo(operations());
    }

    /**
     * Carrier scans contend on one cancelled shipment's version: each is refused, and each is kept as exactly
     * one anomaly, however many races it loses.
     */
    @Test
    void eight_threads_scanning_one_cancelled_shipment_keep_every_scan_as_one_anomaly(TestReporter reporter)
            throws Exception {
        int threads = 8;
        int scansPerThread = 25;
        Rescind rescind = rescind();
        ShipmentId id = new ShipmentId(freshId());
        ok(rescind.shipments().create(merchant, StoreFixture.newShipment(id)));
        ok(rescind.shipments().cancel(merchant, id, Option.none()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Rejection>>> workers = new ArrayList<>();
        try {
            for (int thread = 0; thread < threads; thread++) {
                workers.add(pool.submit(() -> {
                    start.await();
                    List<Rejection> answers = new ArrayList<>();
                    for (int scan = 0; scan < scansPerThread; scan++) {
                        answers.add(rescind.shipments().pickUp(carrier, id).getLeft());
                    }
                    return answers;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            List<Rejection> answers = new ArrayList<>();
            for (Future<List<Rejection>> worker : workers) {
                answers.addAll(worker.get(10, TimeUnit.MINUTES));
            }
            reporter.publishEntry("scans on one cancelled shipment", threads * scansPerThread + " in "
                    + Duration.ofNanos(System.nanoTime() - began).toMillis() + " ms");

            assertThat(answers).hasSize(threads * scansPerThread)
                    .allSatisfy(answer -> assertThat(answer).isInstanceOf(Rejection.NotAllowedInState.class));
            Shipment shipment = rescind.shipments().get(tenant, id).get();
            assertThat(shipment.status()).isEqualTo(ShipmentStatus.CANCELLED);
            assertThat(shipment.anomalies()).hasSize(threads * scansPerThread);
            assertGapless(shipment, 2 + threads * scansPerThread);
        } finally {
            pool.shutdownNow();
        }
    }

    private Rescind rescind() {
        return Rescind.builder().store(store()).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    /** Fulfillment orders whose service accepted the fulfillment request: four events each. */
    private List<FulfillmentOrderId> acceptedOrders(Rescind rescind) {
        List<FulfillmentOrderId> orders = new ArrayList<>();
        for (int index = 0; index < pool(); index++) {
            FulfillmentOrderId id = new FulfillmentOrderId(freshId());
            ok(rescind.fulfillmentOrders().create(merchant, StoreFixture.newFulfillmentOrder(id)));
            ok(rescind.fulfillmentOrders().submitFulfillmentRequest(merchant, id, Option.none()));
            ok(rescind.fulfillmentOrders().acceptFulfillmentRequest(service, id, Option.none()));
            orders.add(id);
        }
        return orders;
    }

    private List<ShipmentId> scheduledShipments(Rescind rescind) {
        List<ShipmentId> shipments = new ArrayList<>();
        for (int index = 0; index < pool(); index++) {
            ShipmentId id = new ShipmentId(freshId());
            ok(rescind.shipments().create(merchant, StoreFixture.newShipment(id)));
            ok(rescind.shipments().schedule(merchant, id, window(), Option.none()));
            shipments.add(id);
        }
        return shipments;
    }

    /** Each shipment was cancelled or picked up, by exactly one winner, and its events tell exactly that. */
    private void assertOneWinnerEach(Rescind rescind, List<ShipmentId> shipments,
            Map<ShipmentId, AtomicInteger> winners) {
        for (ShipmentId id : shipments) {
            Shipment shipment = rescind.shipments().get(tenant, id).get();
            assertThat(winners.get(id)).as("winners on %s", id).hasValue(1);
            assertThat(shipment.status()).isIn(ShipmentStatus.CANCELLED, ShipmentStatus.IN_TRANSIT);
            assertGapless(shipment, 2 + 1 + shipment.anomalies().size());
        }
    }

    private int pool() {
        return Math.max(1, operations() / OPERATIONS_PER_AGGREGATE);
    }

    /** The stored aggregate's events are versions 1 to {@code events}, and it is at that version. */
    private void assertGapless(Aggregate aggregate, int events) {
        List<EventEnvelope> history = store().events().history(tenant, aggregate.type(), aggregate.id().value());
        assertThat(history).extracting(event -> event.version().value())
                .as("events of %s %s", aggregate.type(), aggregate.id())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, events).boxed().toList());
        assertThat(aggregate.version().value()).isEqualTo(events);
    }

    private static <K> Map<K, AtomicInteger> counters(List<K> keys) {
        Map<K, AtomicInteger> counters = new ConcurrentHashMap<>();
        keys.forEach(key -> counters.put(key, new AtomicInteger()));
        return counters;
    }

    private static PickupWindow window() {
        return PickupWindow.of(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)),
                "UTC").get();
    }

    /** What a race did: operations, how many were accepted, and how long it took. */
    record Race(int threads, int operations, int accepted, Duration took) {
    }

    /**
     * Runs {@link #operations()} operations on {@link #threads()} threads started together; each operation
     * answers whether it was accepted. An operation that throws fails the test.
     */
    private Race race(TestReporter reporter, String name, BiFunction<ThreadLocalRandom, Integer, Boolean> operation)
            throws Exception {
        int threads = threads();
        int operations = operations();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        try {
            for (int thread = 0; thread < threads; thread++) {
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int index = next.getAndIncrement(); index < operations; index = next.getAndIncrement()) {
                        if (operation.apply(ThreadLocalRandom.current(), index)) {
                            accepted.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(10, TimeUnit.MINUTES);
            }
            Race race = new Race(threads, operations, accepted.get(), Duration.ofNanos(System.nanoTime() - began));
            reporter.publishEntry(Map.of("race", name, "threads", String.valueOf(threads), "operations",
                    String.valueOf(operations), "accepted", String.valueOf(race.accepted()), "millis",
                    String.valueOf(race.took().toMillis())));
            return race;
        } finally {
            pool.shutdownNow();
        }
    }
}
