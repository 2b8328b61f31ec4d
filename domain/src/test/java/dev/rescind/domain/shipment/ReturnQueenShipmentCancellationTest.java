package dev.rescind.domain.shipment;

import static dev.rescind.domain.shipment.ShipmentFixture.CANCELLED_AT;
import static dev.rescind.domain.shipment.ShipmentFixture.CARRIER;
import static dev.rescind.domain.shipment.ShipmentFixture.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Change;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shipment.ShipmentEvent.CarrierFactAfterCancellation;
import dev.rescind.domain.shipment.ShipmentEvent.ShipmentCancelled;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ReturnQueen's {@code DELETE /api/shipments/{id}} (seed 002): only {@code pending} or {@code scheduled}
 * shipments can be cancelled, which records {@code cancelled_at}, {@code cancelled_by_id} and
 * {@code cancelled_reason}; anything else is a 409.
 */
class ReturnQueenShipmentCancellationTest {

    private static final Reason SEED_REASON = new Reason("Partner requested cancellation via API");

    @Test
    void cancelling_a_pending_shipment_records_when_who_and_why() {
        Shipment pending = ShipmentFixture.pending();

        Decision<Shipment> decision = pending.decide(PARTNER, ShipmentFixture.cancel(SEED_REASON.value()), CANCELLED_AT)
                .get();

        assertCancelledAsTheSeedShows(pending, decision);
        assertThat(decision.aggregate().pickupWindow()).isEmpty();
    }

    @Test
    void cancelling_a_scheduled_shipment_records_when_who_and_why() {
        Shipment scheduled = ShipmentFixture.scheduled();

        Decision<Shipment> decision = scheduled.decide(PARTNER, ShipmentFixture.cancel(SEED_REASON.value()),
                CANCELLED_AT).get();

        assertCancelledAsTheSeedShows(scheduled, decision);
        assertThat(decision.aggregate().pickupWindow()).contains(ShipmentFixture.WINDOW);
        assertThat(decision.aggregate().pickupId()).contains(ShipmentFixture.PICKUP_ID);
    }

