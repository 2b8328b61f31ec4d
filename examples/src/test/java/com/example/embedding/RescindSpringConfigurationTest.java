package com.example.embedding;

import static com.example.embedding.EmbeddingFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescind.application.EventEnvelope;
import dev.rescind.application.Rescind;
import dev.rescind.application.outbox.OutboxRelay;
import dev.rescind.application.port.EventPublisher;
import dev.rescind.application.port.StoreFailure;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.TransactionTemplate;

class RescindSpringConfigurationTest {

    /** What Spring Boot would auto-configure, plus the host's own service. */
    @Configuration
    @EnableTransactionManagement
    @Import(RescindSpringConfiguration.class)
    static class Host {
        final List<EventEnvelope> published = new ArrayList<>();

        @Bean
        DataSource dataSource() throws SQLException {
            return EmbeddingFixture.database();
        }

        @Bean
        PlatformTransactionManager transactionManager(DataSource dataSource) {
            return new DataSourceTransactionManager(dataSource);
        }

        @Bean
        EventPublisher publisher() {
            return published::add;
        }

        @Bean
        OrderCancellationService orders(Rescind rescind, DataSource dataSource) {
            return new OrderCancellationService(rescind, new JdbcTemplate(dataSource));
        }
    }

    @Test
    void a_transactional_method_commits_the_hosts_change_and_rescinds_together_or_not_at_all() throws Exception {
        try (AnnotationConfigApplicationContext spring = new AnnotationConfigApplicationContext(Host.class)) {
            Rescind rescind = spring.getBean(Rescind.class);
            TransactionTemplate transaction = new TransactionTemplate(spring.getBean(PlatformTransactionManager.class));
            ShipmentId kept = new ShipmentId("shipment-kept");
            ShipmentId cancelled = new ShipmentId("shipment-cancelled");
            transaction.executeWithoutResult(status -> {
                rescind.shipments().create(SHOP, EmbeddingFixture.shipment(kept)).get();
                rescind.shipments().create(SHOP, EmbeddingFixture.shipment(cancelled)).get();
            });
            OrderCancellationService orders = spring.getBean(OrderCancellationService.class);

            assertThatThrownBy(() -> orders.cancel(SHOP, "ORDER-404", kept)).hasMessage("no order ORDER-404");
            orders.cancel(SHOP, "ORDER-1", cancelled).get();

            transaction.executeWithoutResult(status -> {
                assertThat(rescind.shipments().get(SHOP.tenant(), kept).get().status())
                        .isEqualTo(ShipmentStatus.PENDING);
                assertThat(rescind.shipments().get(SHOP.tenant(), cancelled).get().status())
                        .isEqualTo(ShipmentStatus.CANCELLED);
            });
            assertThat(EmbeddingFixture.orderState(spring.getBean(DataSource.class))).isEqualTo("cancelled");
            assertThat(spring.getBean(OutboxRelay.class).drain(10)).isEqualTo(3);
            assertThat(spring.getBean(Host.class).published).extracting(EventEnvelope::eventType)
                    .containsExactlyInAnyOrder("ShipmentCreated", "ShipmentCreated", "ShipmentCancelled");
        }
    }

    @Test
    void rescind_called_outside_a_transaction_fails_loudly_instead_of_leaking_a_connection() {
        try (AnnotationConfigApplicationContext spring = new AnnotationConfigApplicationContext(Host.class)) {
            Rescind rescind = spring.getBean(Rescind.class);

            assertThatThrownBy(() -> rescind.shipments().get(SHOP.tenant(), new ShipmentId("any")))
                    .isInstanceOf(StoreFailure.class).hasMessageContaining("@Transactional");
        }
    }
}
