package dev.rescind.testkit.contract;

import static dev.rescind.testkit.contract.StoreFixture.commitOf;
import static dev.rescind.testkit.contract.StoreFixture.committed;
import static dev.rescind.testkit.contract.StoreFixture.freshId;
import static dev.rescind.testkit.contract.StoreFixture.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.EventEnvelope;
import dev.rescind.application.outbox.OutboxRelay;
import dev.rescind.application.port.EventLog;
import dev.rescind.application.port.RescindStore;
import dev.rescind.application.port.Write;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.Shipment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The {@link EventLog} port's contract: per-aggregate histories, and the outbox the relays drain. Relaying is
 * not scoped by tenant, so those tests run on {@link #emptyStore()}. See {@link StoreContract} for the hooks.
 */
public abstract class EventLogContract extends StoreContract {

    private static final Duration LEASE = Duration.ofSeconds(30);

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

        List<EventEnvelope> claimed = store.events().claim("relay-a", 4, now(), LEASE);
        store.events().markPublished("relay-a", ids(claimed), now());

        assertThat(store.events().unpublished()).isEqualTo(committed.size() - claimed.size());
    }

    @Test
    void claim_hands_out_up_to_the_limit_each_aggregates_events_as_a_prefix_in_version_order() {
        RescindStore store = emptyStore();
        List<EventEnvelope> committed = commitShipments(store, 4);

        List<EventEnvelope> claimed = store.events().claim("relay-a", 5, now(), LEASE);

        assertThat(claimed).hasSize(5).isSubsetOf(committed);
        assertPrefixesInVersionOrder(claimed);
    }

    @Test
    void claim_hands_out_older_commits_first() {
        RescindStore store = emptyStore();
        List<EventEnvelope> committed = commitShipments(store, 3);

        List<EventEnvelope> claimed = store.events().claim("relay-a", 2, now(), LEASE);

        assertThat(claimed).containsExactlyInAnyOrderElementsOf(committed.subList(0, 2));
    }

    @Test
    void a_live_lease_keeps_the_aggregates_events_from_other_relays_and_a_lapsed_one_does_not() {
        RescindStore store = emptyStore();
        List<EventEnvelope> committed = commitShipments(store, 1);
        Instant now = now();
        List<EventEnvelope> first = store.events().claim("relay-a", 1, now, LEASE);

        assertThat(first).containsExactly(committed.get(0));
        assertThat(store.events().claim("relay-b", 10, now.plusSeconds(1), LEASE))
                .as("neither the leased event nor the later event of its aggregate").isEmpty();
        assertThat(store.events().claim("relay-b", 10, now.plus(LEASE).plusSeconds(1), LEASE))
                .containsExactlyElementsOf(committed);
    }

    @Test
    void a_released_event_can_be_claimed_by_another_relay_at_once() {
        RescindStore store = emptyStore();
        List<EventEnvelope> committed = commitShipments(store, 1);
        Instant now = now();
        List<EventEnvelope> claimed = store.events().claim("relay-a", 10, now, LEASE);

        store.events().release("relay-b", ids(claimed));
        assertThat(store.events().claim("relay-b", 10, now, LEASE)).as("only the holder can release").isEmpty();
        store.events().release("relay-a", ids(claimed));

        assertThat(store.events().claim("relay-b", 10, now, LEASE)).containsExactlyElementsOf(committed);
    }

    @Test
    void a_published_event_is_never_claimed_again_and_unblocks_the_next_of_its_aggregate() {
        RescindStore store = emptyStore();
        List<EventEnvelope> committed = commitShipments(store, 1);
        Instant now = now();
        List<EventEnvelope> first = store.events().claim("relay-a", 1, now, LEASE);

        store.events().markPublished("relay-a", ids(first), now);

        assertThat(store.events().claim("relay-b", 10, now, LEASE)).containsExactly(committed.get(1));
        assertThat(store.events().claim("relay-c", 10, now.plus(LEASE).plusSeconds(1), LEASE))
                .containsExactly(committed.get(1));
    }

    @Test
    void marking_published_after_the_lease_lapsed_still_counts() {
        RescindStore store = emptyStore();
        commitShipments(store, 1);
        Instant now = now();
        List<EventEnvelope> claimed = store.events().claim("relay-a", 10, now, LEASE);

        store.events().markPublished("relay-a", ids(claimed), now.plus(LEASE).plusSeconds(5));

        assertThat(store.events().unpublished()).isZero();
        assertThat(store.events().claim("relay-b", 10, now.plus(LEASE).plusSeconds(6), LEASE)).isEmpty();
    }

    @Test
    void events_committed_while_a_relay_holds_a_lease_wait_behind_it() {
        RescindStore store = emptyStore();
        TenantId tenant = freshTenant();
        var created = StoreFixture.createShipment(tenant, freshId());
        committed(store, created);
        Instant now = now();
        List<EventEnvelope> first = store.events().claim("relay-a", 10, now, LEASE);
        committed(store, StoreFixture.cancel(created.aggregate()));

        assertThat(store.events().claim("relay-b", 10, now, LEASE)).isEmpty();
        store.events().markPublished("relay-a", ids(first), now);
        assertThat(store.events().claim("relay-b", 10, now, LEASE)).extracting(EventEnvelope::eventType)
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
            OutboxRelay outbox = new OutboxRelay(store.events(), published::add, Clock.fixed(now(), ZoneOffset.UTC),
                    "relay-" + relay, 7, Duration.ofHours(1));
            workers.add(() -> {
                int total = 0;
                for (int round = 0; round < 400; round++) {
                    total += outbox.relayOnce();
                }
                return total;
            });
        }

        UnitOfWorkContract.race(workers);
        new OutboxRelay(store.events(), published::add, Clock.fixed(now(), ZoneOffset.UTC), "relay-final", 500,
                Duration.ofHours(1)).drain(10);

        assertThat(published).containsExactlyInAnyOrderElementsOf(committed);
        assertThat(store.events().unpublished()).isZero();
        Map<String, List<Long>> versions = new LinkedHashMap<>();
        synchronized (published) {
            for (EventEnvelope event : published) {
                versions.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>()).add(event.version().value());
            }
        }
        assertThat(versions.values()).allSatisfy(order -> assertThat(order).containsExactly(1L, 2L));
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

    private static List<String> ids(List<EventEnvelope> events) {
        return events.stream().map(EventEnvelope::eventId).toList();
    }

    private static Instant now() {
        return StoreFixture.NOW;
    }
}
