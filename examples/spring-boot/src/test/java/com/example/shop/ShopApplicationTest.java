package com.example.shop;

import static com.example.shop.ShopFixture.CARRIER_CALLS;
import static com.example.shop.ShopFixture.PUBLISHED;
import static com.example.shop.ShopFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescind.application.EventEnvelope;
import dev.rescind.application.Rescind;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.returns.ParcelStatus;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@Import(ShopFixture.class)
class ShopApplicationTest {

    @Autowired
    Rescind rescind;
    @Autowired
    ReturnDesk desk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MeterRegistry meters;

    @Test
    void the_shops_own_migration_and_rescinds_ran_each_with_its_own_history() {
        assertThat(scripts("flyway_schema_history")).containsExactly("V1__shop_orders.sql");
        // Baselined below its V1, because the shop's table was there first.
        assertThat(scripts("rescind_schema_history")).startsWith("<< Flyway Baseline >>", "V1__rescind_schema.sql")
                .doesNotContain("V1__shop_orders.sql");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shop_orders").query(Long.class).single()).isNotNegative();
    }

    @Test
    void reads_and_commands_work_outside_a_transaction() {
        ReturnId id = ShopFixture.announcedReturn(rescind);

        assertThat(rescind.returns().get(SHOP.tenant(), id).get().parcelStatus()).isEqualTo(ParcelStatus.ANNOUNCED);
    }

    @Test
    void a_committed_transactional_cancel_calls_the_carrier_once_and_commits_with_the_shops_change() {
        ReturnId id = ShopFixture.announcedReturn(rescind);
        String order = newOrder();

        assertThat(desk.cancelReturn(SHOP, id, order).isRight()).isTrue();

        assertThat(CARRIER_CALLS).containsOnlyOnce(id.value());
        assertThat(orderState(order)).isEqualTo("return_cancelling");
        assertThat(rescind.returns().get(SHOP.tenant(), id).get().parcelStatus())
                .isEqualTo(ParcelStatus.CANCELLING);
    }

    @Test
    void a_rolled_back_transactional_cancel_leaves_the_return_and_the_shops_order_as_they_were() {
        ReturnId id = ShopFixture.announcedReturn(rescind);
        String order = newOrder();

        cancelThenFail(id, order);

        assertThat(rescind.returns().get(SHOP.tenant(), id).get().parcelStatus()).isEqualTo(ParcelStatus.ANNOUNCED);
        assertThat(orderState(order)).isEqualTo("open");
    }

    @Test
    void a_rolled_back_transactional_cancel_makes_no_carrier_call() {
        ReturnId id = ShopFixture.announcedReturn(rescind);
        String order = newOrder();

        cancelThenFail(id, order);

        assertThat(CARRIER_CALLS).doesNotContain(id.value());
    }

    @Test
    void the_scheduled_relay_publishes_committed_events() throws InterruptedException {
        ReturnId id = ShopFixture.announcedReturn(rescind);

        ShopFixture.awaitUntil(() -> published(id) >= 2);
        assertThat(PUBLISHED).filteredOn(event -> event.aggregateId().equals(id.value()))
                .extracting(EventEnvelope::eventType).containsExactly("ReturnCreated", "ReturnAnnounced");
    }

    @Test
    void commands_appear_in_the_meter_registry() {
        ShopFixture.announcedReturn(rescind);

        assertThat(meters.get("rescind.commands").tag("operation", "return.create").tag("outcome", "applied")
                .timer().count()).isPositive();
        assertThat(meters.find("rescind.outbox.backlog").gauge()).isNotNull();
    }

    /** The shop's transaction cancels the return, then its own next step fails and rolls it all back. */
    private void cancelThenFail(ReturnId id, String order) {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            desk.cancelReturn(SHOP, id, order).get();
            throw new IllegalStateException("the shop's own step failed");
        })).hasMessage("the shop's own step failed");
    }

    /** The scripts a Flyway history table records as run (H2's schema marker row has no script file). */
    private List<String> scripts(String historyTable) {
        return jdbc.sql("SELECT \"script\" FROM \"" + historyTable + "\""
                + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")
                .query(String.class).list();
    }

    private long published(ReturnId id) {
        return PUBLISHED.stream().filter(event -> event.aggregateId().equals(id.value())).count();
    }

    private String newOrder() {
        String order = "ORDER-" + System.nanoTime();
        jdbc.sql("INSERT INTO shop_orders VALUES (:order, 'open')").param("order", order).update();
        return order;
    }

    private String orderState(String order) {
        return jdbc.sql("SELECT state FROM shop_orders WHERE order_number = :order").param("order", order)
                .query(String.class).single();
    }
}
