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
import dev.rescind.application.outbox.OutboxRelay;
import dev.rescind.application.port.StoreFailure;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
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
        Rescind lossy = FlowFixture.rescind(JdbcRescindStore.of(connectionsThat(armed, sql -> false, true),
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
    void a_relay_whose_claim_is_killed_leaves_every_event_to_the_next_relay() {
        createMoreShipments(9);
        AtomicBoolean armed = new AtomicBoolean(true);
        JdbcRescindStore dying = JdbcRescindStore.of(connectionsThat(armed,
                sql -> sql.contains("UPDATE rescind_events SET lease_owner"), false), database().dialect());
        List<EventEnvelope> published = new ArrayList<>();

        assertThatThrownBy(() -> relay(dying, "relay-a", published, Instant.now()).relayOnce())
                .isInstanceOf(StoreFailure.class);
        int drained = relay(healthy, "relay-b", published, Instant.now()).drain(20);

        assertThat(armed).isFalse();
        assertThat(drained).isEqualTo(10);
        assertThat(published).extracting(EventEnvelope::eventId).doesNotHaveDuplicates().hasSize(10);
        assertThat(healthy.events().unpublished()).isZero();
    }

    @Test
    void a_relay_that_dies_after_claiming_loses_nothing_once_its_lease_runs_out() {
        createMoreShipments(4);
        rescind.shipments().cancel(merchant(), SHIPMENT, REASON).get();
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        List<EventEnvelope> abandoned = healthy.events().claim("relay-a", 100, now, Duration.ofSeconds(30));
        List<EventEnvelope> published = new ArrayList<>();

        int whileLeased = relay(healthy, "relay-b", published, now.plusSeconds(29)).drain(10);
        int afterExpiry = relay(healthy, "relay-b", published, now.plusSeconds(31)).drain(10);

        assertThat(abandoned).hasSize(6);
        assertThat(whileLeased).isZero();
        assertThat(afterExpiry).isEqualTo(6);
        assertThat(published).extracting(EventEnvelope::eventId)
                .containsExactlyInAnyOrderElementsOf(abandoned.stream().map(EventEnvelope::eventId).toList());
        assertThat(published).filteredOn(event -> event.aggregateId().equals(SHIPMENT.value()))
                .extracting(EventEnvelope::eventType).containsExactly("ShipmentCreated", "ShipmentCancelled");
        assertThat(healthy.events().unpublished()).isZero();
    }

    private void assertKilledCommitLeavesNothing(Predicate<String> killBefore) {
        AtomicBoolean armed = new AtomicBoolean(true);
        Rescind dying = FlowFixture.rescind(JdbcRescindStore.of(connectionsThat(armed, killBefore, false),
                database().dialect()));
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

    private static OutboxRelay relay(JdbcRescindStore store, String relayId, List<EventEnvelope> published,
            Instant now) {
        return new OutboxRelay(store.events(), published::add, Clock.fixed(now, ZoneOffset.UTC), relayId, 3,
                Duration.ofSeconds(30));
    }

    /**
     * The shared pool, but each connection's session is killed (once, while {@code armed}) right before a
     * statement that {@code killBefore} matches, or before a {@code commit} when it matches "commit". With
     * {@code loseAcknowledgement}, a commit goes through and then fails as if the reply had been lost.
     */
    private DataSource connectionsThat(AtomicBoolean armed, Predicate<String> killBefore,
            boolean loseAcknowledgement) {
        DataSource pool = database().dataSource();
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(method, pool, args);
                    return method.getName().equals("getConnection")
                            ? dying((Connection) result, armed, killBefore, loseAcknowledgement)
                            : result;
                });
    }

    private Connection dying(Connection connection, AtomicBoolean armed, Predicate<String> killBefore,
            boolean loseAcknowledgement) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    boolean commit = name.equals("commit") && (args == null || args.length == 0);
                    if (commit && loseAcknowledgement && armed.compareAndSet(true, false)) {
                        connection.commit();
                        throw new SQLException("connection reset while reading the reply", "08006");
                    }
                    String statement = commit ? "commit"
                            : name.startsWith("prepare") && args != null && args[0] instanceof String sql ? sql : null;
                    if (statement != null && killBefore.test(statement) && armed.compareAndSet(true, false)) {
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
