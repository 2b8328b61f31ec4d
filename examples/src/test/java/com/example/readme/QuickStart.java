package com.example.readme;

import dev.rescind.adapters.jdbc.JdbcRescindStore;
import dev.rescind.application.CommandContext;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.application.Rescind;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.ShipmentId;
import io.vavr.control.Option;
import javax.sql.DataSource;

/** The README's embedding example: one shared {@link Rescind}, and a handler that answers as HTTP would. */
final class QuickStart {

    private static final Option<Reason> CUSTOMER_REQUEST = Option.some(new Reason("Customer changed their mind"));

    private final Rescind rescind;

    QuickStart(DataSource dataSource) {
        rescind = Rescind.builder().store(JdbcRescindStore.of(dataSource)).build();   // once, at start-up
    }

    /** Every argument is text from the request; bad text is a 400, never an exception. */
    int cancelShipment(String shop, String apiKey, String idempotencyKey, String shipmentId) {
        return TenantId.parse(shop)
                .flatMap(tenant -> Actor.parse(ActorKind.API_KEY, apiKey).map(actor -> CommandContext.of(tenant, actor)))
                // with a key, a retry replays the first answer and never cancels twice
                .flatMap(caller -> IdempotencyKey.parse(idempotencyKey).map(caller::withIdempotencyKey))
                .flatMap(caller -> ShipmentId.parse(shipmentId)
                        .flatMap(id -> rescind.shipments().cancel(caller, id, CUSTOMER_REQUEST)))
                .fold(rejection -> switch (rejection.code()) {
                    case "not_found" -> 404;             // also for another tenant's shipment
                    case "not_cancellable" -> 409;       // picked up already: ReturnQueen's 409
                    case "forbidden" -> 403;
                    case "invalid_input" -> 400;         // rejection.message() names each bad field
                    default -> 409;                      // concurrent_modification, idempotency_key_reused
                }, applied -> 200);                      // applied.aggregate() is the cancelled shipment
    }
}
