package dev.rescind.adapters.jdbc;

import static dev.rescind.adapters.jdbc.FlowFixture.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.Applied;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import dev.rescind.testkit.jdbc.CountingDataSource;
import dev.rescind.testkit.jdbc.CountingDataSource.Counts;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a command costs the database on PostgreSQL, counted at the JDBC calls: pool checkouts, round trips and
 * server transactions (see {@link CountingDataSource}). Counts, not times, so that no noise can move them.
 */
class CommandCostOnPostgresTest {

    private static final Option<Reason> REASON = Option.some(new Reason("Carrier outage"));

    private final TenantId tenant = new TenantId("cost-" + UUID.randomUUID());
    private CountingDataSource counting;
    private Rescind rescind;

    @BeforeEach
    void countedStore() {
        counting = CountingDataSource.of(PostgresFixture.shared().dataSource());
        rescind = FlowFixture.rescind(JdbcRescindStore.of(counting.dataSource(), Dialect.POSTGRESQL));
        // Each thread learns a connection's isolation level once; these tests count commands after that.
        create("warm-up");
    }

    @Test
    void a_cancellation_without_a_key_costs_one_checkout_one_transaction_and_four_round_trips() {
        create("s-1");

        Counts cost = cost(() -> assertCancelled(rescind.shipments().cancel(context(), new ShipmentId("s-1"),
                REASON)));

        assertThat(cost).isEqualTo(new Counts(1, 4, 1));
    }

    @Test
    void a_cancellation_with_a_key_costs_one_checkout_one_transaction_and_at_most_five_round_trips() {
        create("s-1");

        Counts cost = cost(() -> assertCancelled(rescind.shipments().cancel(context().withIdempotencyKey("k-1"),
                new ShipmentId("s-1"), REASON)));

        assertThat(cost).isEqualTo(new Counts(1, 5, 1));
    }

    @Test
    void a_replayed_cancellation_costs_one_read() {
        create("s-1");
        CommandContext keyed = context().withIdempotencyKey("k-1");
        assertCancelled(rescind.shipments().cancel(keyed, new ShipmentId("s-1"), REASON));

        Counts cost = cost(() -> assertThat(rescind.shipments().cancel(keyed, new ShipmentId("s-1"), REASON).get()
                .replayed()).isTrue());

        // The read, and the rollback of the transaction it opened.
        assertThat(cost).isEqualTo(new Counts(1, 2, 1));
    }

    @Test
    void a_refused_cancellation_writes_nothing_and_costs_one_checkout() {
        create("s-1");
        assertCancelled(rescind.shipments().cancel(context(), new ShipmentId("s-1"), REASON));

        Counts cost = cost(() -> assertThat(rescind.shipments().cancel(context(), new ShipmentId("s-1"), REASON)
                .getLeft()).isInstanceOf(Rejection.class));

        assertThat(cost).isEqualTo(new Counts(1, 2, 1));
    }

    @Test
    void a_creation_costs_one_checkout_one_transaction_and_four_round_trips() {
        Counts cost = cost(() -> create("s-1"));

        assertThat(cost).isEqualTo(new Counts(1, 4, 1));
    }

    @Test
    void cancelling_a_hundred_shipments_at_once_costs_one_checkout_one_transaction_and_four_round_trips() {
        List<ShipmentId> ids = IntStream.rangeClosed(1, 100).mapToObj(index -> new ShipmentId("s-" + index))
                .toList();
        ids.forEach(id -> create(id.value()));

        Counts cost = cost(() -> assertThat(rescind.shipments().cancelAll(context(), ids, REASON).get())
                .hasSize(100).allSatisfy(item -> assertThat(item.outcome().isRight()).isTrue()));

        assertThat(cost).isEqualTo(new Counts(1, 4, 1));
    }

    @Test
    void a_command_gives_its_connection_back_before_its_effects_are_attempted() {
        List<Long> openDuringTheCarrierCall = new ArrayList<>();
        Rescind withCarrier = Rescind.builder().store(JdbcRescindStore.of(counting.dataSource(), Dialect.POSTGRESQL))
                .clock(new FlowFixture.TickingClock())
                .carrierCancellations((owner, returnId, carrierId, parcel, request) ->
                        openDuringTheCarrierCall.add(counting.open()))
                .build();
        ReturnId id = withCarrier.returns().create(context(), FlowFixture.returnParcel("r-1")).get().aggregate().id();
        withCarrier.returns().announce(CommandContext.of(tenant, FlowFixture.CARRIER), id).get();

        assertThat(withCarrier.returns().requestCancellation(context(), id, Option.none()).isRight()).isTrue();

        // The carrier was called once, and no connection was checked out while it ran.
        assertThat(openDuringTheCarrierCall).containsExactly(0L);
        assertThat(counting.open()).isZero();
    }

    private Counts cost(Runnable command) {
        Counts before = counting.counts();
        command.run();
        return counting.counts().minus(before);
    }

    private void create(String id) {
        assertThat(rescind.shipments().create(context(), FlowFixture.shipment(id)).isRight()).isTrue();
    }

    private static void assertCancelled(Either<Rejection, Applied<Shipment>> outcome) {
        assertThat(outcome.get().aggregate().status()).isEqualTo(ShipmentStatus.CANCELLED);
    }

    private CommandContext context() {
        return CommandContext.of(tenant, MERCHANT);
    }
}
