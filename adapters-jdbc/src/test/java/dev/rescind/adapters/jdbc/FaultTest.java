package dev.rescind.adapters.jdbc;

import static dev.rescind.adapters.jdbc.FlowFixture.TENANT;
import static dev.rescind.adapters.jdbc.FlowFixture.merchant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescind.application.Applied;
import dev.rescind.application.CommandContext;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.application.Rescind;
import dev.rescind.application.RescindListener;
import dev.rescind.application.outbox.OutboxRelay;
import dev.rescind.application.port.EventLog;
import dev.rescind.application.port.StoreFailure;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import io.vavr.control.Option;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connections killed by the database server in the middle of a commit or a claim: nothing partial is left,
 * a retry with the same idempotency key applies exactly once, and the relay resumes with nothing lost.
 */
abstract class FaultTest {

    private static final ShipmentId SHIPMENT = new ShipmentId("s-1");
    private static final Option<Reason> REASON = Option.some(new Reason("customer called"));

    private JdbcRescindStore healthy;
    private Rescind rescind;

    abstract DatabaseFixture database();

    /** The server's id of the session behind {@code connection}. */
    abstract long sessionOf(Connection connection) throws SQLException;

    /** Ends that session from another connection, as an administrator or a failing network would. */
    abstract void kill(long session) throws SQLException;

    @BeforeEach
    void createShipment() {
        healthy = database().emptyStore();
        rescind = FlowFixture.rescind(healthy);
        rescind.shipments().create(merchant(), FlowFixture.shipment(SHIPMENT.value())).get();
    }

    @Test
    void a_connection_killed_between_the_statements_of_a_commit_leaves_nothing_and_the_retry_applies_once() {
        assertKilledCommitLeavesNothing(sql -> sql.contains("INSERT INTO rescind_events"));
    }

    @Test
    void a_connection_killed_just_before_it_commits_leaves_nothing_and_the_retry_applies_once() {
        assertKilledCommitLeavesNothing(sql -> sql.equals("commit"));
    }

