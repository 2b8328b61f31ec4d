package com.example.embedding;

import dev.rescind.adapters.jdbc.Dialect;
import dev.rescind.adapters.jdbc.JdbcRescindStore;
import dev.rescind.application.Applied;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A host that cancels its own order and Rescind's shipment in one database transaction: both happen, or
 * neither does.
 */
public final class SharedTransaction {

    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final Rescind rescind;

    public SharedTransaction(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        // Rescind runs its statements on whatever connection this thread's transaction has open.
        JdbcRescindStore store = JdbcRescindStore.inHostTransaction(current::get, Dialect.of(dataSource));
        this.rescind = Rescind.builder().store(store).build();
    }

    public Either<Rejection, Applied<Shipment>> cancelOrder(CommandContext context, String orderNumber,
            ShipmentId shipment) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            current.set(connection);
            try {
                Either<Rejection, Applied<Shipment>> answer = rescind.shipments().cancel(context, shipment,
                        Option.some(new Reason("Order " + orderNumber + " cancelled by the customer")));
                if (answer.isRight()) {
                    markCancelled(connection, orderNumber);
                }
                connection.commit();
                return answer;
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            } finally {
                current.remove();
            }
        }
    }

    private static void markCancelled(Connection connection, String orderNumber) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE shop_orders SET state = 'cancelled' WHERE order_number = ?")) {
            update.setString(1, orderNumber);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no order " + orderNumber);
            }
        }
    }
}
