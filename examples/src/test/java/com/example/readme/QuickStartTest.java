package com.example.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.persistence.YourDatabase;
import dev.rescind.application.CommandContext;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.application.Rescind;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import dev.rescind.domain.shipment.ShipmentType;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final TenantId shop = new TenantId("shop-1");
    private final ShipmentId shipment = new ShipmentId("123e4567");
    private Rescind rescind;

    @BeforeEach
    void a_shipment_to_cancel() throws Exception {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        rescind = YourDatabase.rescindOn(dataSource);
        rescind.shipments().create(CommandContext.of(shop, Actor.apiKey("storefront")), new NewShipment(
                shipment, new Reference("ORDER-123"), ShipmentType.DELIVERY, Instant.now(),
                Option.none(), Option.none(), Option.none(), Metadata.EMPTY)).get();
    }

    @Test
    void the_readme_example_cancels_once_replays_the_retry_and_answers_404_for_other_tenants() {
        QuickStart handler = new QuickStart(dataSource);

        assertThat(handler.cancelShipment("shop-1", "storefront", "key-1", "123e4567")).isEqualTo(200);
        assertThat(handler.cancelShipment("shop-1", "storefront", "key-1", "123e4567")).isEqualTo(200);
        assertThat(handler.cancelShipment("shop-1", "storefront", "key-2", "123e4567")).isEqualTo(409);
        assertThat(handler.cancelShipment("shop-2", "storefront", "key-1", "123e4567")).isEqualTo(404);
        assertThat(rescind.shipments().get(shop, shipment).get().status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(rescind.shipments().timeline(shop, shipment).get()).hasSize(2);
    }

    @Test
    void malformed_text_from_the_request_answers_400_and_changes_nothing() {
        QuickStart handler = new QuickStart(dataSource);

        assertThat(handler.cancelShipment("shop-1", "storefront", "key with spaces", "123e4567")).isEqualTo(400);
        assertThat(handler.cancelShipment("shop-1", "storefront", "k".repeat(IdempotencyKey.MAX_LENGTH + 1),
                "123e4567")).isEqualTo(400);
        assertThat(handler.cancelShipment("shop-1", "storefront", "key-1", "123 4567")).isEqualTo(400);
        assertThat(handler.cancelShipment("", "storefront", "key-1", "123e4567")).isEqualTo(400);
        assertThat(handler.cancelShipment("shop-1", "store\u0000front", "key-1", "123e4567")).isEqualTo(400);
        assertThat(handler.cancelShipment(null, null, null, null)).isEqualTo(400);
        assertThat(rescind.shipments().get(shop, shipment).get().status()).isEqualTo(ShipmentStatus.PENDING);
        assertThat(rescind.shipments().timeline(shop, shipment).get()).hasSize(1);
    }
}
