package dev.rescind.testkit.contract;

import static dev.rescind.testkit.contract.StoreFixture.commitOf;
import static dev.rescind.testkit.contract.StoreFixture.committed;
import static dev.rescind.testkit.contract.StoreFixture.freshId;
import static dev.rescind.testkit.contract.StoreFixture.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.EventEnvelope;
import dev.rescind.application.outbox.OutboxRelay;
import dev.rescind.application.Rescind;
import dev.rescind.application.RescindListener;
import dev.rescind.application.port.EventLog;
import dev.rescind.application.port.EventLog.Claimed;
import dev.rescind.application.port.EventLog.Failure;
import dev.rescind.application.port.EventPublisher;
import dev.rescind.application.port.RescindStore;
import dev.rescind.application.port.Write;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.Shipment;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The {@link EventLog} port's contract: per-aggregate histories, and the outbox the relays drain. Relaying is
 * not scoped by tenant, so those tests run on {@link #emptyStore()}. See {@link StoreContract} for the hooks.
 */
public abstract class EventLogContract extends StoreContract {

    private static final Duration LEASE = Duration.ofSeconds(30);
    /** Long enough for a claim and the next one to fall within it on a busy machine; the tests outlast it. */
    private static final Duration SHORT_LEASE = Duration.ofSeconds(1);
    /** Three attempts, due again 50 to 200 ms after a failure. */
    private static final OutboxRelay.Settings FAST_RETRIES = OutboxRelay.Settings.defaults().withMaxAttempts(3)
            .withBackoff(Duration.ofMillis(50), Duration.ofMillis(200));

    @Test
    void history_is_every_committed_event_of_the_aggregate_in_version_order_as_committed() {
        TenantId tenant = freshTenant();
        var created = StoreFixture.createShipment(tenant, freshId());
        var cancelled = StoreFixture.cancel(created.aggregate());
        List<Write> first = StoreFixture.writes(created);
        List<Write> second = StoreFixture.writes(cancelled);
        StoreFixture.commitOrFail(store(), new dev.rescind.application.port.Commit(tenant, first,
                io.vavr.control.Option.none()));
        StoreFixture.commitOrFail(store(), new dev.rescind.application.port.Commit(tenant, second,
                io.vavr.control.Option.none()));

        assertThat(store().events().history(tenant, AggregateType.SHIPMENT, created.aggregate().id().value()))
                .containsExactly(first.get(0).event(), second.get(0).event());
    }

    @Test
    void history_is_empty_for_another_tenant_another_type_or_an_unknown_aggregate() {
        TenantId tenant = freshTenant();
        Shipment shipment = committed(store(), StoreFixture.createShipment(tenant, freshId()));
        String id = shipment.id().value();

        assertThat(store().events().history(freshTenant(), AggregateType.SHIPMENT, id)).isEmpty();
        assertThat(store().events().history(tenant, AggregateType.RETURN, id)).isEmpty();
        assertThat(store().events().history(tenant, AggregateType.SHIPMENT, freshId())).isEmpty();
    }

    @Test
    void unpublished_counts_committed_events_until_they_are_marked_published() {
        RescindStore store = emptyStore();
        assertThat(store.events().unpublished()).isZero();
        List<EventEnvelope> committed = commitShipments(store, 3);
        assertThat(store.events().unpublished()).isEqualTo(6);

        List<EventEnvelope> claimed = events(store.events().claim("relay-a", 4, LEASE));
        store.events().markPublished("relay-a", ids(claimed));

        assertThat(store.events().unpublished()).isEqualTo(committed.size() - claimed.size());
    }

    @Test
    void claim_hands_out_up_to_the_limit_each_aggregates_events_as_a_prefix_in_version_order() {
        RescindStore store = emptyStore();
        List<EventEnvelope> committed = commitShipments(store, 4);

        List<Claimed> claimed = store.events().claim("relay-a", 5, LEASE);

        assertThat(events(claimed)).hasSize(5).isSubsetOf(committed);
        assertThat(claimed).extracting(Claimed::attempts).containsOnly(0);
        assertPrefixesInVersionOrder(events(claimed));
    }

    @Test
    void claim_hands_out_older_commits_first() {
        RescindStore store = emptyStore();
        List<EventEnvelope> committed = commitShipments(store, 3);

        List<EventEnvelope> claimed = events(store.events().claim("relay-a", 2, LEASE));

        assertThat(claimed).containsExactlyInAnyOrderElementsOf(committed.subList(0, 2));
    }

    @Test
    void a_live_lease_keeps_the_aggregates_events_from_other_relays_and_a_lapsed_one_does_not() {
        RescindStore store = emptyStore();
        List<EventEnvelope> committed = commitShipments(store, 1);
        List<EventEnvelope> first = events(store.events().claim("relay-a", 1, SHORT_LEASE));

        assertThat(first).containsExactly(committed.get(0));
        assertThat(store.events().claim("relay-b", 10, LEASE))
                .as("neither the leased event nor the later event of its aggregate").isEmpty();
        outlast(SHORT_LEASE);
        assertThat(events(store.events().claim("relay-b", 10, LEASE))).containsExactlyElementsOf(committed);
    }

    @Test
    void a_released_event_can_be_claimed_by_another_relay_at_once() {
        RescindStore store = emptyStore();
        List<EventEnvelope> committed = commitShipments(store, 1);
        List<EventEnvelope> claimed = events(store.events().claim("relay-a", 10, LEASE));

        store.events().release("relay-b", ids(claimed));
        assertThat(store.events().claim("relay-b", 10, LEASE)).as("only the holder can release").isEmpty();
        store.events().release("relay-a", ids(claimed));

        assertThat(events(store.events().claim("relay-b", 10, LEASE))).containsExactlyElementsOf(committed);
    }

    @Test
    void a_published_event_is_never_claimed_again_and_unblocks_the_next_of_its_aggregate() {
        RescindStore store = emptyStore();
        List<EventEnvelope> committed = commitShipments(store, 1);
        List<EventEnvelope> first = events(store.events().claim("relay-a", 1, LEASE));

        store.events().markPublished("relay-a", ids(first));

        assertThat(events(store.events().claim("relay-b", 10, SHORT_LEASE))).containsExactly(committed.get(1));
        outlast(SHORT_LEASE);
        assertThat(events(store.events().claim("relay-c", 10, LEASE))).containsExactly(committed.get(1));
    }

    @Test
    void marking_published_after_the_lease_lapsed_still_counts() {
        RescindStore store = emptyStore();
        commitShipments(store, 1);
        List<EventEnvelope> claimed = events(store.events().claim("relay-a", 10, SHORT_LEASE));
        outlast(SHORT_LEASE);

        store.events().markPublished("relay-a", ids(claimed));

        assertThat(store.events().unpublished()).isZero();
        assertThat(store.events().claim("relay-b", 10, LEASE)).isEmpty();
    }

    @Test
    void events_committed_while_a_relay_holds_a_lease_wait_behind_it() {
        RescindStore store = emptyStore();
        TenantId tenant = freshTenant();
        var created = StoreFixture.createShipment(tenant, freshId());
        committed(store, created);
        List<EventEnvelope> first = events(store.events().claim("relay-a", 10, LEASE));
        committed(store, StoreFixture.cancel(created.aggregate()));

        assertThat(store.events().claim("relay-b", 10, LEASE)).isEmpty();
        store.events().markPublished("relay-a", ids(first));
        assertThat(events(store.events().claim("relay-b", 10, LEASE))).extracting(EventEnvelope::eventType)
                .containsExactly("ShipmentCancelled");
    }

    /**
     * Several relays drain one outbox at once while commits continue: every event is published, exactly once
     * (leases outlive the test, no publisher fails), and each aggregate's events in version order.
     */
    @Test
    void several_relays_at_once_publish_every_event_once_in_per_aggregate_order() throws Exception {
        RescindStore store = emptyStore();
        int relays = 4;
        List<EventEnvelope> published = Collections.synchronizedList(new ArrayList<>());
        List<EventEnvelope> committed = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Integer>> workers = new ArrayList<>();
        workers.add(() -> {
            committed.addAll(commitShipments(store, 60));
            return 0;
        });
        for (int relay = 0; relay < relays; relay++) {
            OutboxRelay outbox = new OutboxRelay(store.events(), published::add, "relay-" + relay, 7,
                    Duration.ofHours(1));
            workers.add(() -> {
                int total = 0;
                for (int round = 0; round < 400; round++) {
                    total += outbox.relayOnce();
                }
                return total;
            });
        }

        UnitOfWorkContract.race(workers);
        new OutboxRelay(store.events(), published::add, "relay-final", 500, Duration.ofHours(1)).drain(10);

        assertThat(published).containsExactlyInAnyOrderElementsOf(committed);
        assertThat(store.events().unpublished()).isZero();
        assertVersionsInOrder(published, 2);
    }

    /**
     * Defect 4: each relay compared leases with its own clock, so relays 60 s apart took each other's live
     * leases. Here every relay comes from a {@link Rescind} whose clock is five minutes ahead of or behind the
     * others', the relays' leases last three seconds, and they race over one outbox through a publisher that
     * notices when an event is in flight twice: none is, and every event goes out once, in per-aggregate order.
     */
    @Test
    void relays_whose_clocks_are_minutes_apart_never_publish_an_event_twice_at_the_same_time() throws Exception {
        RescindStore store = emptyStore();
        List<EventEnvelope> committed = commitShipments(store, 40);
        OverlapDetector publisher = new OverlapDetector();
        List<Callable<Integer>> relays = new ArrayList<>();
        for (int relay = 0; relay < 4; relay++) {
            Duration skew = Duration.ofMinutes(relay % 2 == 0 ? -5 : 5).plusSeconds(relay);
            OutboxRelay outbox = Rescind.builder().store(store).clock(Clock.offset(Clock.systemUTC(), skew)).build()
                    .outboxRelay(publisher, "skewed-" + relay,
                            OutboxRelay.Settings.defaults().withBatchSize(5).withLease(Duration.ofSeconds(3)));
            relays.add(() -> {
                int total = 0;
                for (int round = 0; round < 200 && store.events().unpublished() > 0; round++) {
                    total += outbox.relayOnce();
                }
                return total;
            });
        }

        List<Integer> totals = UnitOfWorkContract.race(relays);

        assertThat(publisher.overlaps()).as("events in flight at two relays at once").isZero();
        assertThat(publisher.published()).containsExactlyInAnyOrderElementsOf(committed);
        assertThat(totals.stream().mapToInt(Integer::intValue).sum()).isEqualTo(committed.size());
        assertThat(store.events().unpublished()).isZero();
        assertVersionsInOrder(publisher.published(), 2);
    }

    @Test
    void a_failed_attempt_is_counted_and_the_event_and_its_aggregates_later_events_wait_until_it_is_due() {
        RescindStore store = emptyStore();
        List<EventEnvelope> committed = commitShipments(store, 2);
        EventEnvelope failing = committed.get(0);
        store.events().claim("relay-a", 10, LEASE);

        store.events().recordFailure("relay-b", failing.eventId(), new Failure.Retry("not the holder", SHORT_LEASE));
        store.events().recordFailure("relay-a", failing.eventId(), new Failure.Retry("broker down", SHORT_LEASE));
        store.events().release("relay-a", ids(committed.subList(1, 4)));

        assertThat(events(store.events().claim("relay-b", 10, LEASE)))
                .as("the other aggregate flows, the failed one waits")
                .containsExactlyElementsOf(committed.subList(2, 4));
        outlast(SHORT_LEASE);
        assertThat(store.events().claim("relay-c", 10, LEASE))
                .containsExactly(new Claimed(failing, 1), new Claimed(committed.get(1), 0));
    }

    @Test
    void a_poison_event_is_dead_lettered_after_the_last_attempt_while_other_aggregates_flow() {
        RescindStore store = emptyStore();
        List<EventEnvelope> committed = commitShipments(store, 3);
        EventEnvelope poison = committed.get(2);
        Poison publisher = new Poison(poison.aggregateId());
        RecordingListener listener = new RecordingListener();
        OutboxRelay relay = new OutboxRelay(store.events(), publisher, "relay-a", FAST_RETRIES, listener);

        relayUntil(relay, () -> !store.events().deadLetters(10).isEmpty());

        assertThat(store.events().deadLetters(10)).singleElement().satisfies(dead -> {
            assertThat(dead.event()).isEqualTo(poison);
            assertThat(dead.attempts()).isEqualTo(3);
            assertThat(dead.lastError()).isEqualTo("rejected by the broker");
        });
        assertThat(publisher.attempts()).as("attempts on the poison event").isEqualTo(3);
        assertThat(publisher.published()).containsExactlyInAnyOrderElementsOf(
                List.of(committed.get(0), committed.get(1), committed.get(4), committed.get(5)));
        assertThat(listener.failures()).containsExactly(poison.eventId() + "#1", poison.eventId() + "#2");
        assertThat(listener.deadLetters()).containsExactly(poison.eventId() + "#3");
        assertThat(listener.published()).hasSize(4);
        assertThat(store.events().backlog()).satisfies(backlog -> {
            assertThat(backlog.unpublished()).as("the poison event and the one behind it").isEqualTo(2);
            assertThat(backlog.deadLettered()).isEqualTo(1);
        });
        assertThat(relay.drain(5)).as("nothing more goes while it is dead-lettered").isZero();
        assertThat(store.events().claim("relay-b", 10, LEASE)).isEmpty();
    }

    @Test
    void retrying_a_dead_letter_publishes_it_and_then_its_aggregates_later_events() {
        RescindStore store = emptyStore();
        List<EventEnvelope> committed = commitShipments(store, 2);
        Poison publisher = new Poison(committed.get(0).aggregateId());
        OutboxRelay relay = deadLetterFirstEvent(store, publisher);

        assertThat(store.events().retryDeadLetter(committed.get(0).eventId())).isTrue();
        relay.drain(10);

        assertThat(store.events().deadLetters(10)).isEmpty();
        assertThat(store.events().unpublished()).isZero();
        assertThat(publisher.published()).containsExactlyInAnyOrderElementsOf(committed);
        assertVersionsInOrder(publisher.published(), 2);
        assertThat(store.events().retryDeadLetter(committed.get(0).eventId())).as("no longer a dead letter").isFalse();
    }

    @Test
    void discarding_a_dead_letter_lets_its_aggregates_later_events_go_and_keeps_its_history() {
        RescindStore store = emptyStore();
        List<EventEnvelope> committed = commitShipments(store, 2);
        EventEnvelope poison = committed.get(0);
        Poison publisher = new Poison(poison.aggregateId());
        OutboxRelay relay = deadLetterFirstEvent(store, publisher);

        assertThat(store.events().discardDeadLetter(poison.eventId())).isTrue();
        relay.drain(10);

        assertThat(publisher.published()).containsExactlyInAnyOrder(committed.get(1), committed.get(2),
                committed.get(3));
        assertThat(store.events().unpublished()).isZero();
        assertThat(store.events().deadLetters(10)).isEmpty();
        assertThat(store.events().history(poison.tenant(), poison.aggregateType(), poison.aggregateId()))
                .containsExactly(committed.get(0), committed.get(1));
        assertThat(store.events().discardDeadLetter(poison.eventId())).isFalse();
    }

    @Test
    void only_dead_letters_can_be_retried_or_discarded() {
        RescindStore store = emptyStore();
        List<EventEnvelope> committed = commitShipments(store, 1);

        assertThat(store.events().retryDeadLetter(committed.get(0).eventId())).isFalse();
        assertThat(store.events().discardDeadLetter(committed.get(0).eventId())).isFalse();
        assertThat(store.events().discardDeadLetter(freshId())).isFalse();
        assertThat(store.events().unpublished()).isEqualTo(2);
    }

    @Test
    void the_relay_marks_published_only_what_the_publisher_acknowledged() {
        RescindStore store = emptyStore();
        List<EventEnvelope> committed = commitShipments(store, 2);
        EventEnvelope unacknowledged = committed.get(2);
        EventPublisher partial = new EventPublisher() {
            @Override
            public void publish(EventEnvelope event) {
                throw new AssertionError("the relay publishes batches");
            }

            @Override
            public Map<String, Exception> publishAll(List<EventEnvelope> batch) {
                Exception lost = new Exception("no acknowledgement");
                Map<String, Exception> failures = new LinkedHashMap<>();
                batch.stream().filter(event -> event.aggregateId().equals(unacknowledged.aggregateId()))
                        .forEach(event -> failures.put(event.eventId(), lost));
                return failures;
            }
        };

        int published = new OutboxRelay(store.events(), partial, "relay-a", FAST_RETRIES, RescindListener.NONE)
                .relayOnce();

        assertThat(published).isEqualTo(2);
        assertThat(store.events().unpublished()).isEqualTo(2);
        outlast(FAST_RETRIES.maxBackoff());
        assertThat(store.events().claim("relay-b", 10, LEASE)).as("one attempt charged, to the first failed event")
                .containsExactly(new Claimed(unacknowledged, 1), new Claimed(committed.get(3), 0));
    }

    @Test
    void the_backlog_counts_unpublished_events_and_ages_the_oldest_by_the_stores_clock() {
        RescindStore store = emptyStore();
        assertThat(store.events().backlog()).isEqualTo(new EventLog.Backlog(0, 0, Duration.ZERO));
        commitShipments(store, 2);
        outlast(Duration.ofMillis(300));

        EventLog.Backlog backlog = store.events().backlog();

        assertThat(backlog.unpublished()).isEqualTo(4);
        assertThat(backlog.deadLettered()).isZero();
        assertThat(backlog.oldestAge()).isBetween(Duration.ofMillis(250), Duration.ofMinutes(1));
    }

    @Test
    void retention_deletes_events_published_long_enough_ago_in_bounded_batches_and_nothing_else() {
        RescindStore store = emptyStore();
        List<EventEnvelope> committed = commitShipments(store, 3);
        store.events().markPublished("relay-a", ids(committed.subList(0, 5)));
        outlast(SHORT_LEASE);

        assertThat(store.events().deletePublished(Duration.ofHours(1), 10)).as("none is that old").isZero();
        assertThat(store.events().deletePublished(SHORT_LEASE, 3)).isEqualTo(3);
        assertThat(store.events().deletePublished(SHORT_LEASE, 3)).isEqualTo(2);
        assertThat(store.events().deletePublished(SHORT_LEASE, 3)).isZero();

        EventEnvelope kept = committed.get(5);
        assertThat(store.events().history(kept.tenant(), kept.aggregateType(), kept.aggregateId()))
                .containsExactly(kept);
        assertThat(store.events().unpublished()).isEqualTo(1);
        assertThat(events(store.events().claim("relay-b", 10, LEASE))).containsExactly(kept);
    }

    /** Commits {@code count} shipments, each created and cancelled; their events in commit order. */
    private static List<EventEnvelope> commitShipments(RescindStore store, int count) {
        TenantId tenant = freshTenant();
        List<EventEnvelope> events = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            var created = StoreFixture.createShipment(tenant, freshId());
            var createdCommit = commitOf(created);
            StoreFixture.commitOrFail(store, createdCommit);
            var cancelledCommit = commitOf(StoreFixture.cancel(created.aggregate()));
            StoreFixture.commitOrFail(store, cancelledCommit);
            events.add(createdCommit.writes().get(0).event());
            events.add(cancelledCommit.writes().get(0).event());
        }
        return events;
    }

    private static void assertPrefixesInVersionOrder(List<EventEnvelope> claimed) {
        Map<String, List<Long>> versions = claimed.stream().collect(Collectors.groupingBy(
                EventEnvelope::aggregateId, LinkedHashMap::new,
                Collectors.mapping(event -> event.version().value(), Collectors.toList())));
        for (List<Long> order : versions.values()) {
            for (int index = 0; index < order.size(); index++) {
                assertThat(order.get(index)).as("versions %s", order).isEqualTo(index + 1L);
            }
        }
    }

    /** Relays through {@code publisher} until its poison event is dead-lettered, then cures it; the relay. */
    private static OutboxRelay deadLetterFirstEvent(RescindStore store, Poison publisher) {
        OutboxRelay relay = new OutboxRelay(store.events(), publisher, "relay-a", FAST_RETRIES,
                RescindListener.NONE);
        relayUntil(relay, () -> !store.events().deadLetters(10).isEmpty());
        publisher.cure();
        return relay;
    }

    /** Relays until {@code done} or ten seconds passed, pausing between runs for due times to come. */
    private static void relayUntil(OutboxRelay relay, java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the relay got there in time").isLessThan(deadline);
            relay.relayOnce();
            outlast(Duration.ofMillis(20));
        }
    }

    /** Waits a little longer than {@code duration}, so that leases and due times of that length pass. */
    private static void outlast(Duration duration) {
        try {
            Thread.sleep(duration.toMillis() + 100);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", interrupted);
        }
    }

    private static void assertVersionsInOrder(List<EventEnvelope> published, long versions) {
        Map<String, List<Long>> byAggregate = new LinkedHashMap<>();
        synchronized (published) {
            for (EventEnvelope event : published) {
                byAggregate.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>()).add(event.version().value());
            }
        }
        List<Long> expected = java.util.stream.LongStream.rangeClosed(1, versions).boxed().toList();
        assertThat(byAggregate.values()).allSatisfy(order -> assertThat(order).containsExactlyElementsOf(expected));
    }

    private static List<EventEnvelope> events(List<Claimed> claimed) {
        return claimed.stream().map(Claimed::event).toList();
    }

    /** Publishes everything, and counts each time an event arrives while a relay is still publishing it. */
    private static final class OverlapDetector implements EventPublisher {
        private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
        private final AtomicInteger overlaps = new AtomicInteger();
        private final List<EventEnvelope> published = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void publish(EventEnvelope event) throws InterruptedException {
            if (!inFlight.add(event.eventId())) {
                overlaps.incrementAndGet();
                return;
            }
            try {
                Thread.sleep(1);
                published.add(event);
            } finally {
                inFlight.remove(event.eventId());
            }
        }

        int overlaps() {
            return overlaps.get();
        }

        List<EventEnvelope> published() {
            return published;
        }
    }

    /** A broker that refuses every event of one aggregate until it is cured. */
    private static final class Poison implements EventPublisher {
        private final String aggregateId;
        private final AtomicInteger attempts = new AtomicInteger();
        private final List<EventEnvelope> published = Collections.synchronizedList(new ArrayList<>());
        private volatile boolean cured;

        Poison(String aggregateId) {
            this.aggregateId = aggregateId;
        }

        @Override
        public void publish(EventEnvelope event) throws Exception {
            if (!cured && event.aggregateId().equals(aggregateId)) {
                attempts.incrementAndGet();
                throw new Exception("rejected by the broker");
            }
            published.add(event);
        }

        void cure() {
            cured = true;
        }

        int attempts() {
            return attempts.get();
        }

        List<EventEnvelope> published() {
            return published;
        }
    }

    /** What the relay told its listener, as event id and attempt. */
    private static final class RecordingListener implements RescindListener {
        private final List<String> published = Collections.synchronizedList(new ArrayList<>());
        private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        private final List<String> deadLetters = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void eventPublished(String relayId, EventEnvelope event) {
            published.add(event.eventId());
        }

        @Override
        public void eventPublishFailed(String relayId, EventEnvelope event, int attempt, Exception failure,
                Duration retryIn) {
            failures.add(event.eventId() + "#" + attempt);
        }

        @Override
        public void eventDeadLettered(String relayId, EventEnvelope event, int attempts, Exception failure) {
            deadLetters.add(event.eventId() + "#" + attempts);
        }

        List<String> published() {
            return published;
        }

        List<String> failures() {
            return failures;
        }

        List<String> deadLetters() {
            return deadLetters;
        }
    }

    private static List<String> ids(List<EventEnvelope> events) {
        return events.stream().map(EventEnvelope::eventId).toList();
    }

}
