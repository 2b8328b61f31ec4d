package dev.rescind.adapters.jdbc;

import static dev.rescind.adapters.jdbc.FlowFixture.TENANT;
import static dev.rescind.adapters.jdbc.FlowFixture.merchant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.BatchItem;
import dev.rescind.application.Rescind;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A commit locks its rows in one order, by id, whatever order its writes came in: two batches that overlap
 * then wait for each other instead of deadlocking. Observed with the server's row locks: while another
 * session holds the later row, the batch must already hold the earlier one.
 */
abstract class LockOrderTest {

    private static final ShipmentId EARLIER = new ShipmentId("s-1");
    private static final ShipmentId LATER = new ShipmentId("s-2");

    private Rescind rescind;

    abstract DatabaseFixture database();

    @BeforeEach
    void createShipments() {
        rescind = FlowFixture.rescind(database().emptyStore());
        rescind.shipments().create(merchant(), FlowFixture.shipment(EARLIER.value())).get();
        rescind.shipments().create(merchant(), FlowFixture.shipment(LATER.value())).get();
    }

    @Test
    void a_batch_holds_its_earlier_row_while_it_waits_for_a_later_one_whatever_order_it_was_given()
            throws Exception {
        CompletableFuture<List<BatchItem<Shipment>>> batch;
        try (Connection holder = database().dataSource().getConnection()) {
            holder.setAutoCommit(false);
            assertThat(tryLock(holder, LATER)).isTrue();
            batch = CompletableFuture.supplyAsync(() -> rescind.shipments()
                    .cancelAll(merchant(), List.of(LATER, EARLIER), Option.some(new Reason("wrong address"))).get());

            boolean earlierTaken = awaitLockedByOther(EARLIER);
            holder.rollback();

            assertThat(earlierTaken).as("the batch locked %s before waiting for %s", EARLIER, LATER).isTrue();
        }
        assertThat(batch.get(30, TimeUnit.SECONDS)).allMatch(BatchItem::applied);
        assertThat(List.of(EARLIER, LATER)).allSatisfy(id -> assertThat(
                rescind.shipments().get(TENANT, id).get().status()).isEqualTo(ShipmentStatus.CANCELLED));
    }

    /** Whether, within a few seconds, another session holds the lock on {@code id}'s row. */
    private boolean awaitLockedByOther(ShipmentId id) throws SQLException, InterruptedException {
        try (Connection probe = database().dataSource().getConnection()) {
            probe.setAutoCommit(false);
            for (int attempt = 0; attempt < 100; attempt++) {
                boolean free = tryLock(probe, id);
                probe.rollback();
                if (!free) {
                    return true;
                }
                TimeUnit.MILLISECONDS.sleep(50);
            }
            return false;
        }
    }

    /** Locks {@code id}'s row in {@code connection}'s transaction, or answers false at once if it is taken. */
    private boolean tryLock(Connection connection, ShipmentId id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM rescind_shipments WHERE tenant_id = ? AND id = ? FOR UPDATE NOWAIT")) {
            statement.setString(1, TENANT.value());
            statement.setString(2, id.value());
            statement.executeQuery().close();
            return true;
        } catch (SQLException failure) {
            if (database().dialect().isAnyTransient(failure)) {
                return false;
            }
            throw failure;
        }
    }
}