    private static void assertCancelledAsTheSeedShows(Shipment before, Decision<Shipment> decision) {
        Shipment cancelled = decision.aggregate();
        assertThat(cancelled.status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(cancelled.status().wireName()).isEqualTo("cancelled");
        assertThat(cancelled.cancellation())
                .contains(new Cancellation(CANCELLED_AT, Actor.apiKey("api-key-uuid"), Option.some(SEED_REASON)));
        assertThat(cancelled.cancellation().get().cancelledBy().id()).isEqualTo("api-key-uuid");
        assertThat(cancelled.version()).isEqualTo(before.version().next());
        assertThat(cancelled.updatedAt()).isEqualTo(Instant.parse("2024-01-15T10:30:00Z"));
        assertThat(cancelled.insertedAt()).isEqualTo(Instant.parse("2023-11-07T10:00:00Z"));
        assertThat(cancelled.orderNumber().value()).isEqualTo("ORDER-123");
        assertThat(cancelled.shipmentType().wireName()).isEqualTo("delivery");
        assertThat(cancelled.isCancellable()).isFalse();
        assertThat(decision.changes()).containsExactly(
                new Change(cancelled, new ShipmentCancelled(Option.some(SEED_REASON)), PARTNER, CANCELLED_AT));
    }

    @Test
    void a_cancellation_without_a_reason_records_none() {
        Shipment cancelled = ShipmentFixture.pending()
                .decide(PARTNER, new ShipmentCommand.Cancel(Option.none()), CANCELLED_AT).get().aggregate();

        assertThat(cancelled.cancellation()).contains(new Cancellation(CANCELLED_AT, PARTNER, Option.none()));
    }

    @Test
    void only_pending_and_scheduled_shipments_are_cancellable() {
        assertThat(ShipmentFixture.pending().isCancellable()).isTrue();
        assertThat(ShipmentFixture.scheduled().isCancellable()).isTrue();
        assertThat(ShipmentFixture.inTransit().isCancellable()).isFalse();
        assertThat(ShipmentFixture.completed().isCancellable()).isFalse();
        assertThat(ShipmentFixture.cancelled().isCancellable()).isFalse();
    }

    @Test
    void cancelling_an_in_transit_shipment_is_a_conflict_naming_the_state() {
        assertNotCancellable(ShipmentFixture.inTransit(), "IN_TRANSIT");
    }

    @Test
    void cancelling_a_completed_shipment_is_a_conflict_naming_the_state() {
        assertNotCancellable(ShipmentFixture.completed(), "COMPLETED");
    }

    @Test
    void cancelling_an_already_cancelled_shipment_is_a_conflict_naming_the_state() {
        assertNotCancellable(ShipmentFixture.cancelled(), "CANCELLED");
    }

    private static void assertNotCancellable(Shipment shipment, String state) {
        Either<Rejection, Decision<Shipment>> result = shipment.decide(PARTNER, ShipmentFixture.cancel("too late"),
                CANCELLED_AT.plusSeconds(60));

        assertThat(result.getLeft()).isEqualTo(new Rejection.NotCancellable(AggregateType.SHIPMENT, state, "cancel", ""));
        assertThat(result.getLeft().code()).isEqualTo("not_cancellable");
        assertThat(result.getLeft().message()).isEqualTo("Shipment is not cancellable in state " + state + ".");
    }

    @Test
    void a_carrier_may_not_cancel_a_shipment() {
        Either<Rejection, Decision<Shipment>> result = ShipmentFixture.scheduled()
                .decide(CARRIER, ShipmentFixture.cancel("no capacity"), CANCELLED_AT);

        assertThat(result.getLeft()).isEqualTo(new Rejection.Forbidden(CARRIER, "cancel",
                "only merchant, api key, customer or system may cancel"));
    }

    @Test
    void a_pick_up_scan_after_cancellation_is_refused_as_a_transition() {
        Shipment cancelled = ShipmentFixture.cancelled();

        Either<Rejection, Decision<Shipment>> result = cancelled.decide(CARRIER, new ShipmentCommand.PickUp(),
                CANCELLED_AT.plusSeconds(3600));

        assertThat(result.getLeft()).isEqualTo(
                new Rejection.NotAllowedInState(AggregateType.SHIPMENT, "CANCELLED", "pick up", ""));
    }

    @Test
    void a_pick_up_scan_after_cancellation_is_kept_as_an_anomaly() {
        Shipment cancelled = ShipmentFixture.cancelled();
        Instant scannedAt = CANCELLED_AT.plusSeconds(3600);

        Decision<Shipment> decision = cancelled.anomalyFor(CARRIER, new ShipmentCommand.PickUp(), scannedAt).get();

        Shipment recorded = decision.aggregate();
        assertThat(recorded.status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(recorded.cancellation()).isEqualTo(cancelled.cancellation());
        assertThat(recorded.anomalies()).containsExactly(new Anomaly(scannedAt, CARRIER, ShipmentCommandKind.PICK_UP));
        assertThat(recorded.version()).isEqualTo(cancelled.version().next());
        assertThat(decision.changes()).containsExactly(new Change(recorded,
                new CarrierFactAfterCancellation(ShipmentCommandKind.PICK_UP), CARRIER, scannedAt));
    }

    @Test
    void a_delivery_report_after_cancellation_is_kept_as_an_anomaly_too() {
        Shipment twice = ShipmentFixture.cancelled();
        twice = twice.anomalyFor(CARRIER, new ShipmentCommand.PickUp(), CANCELLED_AT.plusSeconds(60)).get().aggregate();
        twice = twice.anomalyFor(CARRIER, new ShipmentCommand.Complete(), CANCELLED_AT.plusSeconds(120)).get()
                .aggregate();

        assertThat(twice.anomalies()).extracting(Anomaly::fact)
                .containsExactly(ShipmentCommandKind.PICK_UP, ShipmentCommandKind.COMPLETE);
    }

    @Test
    void no_anomaly_is_recorded_for_a_shipment_that_is_not_cancelled_or_for_a_fact_not_from_a_carrier() {
        assertThat(ShipmentFixture.scheduled().anomalyFor(CARRIER, new ShipmentCommand.PickUp(), CANCELLED_AT))
                .isEmpty();
        assertThat(ShipmentFixture.cancelled().anomalyFor(PARTNER, new ShipmentCommand.PickUp(), CANCELLED_AT))
                .isEmpty();
        assertThat(ShipmentFixture.cancelled().anomalyFor(PARTNER, ShipmentFixture.cancel("again"), CANCELLED_AT))
                .isEmpty();
    }

    @Test
    void the_seeds_lifecycle_runs_pending_scheduled_in_transit_completed() {
        assertThat(List.of(ShipmentFixture.pending(), ShipmentFixture.scheduled(), ShipmentFixture.inTransit(),
                ShipmentFixture.completed()))
                .extracting(Shipment::status, shipment -> shipment.version().value())
                .containsExactly(
                        tuple(ShipmentStatus.PENDING, 1L),
                        tuple(ShipmentStatus.SCHEDULED, 2L),
                        tuple(ShipmentStatus.IN_TRANSIT, 3L),
                        tuple(ShipmentStatus.COMPLETED, 4L));
    }
}
