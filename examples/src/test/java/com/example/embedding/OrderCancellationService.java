package com.example.embedding;

import dev.rescind.application.Applied;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** A Spring service of the host's: its order and Rescind's shipment change in one transaction. */
public class OrderCancellationService {

    private final Rescind rescind;
    private final JdbcTemplate jdbc;

    public OrderCancellationService(Rescind rescind, JdbcTemplate jdbc) {
        this.rescind = rescind;
        this.jdbc = jdbc;
    }

    @Transactional
    public Either<Rejection, Applied<Shipment>> cancel(CommandContext context, String orderNumber,
            ShipmentId shipment) {
        Either<Rejection, Applied<Shipment>> answer = rescind.shipments().cancel(context, shipment,
                Option.some(new Reason("Order " + orderNumber + " cancelled by the customer")));
        if (answer.isRight() && jdbc.update("UPDATE shop_orders SET state = 'cancelled' WHERE order_number = ?",
                orderNumber) != 1) {
            // Throwing rolls back Rescind's cancellation with the rest of the transaction.
            throw new IllegalStateException("no order " + orderNumber);
        }
        return answer;
    }
}
