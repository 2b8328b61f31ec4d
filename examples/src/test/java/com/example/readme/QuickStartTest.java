package com.example.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.persistence.YourDatabase;
import dev.rescind.application.CommandContext;
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
import org.junit.jupiter.api.Test;

class QuickStartTest {

    @Test
    void the_readme_example_cancels_once_replays_the_retry_and_answers_404_for_other_tenants() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Rescind rescind = YourDatabase.rescindOn(dataSource);
        TenantId shop = new TenantId("shop-1");
        rescind.shipments().create(CommandContext.of(shop, Actor.apiKey("storefront")), new NewShipment(
                new ShipmentId("123e4567"), new Reference("ORDER-123"), ShipmentType.DELIVERY, Instant.now(),
                Option.none(), Option.none(), Option.none(), Metadata.EMPTY)).get();

        assertThat(QuickStart.cancelShipment(dataSource, "shop-1", "storefront", "key-1", "123e4567")).isEqualTo(200);
        assertThat(QuickStart.cancelShipment(dataSource, "shop-1", "storefront", "key-1", "123e4567")).isEqualTo(200);
        assertThat(QuickStart.cancelShipment(dataSource, "shop-1", "storefront", "key-2", "123e4567")).isEqualTo(409);
        assertThat(QuickStart.cancelShipment(dataSource, "shop-2", "storefront", "key-1", "123e4567")).isEqualTo(404);
        assertThat(rescind.shipments().get(shop, new ShipmentId("123e4567")).get().status())
                .isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(rescind.shipments().timeline(shop, new ShipmentId("123e4567")).get()).hasSize(2);
    }
}
