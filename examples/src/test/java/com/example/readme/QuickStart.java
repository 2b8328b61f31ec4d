package com.example.readme;

import dev.rescind.adapters.jdbc.JdbcRescindStore;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.ShipmentId;
import io.vavr.control.Option;
import javax.sql.DataSource;

/** The README's embedding example: cancel a shipment and answer as an HTTP handler would. */
final class QuickStart {

    private QuickStart() {
    }

    static int cancelShipment(DataSource dataSource, String shop, String apiKey, String idempotencyKey,
            String shipmentId) {
        Rescind rescind = Rescind.builder().store(JdbcRescindStore.of(dataSource)).build();
        CommandContext caller = CommandContext.of(new TenantId(shop), Actor.apiKey(apiKey))
                .withIdempotencyKey(idempotencyKey);     // a retry replays the answer, never cancels twice

        return rescind.shipments()
                .cancel(caller, new ShipmentId(shipmentId), Option.some(new Reason("Customer changed their mind")))
                .fold(rejection -> switch (rejection.code()) {
                    case "not_found" -> 404;             // also for another tenant's shipment
                    case "not_cancellable" -> 409;       // picked up already: ReturnQueen's 409
                    case "forbidden" -> 403;
                    case "invalid_input" -> 400;
                    default -> 409;                      // concurrent_modification, idempotency_key_reused
                }, applied -> 200);                      // applied.aggregate() is the cancelled shipment
    }
}
