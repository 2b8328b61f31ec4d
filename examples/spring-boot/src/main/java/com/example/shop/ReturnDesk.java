package com.example.shop;

import dev.rescind.application.Applied;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shop's own service: a return's cancellation and the shop's order change commit together or not at all. */
@Service
public class ReturnDesk {

    private final Rescind rescind;
    private final JdbcClient jdbc;

    public ReturnDesk(Rescind rescind, JdbcClient jdbc) {
        this.rescind = rescind;
        this.jdbc = jdbc;
    }

    @Transactional
    public Either<Rejection, Applied<Return>> cancelReturn(CommandContext context, ReturnId id, String orderNumber) {
        Either<Rejection, Applied<Return>> requested = rescind.returns().requestCancellation(context, id,
                Option.none());
        if (requested.isRight()) {
            jdbc.sql("UPDATE shop_orders SET state = 'return_cancelling' WHERE order_number = :order")
                    .param("order", orderNumber).update();
        }
        return requested;
    }
}
