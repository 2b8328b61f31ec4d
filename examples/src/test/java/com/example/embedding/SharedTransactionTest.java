package com.example.embedding;

import static com.example.embedding.EmbeddingFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescind.adapters.jdbc.JdbcRescindStore;
import dev.rescind.application.Rescind;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class SharedTransactionTest {

    @Test
    void the_hosts_order_and_rescinds_shipment_are_cancelled_together() throws Exception {
        DataSource database = EmbeddingFixture.database();
        Rescind reader = Rescind.builder().store(JdbcRescindStore.of(database)).build();
        ShipmentId shipment = new ShipmentId("shipment-1");
        reader.shipments().create(SHOP, EmbeddingFixture.shipment(shipment)).get();

        new SharedTransaction(database).cancelOrder(SHOP, "ORDER-1", shipment).get();

        assertThat(reader.shipments().get(SHOP.tenant(), shipment).get().status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(EmbeddingFixture.orderState(database)).isEqualTo("cancelled");
    }

    @Test
    void when_the_hosts_part_fails_rescinds_cancellation_is_rolled_back_with_it() throws Exception {
        DataSource database = EmbeddingFixture.database();
        Rescind reader = Rescind.builder().store(JdbcRescindStore.of(database)).build();
        ShipmentId shipment = new ShipmentId("shipment-1");
        reader.shipments().create(SHOP, EmbeddingFixture.shipment(shipment)).get();

        assertThatThrownBy(() -> new SharedTransaction(database).cancelOrder(SHOP, "ORDER-404", shipment))
                .hasMessage("no order ORDER-404");

        assertThat(reader.shipments().get(SHOP.tenant(), shipment).get().status()).isEqualTo(ShipmentStatus.PENDING);
        assertThat(reader.shipments().timeline(SHOP.tenant(), shipment).get()).hasSize(1);
    }
}
