package dev.rescind.adapters.json.returnqueen;

import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * ReturnQueen's shipment endpoints over a {@link Rescind}: a host routes the HTTP request here and sends
 * the {@link HttpAnswer} back. Authentication stays with the host, which passes who asks and for which
 * tenant as a {@link CommandContext} (for ReturnQueen's {@code X-API-KEY}, an API key actor whose id becomes
 * {@code cancelled_by_id}). Never throws for anything a caller sends; a failure of the store
 * propagates as {@link Rescind} throws it, for the host to answer {@code 500}. Thread-safe.
 */
public final class ReturnQueenApi {

    private static final Reason API_CANCELLATION = new Reason(ReturnQueenJson.API_CANCELLATION_REASON);

    private final Rescind rescind;

    /**
     * The API over one {@link Rescind}, which the host shares between requests.
     *
     * @param rescind the library that decides and stores
     */
    public ReturnQueenApi(Rescind rescind) {
        this.rescind = Objects.requireNonNull(rescind, "rescind");
    }

    /**
     * {@code DELETE /api/shipments/{id}}: {@code 200} with the cancelled shipment, {@code 409} unless it was
     * pending or scheduled, {@code 404} when the tenant has no such shipment. The request has no body; the
     * cancellation is recorded with the reason {@value ReturnQueenJson#API_CANCELLATION_REASON}.
     *
     * @param context    who asks, for which tenant, and optionally an idempotency key
     * @param shipmentId the {@code {id}} of the path, as received
     * @return the status and body to send
     */
    public HttpAnswer cancelShipment(CommandContext context, String shipmentId) {
        return ReturnQueenJson.parseShipmentId(shipmentId)
                .<Rejection>mapLeft(invalid -> invalid)
                .flatMap(id -> rescind.shipments().cancel(context, id, Option.some(API_CANCELLATION)))
                .fold(ReturnQueenJson::error, applied -> ReturnQueenJson.shipmentAnswer(applied.aggregate()));
    }
}
