package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.EventEnvelope;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentType;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedding guide's example, run as the shop would run it. */
class ShopCancellationsTest {

    private final List<EventEnvelope> broker = new ArrayList<>();
    private final ShopCancellations shop = ShopCancellations.inMemory(
            Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC), broker::add);

    @Test
    void a_shipment_is_cancelled_once_a_retry_replays_and_the_events_reach_the_broker() {
        String id = "123e4567-e89b-12d3-a456-426614174000";
        shop.createShipment("shop-1", "key-1", new NewShipment(new ShipmentId(id), new Reference("ORDER-123"),
                ShipmentType.DELIVERY, Instant.parse("2026-02-28T10:00:00Z"), Option.none(), Option.none(),
                Option.none(), Metadata.EMPTY));

        ShopCancellations.Response first = shop.cancelShipment("shop-1", "key-1", id, "Customer request", "req-7");
        ShopCancellations.Response retry = shop.cancelShipment("shop-1", "key-1", id, "Customer request", "req-7");
        ShopCancellations.Response again = shop.cancelShipment("shop-1", "key-1", id, null, null);

        assertThat(first).isEqualTo(new ShopCancellations.Response(200, "cancelled " + id + " at version 2"));
        assertThat(retry.body()).endsWith("(replayed)");
        assertThat(again.status()).isEqualTo(409);
        assertThat(shop.publishEvents()).isEqualTo(2);
        assertThat(broker).extracting(EventEnvelope::eventType).containsExactly("ShipmentCreated", "ShipmentCancelled");
    }

    @Test
    void bad_input_is_a_400_naming_the_field_and_another_shops_shipment_a_404() {
        String id = "shipment-1";
        shop.createShipment("shop-1", "key-1", new NewShipment(new ShipmentId(id), new Reference("ORDER-9"),
                ShipmentType.RETURN, Instant.parse("2026-02-28T10:00:00Z"), Option.none(), Option.none(),
                Option.none(), Metadata.EMPTY));

        assertThat(shop.cancelShipment("shop-1", "key-1", "not an id", null, null).status()).isEqualTo(400);
        assertThat(shop.cancelShipment("shop-1", "key-1", id, " ", null).body()).contains("reason");
        assertThat(shop.cancelShipment("shop-2", "key-1", id, null, null).status()).isEqualTo(404);
        assertThat(shop.cancelExchange("shop-1", "key-1", "no-such-return").status()).isEqualTo(404);
    }
}