    @Test
    void a_commit_whose_acknowledgement_is_lost_is_replayed_on_retry_and_not_applied_again() {
        AtomicBoolean armed = new AtomicBoolean(true);
        Rescind lossy = FlowFixture.rescind(JdbcRescindStore.of(connectionsThat(once(armed), sql -> false, true),
                database().dialect()));
        CommandContext keyed = merchant().withIdempotencyKey("cancel-once");

        assertThatThrownBy(() -> lossy.shipments().cancel(keyed, SHIPMENT, REASON)).isInstanceOf(StoreFailure.class);
        Applied<Shipment> retried = rescind.shipments().cancel(keyed, SHIPMENT, REASON).get();

        assertThat(armed).isFalse();
        assertThat(retried.replayed()).isTrue();
        assertThat(retried.aggregate().status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(history()).extracting(EventEnvelope::eventType).containsExactly("ShipmentCreated",
                "ShipmentCancelled");
    }

    @Test
    void a_relay_whose_claim_is_killed_claims_again_and_the_relays_lose_nothing() {
        createMoreShipments(9);
        AtomicBoolean armed = new AtomicBoolean(true);
        JdbcRescindStore dying = killedOnceBefore(armed, sql -> sql.contains("UPDATE rescind_events SET lease_owner"));
        List<EventEnvelope> published = new ArrayList<>();
        List<String> storeFailures = new ArrayList<>();

        int first = relay(dying, "relay-a", published, storeFailures).relayOnce();
        int rest = relay(healthy, "relay-b", published, storeFailures).drain(20);

        assertThat(armed).isFalse();
        assertThat(storeFailures).containsExactly("relay-a: claiming events, will retry");
        assertThat(first).isEqualTo(3);
        assertThat(first + rest).isEqualTo(10);
        assertThat(published).extracting(EventEnvelope::eventId).doesNotHaveDuplicates().hasSize(10);
        assertThat(healthy.events().unpublished()).isZero();
    }

    @Test
    void a_relay_that_dies_after_claiming_loses_nothing_once_its_lease_runs_out() throws InterruptedException {
        createMoreShipments(4);
        rescind.shipments().cancel(merchant(), SHIPMENT, REASON).get();
        Duration lease = Duration.ofSeconds(2);
        List<EventEnvelope> abandoned = healthy.events().claim("relay-a", 100, lease).stream()
                .map(EventLog.Claimed::event).toList();
        List<EventEnvelope> published = new ArrayList<>();

        int whileLeased = relay(healthy, "relay-b", published, new ArrayList<>()).drain(10);
        Thread.sleep(lease.toMillis() + 200);
        int afterExpiry = relay(healthy, "relay-b", published, new ArrayList<>()).drain(10);

        assertThat(abandoned).hasSize(6);
        assertThat(whileLeased).isZero();
        assertThat(afterExpiry).isEqualTo(6);
        assertThat(published).extracting(EventEnvelope::eventId)
                .containsExactlyInAnyOrderElementsOf(abandoned.stream().map(EventEnvelope::eventId).toList());
        assertThat(published).filteredOn(event -> event.aggregateId().equals(SHIPMENT.value()))
                .extracting(EventEnvelope::eventType).containsExactly("ShipmentCreated", "ShipmentCancelled");
        assertThat(healthy.events().unpublished()).isZero();
    }

    @Test
    void a_session_killed_before_the_store_reads_its_isolation_level_is_replaced_within_the_claim() {
        createMoreShipments(2);
        AtomicBoolean armed = new AtomicBoolean(true);
        JdbcRescindStore dying = killedOnceBefore(armed, sql -> sql.equals("getTransactionIsolation"));
        List<EventEnvelope> published = new ArrayList<>();
        List<String> storeFailures = new ArrayList<>();

        int relayed = relay(dying, "relay-a", published, storeFailures).relayOnce();

        assertThat(armed).isFalse();
        assertThat(storeFailures).as("nothing had run, so the store itself took a fresh connection").isEmpty();
        assertThat(relayed).isEqualTo(3);
        assertThat(healthy.events().unpublished()).isZero();
    }

    /**
     * Defect 11: a session killed under the pool made {@code drain()} throw and the relay stop. Here sessions
     * are killed again and again while a relay drains, before every fourth statement it runs (reading the
     * isolation level, claiming, leasing, marking published): the relay retries, keeps going, and publishes
     * every event.
     */
    @Test
    void sessions_killed_under_the_pool_while_a_relay_drains_do_not_stop_it_and_every_event_is_published() {
        createMoreShipments(29);
        AtomicInteger kills = new AtomicInteger(8);
        AtomicInteger statements = new AtomicInteger();
        JdbcRescindStore flaky = JdbcRescindStore.of(connectionsThat(
                () -> statements.incrementAndGet() % 4 == 0 && kills.getAndDecrement() > 0,
                sql -> sql.equals("getTransactionIsolation") || sql.contains("rescind_events"), false),
                database().dialect());
        List<EventEnvelope> published = new ArrayList<>();
        List<String> storeFailures = new ArrayList<>();

        int drained = relay(flaky, "relay-a", published, storeFailures).drain(100);

        assertThat(kills.get()).as("every planned kill happened").isNegative();
        assertThat(storeFailures).isNotEmpty().allMatch(failure -> failure.endsWith("will retry"));
        assertThat(published).extracting(EventEnvelope::eventId).doesNotHaveDuplicates().hasSize(30);
        assertThat(drained).isEqualTo(30);
        assertThat(healthy.events().unpublished()).isZero();
    }

    /**
     * As above for the effect runner: sessions are killed before every fourth statement it runs on the effect
     * outbox and journal while it drains effects whose first attempt failed; it retries, keeps going, and runs
     * every due effect once.
     */
    @Test
    void sessions_killed_under_the_pool_while_the_effect_runner_drains_do_not_stop_it_and_every_effect_runs() {
        int returns = 12;
        List<String> ids = new ArrayList<>();
        Rescind carrierDown = Rescind.builder().store(healthy).clock(new FlowFixture.TickingClock()).carrierCancellations(
                (owner, returnId, carrierId, parcel, request) -> {
                    throw new IllegalStateException("carrier down");
                }).effectRetries(quickRetries()).build();
        for (int index = 1; index <= returns; index++) {
            ReturnId id = carrierDown.returns().create(merchant(), FlowFixture.returnParcel("r-" + index)).get()
                    .aggregate().id();
            carrierDown.returns().announce(FlowFixture.carrier(), id).get();
            carrierDown.returns().requestCancellation(merchant(), id, Option.none()).get();
            ids.add(id.value());
        }
        AtomicInteger kills = new AtomicInteger(8);
        AtomicInteger statements = new AtomicInteger();
        JdbcRescindStore flaky = JdbcRescindStore.of(connectionsThat(
                () -> statements.incrementAndGet() % 4 == 0 && kills.getAndDecrement() > 0,
                sql -> sql.equals("getTransactionIsolation") || sql.contains("rescind_effect"), false),
                database().dialect());
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        List<String> storeFailures = new ArrayList<>();
        Rescind carrierUp = Rescind.builder().store(flaky).clock(new FlowFixture.TickingClock())
                .carrierCancellations((owner, returnId, carrierId, parcel, request) -> calls
                        .computeIfAbsent(returnId.value(), key -> new AtomicInteger()).incrementAndGet())
                .effectRetries(quickRetries()).listener(storeFailures(storeFailures)).build();

        assertThat(healthy.effectOutbox().outstanding()).isEqualTo(returns);
        int succeeded = carrierUp.effectRelay("runner-a").drain(100);

        assertThat(kills.get()).as("every planned kill happened").isNegative();
        assertThat(storeFailures).isNotEmpty().allMatch(failure -> failure.endsWith("will retry"));
        assertThat(succeeded).isEqualTo(returns);
        assertThat(calls.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(calls.values()).allSatisfy(count -> assertThat(count).hasValue(1));
        assertThat(healthy.effectOutbox().outstanding()).isZero();
    }

    private void assertKilledCommitLeavesNothing(Predicate<String> killBefore) {
        AtomicBoolean armed = new AtomicBoolean(true);
        Rescind dying = FlowFixture.rescind(killedOnceBefore(armed, killBefore));
        CommandContext keyed = merchant().withIdempotencyKey("cancel-once");

        assertThatThrownBy(() -> dying.shipments().cancel(keyed, SHIPMENT, REASON)).isInstanceOf(StoreFailure.class);

        assertThat(armed).as("the connection was killed").isFalse();
        Shipment untouched = healthy.shipments().find(TENANT, SHIPMENT).get();
        assertThat(untouched.status()).isEqualTo(ShipmentStatus.PENDING);
        assertThat(untouched.version().value()).isEqualTo(1);
        assertThat(history()).hasSize(1);
        assertThat(healthy.idempotency().find(TENANT, new IdempotencyKey("cancel-once"))).isEmpty();

        Applied<Shipment> retried = rescind.shipments().cancel(keyed, SHIPMENT, REASON).get();
        Applied<Shipment> again = rescind.shipments().cancel(keyed, SHIPMENT, REASON).get();

        assertThat(retried.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.aggregate()).isEqualTo(retried.aggregate());
        assertThat(history()).extracting(event -> event.version().value()).containsExactly(1L, 2L);
    }

    private List<EventEnvelope> history() {
        return healthy.events().history(TENANT, AggregateType.SHIPMENT, SHIPMENT.value());
    }

    private void createMoreShipments(int count) {
        for (int index = 2; index < 2 + count; index++) {
            rescind.shipments().create(merchant(), FlowFixture.shipment("s-" + index)).get();
        }
    }

    /** A relay of three events a run that tells {@code storeFailures} of every store failure it meets. */
    private static OutboxRelay relay(JdbcRescindStore store, String relayId, List<EventEnvelope> published,
            List<String> storeFailures) {
        return new OutboxRelay(store.events(), published::add, relayId,
                OutboxRelay.Settings.defaults().withBatchSize(3), storeFailures(storeFailures));
    }

    /** A listener that tells {@code storeFailures} of every store failure a relay meets. */
    private static RescindListener storeFailures(List<String> storeFailures) {
        return new RescindListener() {
            @Override
            public void relayStoreFailed(String relay, String operation, RuntimeException failure, int attempt,
                    boolean willRetry) {
                storeFailures.add(relay + ": " + operation + (willRetry ? ", will retry" : ", gave up"));
            }
        };
    }

    /** Effects due again a millisecond after a failed attempt, four a run. */
    private static OutboxRelay.Settings quickRetries() {
        return OutboxRelay.Settings.defaults().withBatchSize(4).withBackoff(Duration.ofMillis(1),
                Duration.ofMillis(1));
    }

    /** A store whose session is killed once, before a statement {@code killBefore} matches. */
    private JdbcRescindStore killedOnceBefore(AtomicBoolean armed, Predicate<String> killBefore) {
        return JdbcRescindStore.of(connectionsThat(once(armed), killBefore, false), database().dialect());
    }

    private static BooleanSupplier once(AtomicBoolean armed) {
        return () -> armed.compareAndSet(true, false);
    }

    /**
     * The shared pool, but a connection's session is killed (when {@code fire} says so) right before a
     * statement that {@code killBefore} matches, before a {@code commit} when it matches "commit", or before the
     * isolation level is read when it matches "getTransactionIsolation". With {@code loseAcknowledgement}, a
     * commit goes through (when {@code fire} says so) and then fails as if the reply had been lost.
     */
    private DataSource connectionsThat(BooleanSupplier fire, Predicate<String> killBefore,
            boolean loseAcknowledgement) {
        DataSource pool = database().dataSource();
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(method, pool, args);
                    return method.getName().equals("getConnection")
                            ? dying((Connection) result, fire, killBefore, loseAcknowledgement)
                            : result;
                });
    }

    private Connection dying(Connection connection, BooleanSupplier fire, Predicate<String> killBefore,
            boolean loseAcknowledgement) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    boolean commit = name.equals("commit") && (args == null || args.length == 0);
                    if (commit && loseAcknowledgement && fire.getAsBoolean()) {
                        connection.commit();
                        throw new SQLException("connection reset while reading the reply", "08006");
                    }
                    String statement = commit || name.equals("getTransactionIsolation") ? (commit ? "commit" : name)
                            : name.startsWith("prepare") && args != null && args[0] instanceof String sql ? sql : null;
                    if (statement != null && killBefore.test(statement) && fire.getAsBoolean()) {
                        kill(sessionOf(connection));
                    }
                    return invoke(method, connection, args);
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }
}
