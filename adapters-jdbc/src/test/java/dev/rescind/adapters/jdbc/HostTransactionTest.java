package dev.rescind.adapters.jdbc;

import static dev.rescind.adapters.jdbc.CommitFixture.commitOf;
import static dev.rescind.adapters.jdbc.FlowFixture.MERCHANT;
import static dev.rescind.adapters.jdbc.FlowFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.port.CommitConflict;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store inside a transaction the host owns: it never commits, rolls back or closes the host's work. */
abstract class HostTransactionTest {

    private final AtomicReference<Connection> current = new AtomicReference<>();
    private JdbcRescindStore own;
    private JdbcRescindStore inHost;

    abstract DatabaseFixture database();

    @BeforeEach
    void createHostTable() throws SQLException {
        own = database().emptyStore();
        inHost = JdbcRescindStore.inHostTransaction(current::get, database().dialect());
        try (Connection connection = database().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS host_orders (id VARCHAR(64) PRIMARY KEY)");
            statement.execute("DELETE FROM host_orders");
        }
    }

    @Test
    void a_commit_in_the_hosts_transaction_becomes_visible_when_the_host_commits() throws SQLException {
        try (Connection host = hostTransaction()) {
            insertHostOrder(host, "order-1");
            assertThat(inHost.unitOfWork().commit(commitOf(creation("s-1"))).isRight()).isTrue();

            assertThat(inHost.shipments().find(TENANT, new ShipmentId("s-1"))).isNotEmpty();
            assertThat(own.shipments().find(TENANT, new ShipmentId("s-1"))).isEmpty();
            host.commit();
            assertThat(host.isClosed()).isFalse();
        }
        assertThat(own.shipments().find(TENANT, new ShipmentId("s-1"))).isNotEmpty();
        assertThat(own.events().history(TENANT, AggregateType.SHIPMENT, "s-1")).hasSize(1);
        assertThat(hostOrders()).isEqualTo(1);
    }

    @Test
    void a_commit_in_the_hosts_transaction_vanishes_when_the_host_rolls_back() throws SQLException {
        try (Connection host = hostTransaction()) {
            assertThat(inHost.unitOfWork().commit(commitOf(creation("s-1"), "key-1")).isRight()).isTrue();
            host.rollback();
        }
        assertThat(own.shipments().find(TENANT, new ShipmentId("s-1"))).isEmpty();
        assertThat(own.events().history(TENANT, AggregateType.SHIPMENT, "s-1")).isEmpty();
        assertThat(own.idempotency().find(TENANT, new dev.rescind.application.IdempotencyKey("key-1"))).isEmpty();
    }

    @Test
    void a_refused_commit_undoes_only_its_own_statements_and_the_hosts_work_goes_on() throws SQLException {
        own.unitOfWork().commit(commitOf(creation("s-1"))).get();
        try (Connection host = hostTransaction()) {
            insertHostOrder(host, "order-1");
            var refused = inHost.unitOfWork().commit(commitOf(creation("s-1")));
            assertThat(inHost.unitOfWork().commit(commitOf(creation("s-2"))).isRight()).isTrue();
            insertHostOrder(host, "order-2");
            host.commit();

            assertThat(refused.getLeft()).isInstanceOf(CommitConflict.VersionConflict.class);
        }
        assertThat(hostOrders()).isEqualTo(2);
        assertThat(own.shipments().find(TENANT, new ShipmentId("s-2"))).isNotEmpty();
        assertThat(own.events().history(TENANT, AggregateType.SHIPMENT, "s-1")).hasSize(1);
    }

    @Test
    void a_host_connection_in_auto_commit_gets_a_transaction_of_its_own_and_stays_open() throws SQLException {
        try (Connection host = database().dataSource().getConnection()) {
            current.set(host);
            assertThat(inHost.unitOfWork().commit(commitOf(creation("s-1"))).isRight()).isTrue();

            assertThat(host.getAutoCommit()).isTrue();
            assertThat(host.isClosed()).isFalse();
        }
        assertThat(own.shipments().find(TENANT, new ShipmentId("s-1"))).isNotEmpty();
    }

    private Connection hostTransaction() throws SQLException {
        Connection host = database().dataSource().getConnection();
        host.setAutoCommit(false);
        current.set(host);
        return host;
    }

    private static Decision<Shipment> creation(String id) {
        return Shipment.create(TENANT, MERCHANT, FlowFixture.shipment(id), FlowFixture.START).get();
    }

    private static void insertHostOrder(Connection host, String id) throws SQLException {
        try (var statement = host.prepareStatement("INSERT INTO host_orders (id) VALUES (?)")) {
            statement.setString(1, id);
            statement.executeUpdate();
        }
    }

    private long hostOrders() {
        return ((Number) database().queryValue("SELECT COUNT(*) FROM host_orders")).longValue();
    }
}
