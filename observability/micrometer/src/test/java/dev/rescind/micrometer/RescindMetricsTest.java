package dev.rescind.micrometer;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.adapters.inmemory.InMemoryStore;
import dev.rescind.application.CommandContext;
import dev.rescind.application.EffectOutcome;
import dev.rescind.application.Rescind;
import dev.rescind.application.outbox.OutboxRelay;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentType;
import dev.rescind.testkit.contract.StoreFixture;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RescindMetricsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final TestObservationRegistry observations = TestObservationRegistry.create();
    private final InMemoryStore store = new InMemoryStore();
    private final RescindMetrics metrics = new RescindMetrics(meters, observations)
            .bindBacklog(store.events(), Duration.ZERO);
    private final Rescind rescind = Rescind.builder().store(store).listener(metrics).build();
    private final CommandContext merchant = CommandContext.of(new TenantId("shop-1"), Actor.apiKey("key-1"));
    private final ShipmentId id = new ShipmentId("123e4567-e89b-12d3-a456-426614174000");
    private final Option<Reason> reason = Option.some(new Reason("customer changed their mind"));

    @Test
    void commands_are_timed_by_operation_outcome_and_rejection_code() {
        create();
        CommandContext keyed = merchant.withIdempotencyKey("cancel-1");
        rescind.shipments().cancel(keyed, id, reason);
        rescind.shipments().cancel(keyed, id, reason);
        rescind.shipments().cancel(merchant, id, reason);
        rescind.shipments().cancel(merchant, id, reason);

        assertThat(count("shipment.create", "applied", "none")).isEqualTo(1);
        assertThat(count("shipment.cancel", "applied", "none")).isEqualTo(1);
        assertThat(count("shipment.cancel", "replayed", "none")).isEqualTo(1);
        assertThat(count("shipment.cancel", "refused", "not_cancellable")).isEqualTo(2);
        assertThat(meters.get("rescind.commands").tag("operation", "shipment.cancel").tag("outcome", "applied")
                .timer().totalTime(TimeUnit.NANOSECONDS)).isPositive();
    }

    @Test
    void each_command_is_one_observation_with_the_correlation_id_as_a_high_cardinality_value_only() {
        rescind.shipments().create(merchant.withCorrelationId("corr-42"), newShipment());

        assertThat(observations).hasNumberOfObservationsWithNameEqualTo(RescindMetrics.COMMAND_OBSERVATION, 1)
                .hasObservationWithNameEqualTo(RescindMetrics.COMMAND_OBSERVATION).that()
                .hasBeenStarted().hasBeenStopped()
                .hasLowCardinalityKeyValue("operation", "shipment.create")
                .hasLowCardinalityKeyValue("outcome", "applied")
                .hasHighCardinalityKeyValue("rescind.correlation.id", "corr-42")
                .doesNotHaveLowCardinalityKeyValueWithKey("rescind.correlation.id");
    }

    @Test
    void no_meter_carries_an_id_a_tenant_or_a_correlation_id() {
        create();
        rescind.shipments().cancel(merchant.withCorrelationId("corr-7"), id, reason);
        new OutboxRelay(store.events(), event -> { }, "relay-1", OutboxRelay.Settings.defaults(), metrics).drain(5);

        assertThat(meters.getMeters()).flatExtracting(meter -> meter.getId().getTags()).extracting(Tag::getValue)
                .doesNotContain(id.value(), "shop-1", "key-1", "corr-7", "relay-1");
    }

    @Test
    void the_relay_counts_published_failed_and_dead_lettered_events_and_the_backlog_gauges_follow()
            throws InterruptedException {
        create();
        assertThat(meters.get("rescind.outbox.backlog").gauge().value()).isEqualTo(1);

        OutboxRelay failing = new OutboxRelay(store.events(), event -> {
            throw new IllegalStateException("broker down");
        }, "relay-1", OutboxRelay.Settings.defaults().withMaxAttempts(2)
                .withBackoff(Duration.ofMillis(1), Duration.ofMillis(1)), metrics);
        failing.relayOnce();
        Thread.sleep(20);
        failing.relayOnce();

        assertThat(meters.get("rescind.outbox.publish.failures").tag("event.type", "ShipmentCreated").counter()
                .count()).isEqualTo(1);
        assertThat(meters.get("rescind.outbox.dead.lettered").tag("event.type", "ShipmentCreated").counter()
                .count()).isEqualTo(1);
        assertThat(meters.get("rescind.outbox.dead.letters").gauge().value()).isEqualTo(1);

        store.events().retryDeadLetter(store.events().deadLetters(1).get(0).event().eventId());
        new OutboxRelay(store.events(), event -> { }, "relay-1", OutboxRelay.Settings.defaults(), metrics).drain(5);

        assertThat(meters.get("rescind.outbox.published").tag("event.type", "ShipmentCreated").counter().count())
                .isEqualTo(1);
        assertThat(meters.get("rescind.outbox.backlog").gauge().value()).isZero();
        assertThat(meters.get("rescind.outbox.dead.letters").gauge().value()).isZero();
        assertThat(meters.get("rescind.outbox.oldest.age").timeGauge().value(TimeUnit.SECONDS)).isZero();
    }

    @Test
    void effect_attempts_are_counted_by_effect_and_outcome_and_dead_letters_by_effect() {
        InMemoryStore effects = new InMemoryStore();
        AtomicInteger tries = new AtomicInteger();
        Rescind withCarrier = Rescind.builder().store(effects).listener(metrics)
                .carrierCancellations((owner, returnId, carrierId, parcel, request) -> {
                    if (tries.incrementAndGet() < 3) {
                        throw new IllegalStateException("carrier down");
                    }
                })
                .effectRetries(OutboxRelay.Settings.defaults().withMaxAttempts(2)
                        .withBackoff(Duration.ofMillis(1), Duration.ofMillis(1)))
                .build();
        CommandContext shop = CommandContext.of(StoreFixture.freshTenant(), StoreFixture.MERCHANT);
        ReturnId returnId = new ReturnId(StoreFixture.freshId());
        assertThat(withCarrier.returns().create(shop, StoreFixture.newReturn(returnId)).isRight()).isTrue();
        assertThat(withCarrier.returns().announce(CommandContext.of(shop.tenant(), StoreFixture.CARRIER), returnId)
                .isRight()).isTrue();

        withCarrier.returns().requestCancellation(shop, returnId, Option.none()).get();
        awaitAttempts(withCarrier, tries, 2);

        assertThat(meters.get("rescind.effects").tag("effect", EffectOutcome.CARRIER_CANCELLATION)
                .tag("outcome", "failed").counter().count()).isEqualTo(2);
        assertThat(meters.get("rescind.effects.dead.lettered").tag("effect", EffectOutcome.CARRIER_CANCELLATION)
                .counter().count()).isEqualTo(1);

        effects.effectOutbox().retryDeadLetter(effects.effectOutbox().deadLetters(1).get(0).effect().effectId());
        withCarrier.effectRelay("effects-1").drain(5);

        assertThat(meters.get("rescind.effects").tag("effect", EffectOutcome.CARRIER_CANCELLATION)
                .tag("outcome", "succeeded").counter().count()).isEqualTo(1);
    }

    @Test
    void due_deadlines_are_counted_by_kind_and_outcome() throws InterruptedException {
        CommandContext shop = CommandContext.of(StoreFixture.freshTenant(), StoreFixture.MERCHANT);
        CommandContext service = CommandContext.of(shop.tenant(), StoreFixture.SERVICE);
        List<FulfillmentOrderId> orders = List.of(new FulfillmentOrderId(StoreFixture.freshId()),
                new FulfillmentOrderId(StoreFixture.freshId()));
        for (FulfillmentOrderId order : orders) {
            assertThat(rescind.fulfillmentOrders().create(shop, StoreFixture.newFulfillmentOrder(order)).isRight())
                    .isTrue();
            assertThat(rescind.fulfillmentOrders().submitFulfillmentRequest(shop, order, Option.none()).isRight())
                    .isTrue();
            assertThat(rescind.fulfillmentOrders().acceptFulfillmentRequest(service, order, Option.none())
                    .isRight()).isTrue();
            assertThat(rescind.fulfillmentOrders().sendCancellationRequest(shop, order, Option.none(),
                    Option.some(Instant.now().plusMillis(50))).isRight()).isTrue();
        }
        assertThat(rescind.fulfillmentOrders().rejectCancellationRequest(service, orders.get(1), Option.none())
                .isRight()).isTrue();
        Thread.sleep(100);

        assertThat(rescind.deadlineRunner("deadlines-1").runOnce()).isEqualTo(1);

        assertThat(meters.get("rescind.deadlines").tag("kind", "ANSWER_BY").tag("outcome", "DECIDED").counter()
                .count()).isEqualTo(1);
        assertThat(meters.get("rescind.deadlines").tag("kind", "ANSWER_BY").tag("outcome", "NO_LONGER_APPLIES")
                .counter().count()).isEqualTo(1);
    }

    /** Runs due effects until {@code tries} reached {@code count}; the backoffs here are a millisecond. */
    private static void awaitAttempts(Rescind rescind, AtomicInteger tries, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (tries.get() < count || rescind.effectOutbox().deadLetters(1).isEmpty()) {
            assertThat(System.nanoTime()).as("%s attempts not reached after 10 s", count).isLessThan(deadline);
            rescind.effectRelay("effects-1").runOnce();
        }
    }

    private void create() {
        rescind.shipments().create(merchant, newShipment()).get();
    }

    private NewShipment newShipment() {
        return new NewShipment(id, new Reference("ORDER-1"), ShipmentType.DELIVERY,
                Instant.parse("2023-11-07T10:00:00Z"), Option.none(), Option.none(), Option.none(), Metadata.EMPTY);
    }

    private long count(String operation, String outcome, String rejection) {
        Meter.Id found = meters.get("rescind.commands").tag("operation", operation).tag("outcome", outcome)
                .tag("rejection", rejection).timer().getId();
        return meters.get(found.getName()).tags(found.getTags()).timer().count();
    }
}
