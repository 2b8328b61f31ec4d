package dev.rescind.testkit.contract;

import static dev.rescind.testkit.contract.StoreFixture.CARRIER;
import static dev.rescind.testkit.contract.StoreFixture.MERCHANT;
import static dev.rescind.testkit.contract.StoreFixture.NOW;
import static dev.rescind.testkit.contract.StoreFixture.freshId;
import static dev.rescind.testkit.contract.StoreFixture.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.CommandContext;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.Rescind;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.PickupWindow;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.Anomaly;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Clocks step, backwards too (an NTP correction, a node whose clock is an hour behind): whatever the steps
 * between commands, no time Rescind records for an aggregate (an event's occurrence, {@code cancelled_at},
 * an anomaly's report, a cancellation request's times) lies before the aggregate's previous one. See
 * {@link StoreContract} for the hooks.
 */
public abstract class RecordedTimeProperties extends StoreContract {

    /** A command of the generated sequence; each may be accepted or refused in the state it meets. */
    enum Command {
        SCHEDULE_SHIPMENT, CANCEL_SHIPMENT, CANCEL_SHIPMENT_IN_A_BATCH, SCAN_SHIPMENT, REQUEST_RETURN_CANCELLATION,
        CONFIRM_RETURN_CANCELLATION, DECLINE_RETURN_CANCELLATION, SCAN_RETURN
    }

    /** The clock moves by {@code step}, then {@code command} is sent. */
    record Move(Duration step, Command command) {
    }

    @Property(tries = 40)
    void no_recorded_time_lies_before_the_aggregates_previous_one_however_the_clock_steps(
            @ForAll("moves") List<Move> moves) {
        MovableClock clock = new MovableClock();
        Rescind rescind = Rescind.builder().store(store()).clock(clock).build();
        TenantId tenant = freshTenant();
        CommandContext merchant = CommandContext.of(tenant, MERCHANT);
        CommandContext carrier = CommandContext.of(tenant, CARRIER);
        ShipmentId shipment = new ShipmentId(freshId());
        ReturnId aReturn = new ReturnId(freshId());
        PickupWindow window = PickupWindow.of(NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(2))
                .plus(Duration.ofHours(2)), "UTC").get();
        PipelineContract.ok(rescind.shipments().create(merchant, StoreFixture.newShipment(shipment)));
        PipelineContract.ok(rescind.returns().create(merchant, StoreFixture.newReturn(aReturn)));

        for (Move move : moves) {
            clock.step(move.step());
            switch (move.command()) {
                case SCHEDULE_SHIPMENT -> rescind.shipments().schedule(merchant, shipment, window, Option.none());
                case CANCEL_SHIPMENT -> rescind.shipments().cancel(merchant, shipment, Option.none());
                case CANCEL_SHIPMENT_IN_A_BATCH -> rescind.shipments().cancelAll(merchant, List.of(shipment),
                        Option.none());
                case SCAN_SHIPMENT -> rescind.shipments().pickUp(carrier, shipment);
                case REQUEST_RETURN_CANCELLATION -> rescind.returns().requestCancellation(merchant, aReturn,
                        Option.none());
                case CONFIRM_RETURN_CANCELLATION -> rescind.returns().confirmCancellation(carrier, aReturn,
                        Option.none());
                case DECLINE_RETURN_CANCELLATION -> rescind.returns().declineCancellation(carrier, aReturn,
                        Option.none());
                case SCAN_RETURN -> rescind.returns().recordScan(carrier, aReturn);
            }
        }

        Shipment finalShipment = rescind.shipments().get(tenant, shipment).get();
        List<Instant> shipmentTimes = assertNeverBackwards(tenant, finalShipment);
        finalShipment.cancellation().forEach(cancellation -> assertThat(shipmentTimes)
                .as("cancelled_at is the time of a recorded event").contains(cancellation.cancelledAt()));
        assertThat(finalShipment.anomalies()).extracting(Anomaly::reportedAt).isSorted()
                .allSatisfy(reported -> assertThat(shipmentTimes).contains(reported));
        Return finalReturn = rescind.returns().get(tenant, aReturn).get();
        List<Instant> returnTimes = assertNeverBackwards(tenant, finalReturn);
        for (CancellationRequest request : rescind.cancellationRequests()
                .forTarget(tenant, CancellationTarget.of(aReturn)).get()) {
            List<Instant> requestTimes = assertNeverBackwards(tenant, request);
            assertThat(returnTimes).as("the request is opened with its return").contains(request.requestedAt());
            assertThat(requestTimes.get(0)).isEqualTo(request.requestedAt());
        }
    }

    /** The aggregate's event times never decrease and its {@code updatedAt} is the last of them. */
    private List<Instant> assertNeverBackwards(TenantId tenant, Aggregate aggregate) {
        List<Instant> times = store().events().history(tenant, aggregate.type(), aggregate.id().value()).stream()
                .map(EventEnvelope::occurredAt).toList();
        assertThat(times).as("event times of %s %s", aggregate.type(), aggregate.id()).isSorted();
        assertThat(aggregate.updatedAt()).isEqualTo(times.get(times.size() - 1));
        return times;
    }

    @Provide
    Arbitrary<List<Move>> moves() {
        Arbitrary<Duration> steps = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Duration.ofHours(-1))),
                Tuple.of(3, Arbitraries.longs().between(-7_200_000, 7_200_000).map(Duration::ofMillis)),
                Tuple.of(1, Arbitraries.just(Duration.ZERO)));
        return Combinators.combine(steps, Arbitraries.of(Command.class)).as(Move::new).list().ofMinSize(1)
                .ofMaxSize(12);
    }
}
