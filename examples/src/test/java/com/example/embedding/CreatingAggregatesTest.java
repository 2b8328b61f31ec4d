package com.example.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.adapters.inmemory.InMemoryStore;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.fulfillment.FulfillmentOrderStatus;
import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CreatingAggregatesTest {

    private final Rescind rescind = Rescind.builder().store(new InMemoryStore()).build();
    private final CreatingAggregates examples = new CreatingAggregates(rescind);
    private final CommandContext merchant = CommandContext.of(new TenantId("548380009"), Actor.merchant("shop-admin"));

    @Test
    void the_documented_shipment_starts_pending_and_can_be_cancelled() {
        var created = examples.createShipment(merchant, Instant.parse("2026-03-02T09:00:00Z")).get();

        assertThat(created.aggregate().status()).isEqualTo(ShipmentStatus.PENDING);
        assertThat(rescind.shipments().cancel(merchant, created.aggregate().id(), Option.none()).get().aggregate()
                .status()).isEqualTo(ShipmentStatus.CANCELLED);
    }

    @Test
    void the_documented_return_starts_announcing() {
        var created = examples.createReturn(merchant).get();

        assertThat(created.aggregate().parcelStatus()).isEqualTo(ParcelStatus.ANNOUNCING);
        assertThat(rescind.returns().get(merchant.tenant(), created.aggregate().id()).get()).isEqualTo(created.aggregate());
    }

    @Test
    void the_documented_fulfillment_order_starts_open_for_its_service() {
        var created = examples.createFulfillmentOrder(merchant).get();

        assertThat(created.aggregate().status()).isEqualTo(FulfillmentOrderStatus.OPEN);
        assertThat(created.aggregate().lineItems()).hasSize(1);
    }

    @Test
    void creating_the_same_aggregate_twice_is_refused_and_keeps_the_first() {
        Instant first = Instant.parse("2026-03-02T09:00:00Z");
        examples.createShipment(merchant, first).get();

        assertThat(examples.createShipment(merchant, first.plusSeconds(86_400)).isLeft()).isTrue();
        assertThat(rescind.shipments().get(merchant.tenant(), new ShipmentId("123e4567-e89b-12d3-a456-426614174000"))
                .get().shipmentDate()).isEqualTo(first);
    }
}
