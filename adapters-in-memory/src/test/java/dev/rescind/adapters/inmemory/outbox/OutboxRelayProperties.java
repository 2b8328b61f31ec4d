package dev.rescind.adapters.inmemory.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.rescind.adapters.inmemory.InMemoryStore;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.RescindListener;
import dev.rescind.application.outbox.OutboxRelay;
import dev.rescind.application.port.EventLog;
import dev.rescind.application.port.EventLog.Claimed;
import dev.rescind.application.port.EventPublisher;
import dev.rescind.domain.shared.FieldError;
import dev.rescind.domain.shared.InvalidInputException;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.testkit.contract.StoreFixture;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The outbox relay's settings at their edges, its drain limit, and what it does after a failed publish. */
class OutboxRelayProperties {

    private static final Duration LONG_LEASE = Duration.ofHours(1);

    @Property
    void a_batch_size_or_attempt_count_below_one_is_refused(@ForAll("counts") int count) {
        OutboxRelay.Settings defaults = OutboxRelay.Settings.defaults();
        if (count >= 1) {
            assertThat(defaults.withBatchSize(count).batchSize()).isEqualTo(count);
            assertThat(defaults.withMaxAttempts(count).maxAttempts()).isEqualTo(count);
        } else {
            assertThatThrownBy(() -> defaults.withBatchSize(count)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> defaults.withMaxAttempts(count)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property
    void a_lease_or_backoff_that_is_not_positive_is_refused(@ForAll("millis") long lease, @ForAll("millis") long first,
            @ForAll("millis") long longest) {
        OutboxRelay.Settings defaults = OutboxRelay.Settings.defaults();
        boolean valid = lease > 0 && first > 0 && longest >= first;
        Throwable thrown = catchThrowable(() -> defaults.withLease(Duration.ofMillis(lease))
                .withBackoff(Duration.ofMillis(first), Duration.ofMillis(longest)));
        if (valid) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Example
    void absent_durations_are_refused() {
        OutboxRelay.Settings defaults = OutboxRelay.Settings.defaults();
        assertThatThrownBy(() -> defaults.withLease(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withBackoff(null, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withBackoff(Duration.ofSeconds(1), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 30)
    void a_relay_id_is_a_token_of_at_most_255_characters(@ForAll("relayIds") String relayId) {
        InMemoryStore store = new InMemoryStore();
        // Spaces around the id are trimmed, as for every token.
        String trimmed = relayId.strip();
        boolean valid = !trimmed.isEmpty() && trimmed.length() <= OutboxRelay.MAX_RELAY_ID_LENGTH
                && trimmed.chars().noneMatch(Character::isWhitespace);

        Throwable thrown = catchThrowable(() -> new OutboxRelay(store.events(), event -> { }, relayId, 10,
                LONG_LEASE));

        if (valid) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isInstanceOfSatisfying(InvalidInputException.class,
                    invalid -> assertThat(invalid.invalidInput().errors()).extracting(FieldError::path)
                            .allMatch(path -> path.startsWith("relayId")));
        }
    }

    @Property(tries = 20)
    void drain_runs_at_most_the_given_number_of_batches_and_stops_when_one_publishes_nothing(
            @ForAll @IntRange(min = 0, max = 8) int batches, @ForAll @IntRange(min = 1, max = 3) int batchSize) {
        InMemoryStore store = new InMemoryStore();
        int events = commitShipments(store, 2).size();
        List<EventEnvelope> published = new ArrayList<>();
        AtomicInteger claims = new AtomicInteger();
        OutboxRelay relay = new OutboxRelay(countingClaims(store.events(), claims), published::add, "relay-a",
                batchSize, LONG_LEASE);

        int count = relay.drain(batches);

        int expected = Math.min(events, batches * batchSize);
        int batchesWithEvents = (events + batchSize - 1) / batchSize;
        assertThat(count).isEqualTo(expected).isEqualTo(published.size());
        assertThat(claims).as("runs: each batch, and one that found nothing")
                .hasValue(Math.min(batches, batchesWithEvents + 1));
        assertThat(store.events().unpublished()).isEqualTo(events - expected);
        assertThat(relay.drain(100)).isEqualTo(events - expected);
        assertThat(relay.drain(100)).isZero();
    }

    @Example
    void after_a_failed_publish_the_aggregates_later_events_are_not_published_and_are_released_at_once() {
        InMemoryStore store = new InMemoryStore();
        List<EventEnvelope> committed = commitShipments(store, 2);
        EventEnvelope failing = committed.get(0);
        List<EventEnvelope> offered = new ArrayList<>();
        EventPublisher publisher = event -> {
            offered.add(event);
            if (event.eventId().equals(failing.eventId())) {
                throw new IllegalStateException("broker down");
            }
        };
        OutboxRelay.Settings settings = OutboxRelay.Settings.defaults().withLease(LONG_LEASE)
                .withBackoff(Duration.ofMillis(1), Duration.ofMillis(1));
        OutboxRelay relay = new OutboxRelay(store.events(), publisher, "relay-a", settings, RescindListener.NONE);

        assertThat(relay.relayOnce()).as("the other aggregate's two events").isEqualTo(2);

        assertThat(offered).as("the failed event's successor is never offered")
                .containsExactly(committed.get(0), committed.get(2), committed.get(3));
        assertThat(store.events().unpublished()).isEqualTo(2);
        pause(Duration.ofMillis(50));
        // Released, not held for relay-a's hour-long lease: another relay takes both once the failure is due.
        assertThat(store.events().claim("relay-b", 10, LONG_LEASE))
                .containsExactly(new Claimed(failing, 1), new Claimed(committed.get(1), 0));
    }

    @Example
    void the_publisher_is_never_handed_an_empty_batch() {
        InMemoryStore store = new InMemoryStore();
        List<Integer> batchSizes = new ArrayList<>();
        EventPublisher publisher = new EventPublisher() {
            @Override
            public void publish(EventEnvelope event) {
            }

            @Override
            public Map<String, Exception> publishAll(List<EventEnvelope> batch) {
                batchSizes.add(batch.size());
                return Map.of();
            }
        };
        OutboxRelay relay = new OutboxRelay(store.events(), publisher, "relay-a", 10, LONG_LEASE);

        assertThat(relay.relayOnce()).isZero();
        commitShipments(store, 1);
        assertThat(relay.drain(5)).isEqualTo(2);

        assertThat(batchSizes).containsExactly(2);
    }

    @Example
    void a_publisher_that_throws_fails_the_whole_batch_and_charges_each_aggregate_one_attempt() {
        InMemoryStore store = new InMemoryStore();
        List<EventEnvelope> committed = commitShipments(store, 2);
        EventPublisher publisher = new EventPublisher() {
            @Override
            public void publish(EventEnvelope event) {
            }

            @Override
            public Map<String, Exception> publishAll(List<EventEnvelope> batch) {
                throw new IllegalStateException("connection refused");
            }
        };
        OutboxRelay.Settings settings = OutboxRelay.Settings.defaults().withLease(LONG_LEASE)
                .withBackoff(Duration.ofMillis(1), Duration.ofMillis(1));

        assertThat(new OutboxRelay(store.events(), publisher, "relay-a", settings, RescindListener.NONE).relayOnce())
                .isZero();

        pause(Duration.ofMillis(50));
        assertThat(store.events().claim("relay-b", 10, LONG_LEASE)).containsExactly(
                new Claimed(committed.get(0), 1), new Claimed(committed.get(1), 0),
                new Claimed(committed.get(2), 1), new Claimed(committed.get(3), 0));
    }

    @Provide
    Arbitrary<Integer> counts() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-2, 3), Arbitraries.of(Integer.MIN_VALUE),
                Arbitraries.integers().between(1, 10_000));
    }

    @Provide
    Arbitrary<Long> millis() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-2, 3), Arbitraries.longs().between(-60_000, 60_000));
    }

    @Provide
    Arbitrary<String> relayIds() {
        Arbitrary<String> nearTheLimit = Arbitraries.integers().between(OutboxRelay.MAX_RELAY_ID_LENGTH - 1,
                OutboxRelay.MAX_RELAY_ID_LENGTH + 1).map("r"::repeat);
        Arbitrary<String> spaced = Arbitraries.strings().withCharRange('a', 'z').withChars(" \t").ofMinLength(1)
                .ofMaxLength(12);
        return Arbitraries.oneOf(nearTheLimit, spaced, Arbitraries.of("", " ", "relay-1"));
    }

    /** Two events (created, cancelled) for each of {@code count} shipments, in commit order. */
    private static List<EventEnvelope> commitShipments(InMemoryStore store, int count) {
        TenantId tenant = StoreFixture.freshTenant();
        List<EventEnvelope> events = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            var created = StoreFixture.createShipment(tenant, StoreFixture.freshId());
            var createdCommit = StoreFixture.commitOf(created);
            StoreFixture.commitOrFail(store, createdCommit);
            var cancelledCommit = StoreFixture.commitOf(StoreFixture.cancel(created.aggregate()));
            StoreFixture.commitOrFail(store, cancelledCommit);
            events.add(createdCommit.writes().get(0).event());
            events.add(cancelledCommit.writes().get(0).event());
        }
        return events;
    }

    /** The event log, counting the claims made on it. */
    private static EventLog countingClaims(EventLog log, AtomicInteger claims) {
        return (EventLog) Proxy.newProxyInstance(EventLog.class.getClassLoader(), new Class<?>[] {EventLog.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("claim")) {
                        claims.incrementAndGet();
                    }
                    try {
                        return method.invoke(log, arguments);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
