package dev.rescind.adapters.json.shopify;

import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.application.Applied;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Shopify's fulfillment order cancellation request endpoints over a {@link Rescind}. The host authenticates
 * and passes a {@link CommandContext}: the shop as tenant, the merchant's side to send a request, the assigned
 * fulfillment service (by its id) to accept or reject one. Answers are {@code 200 {"fulfillment_order": …}}
 * or Shopify's error answers ({@link ShopifyJson#error}). Never throws for anything a caller sends; a failure
 * of the store propagates as {@link Rescind} throws it, for the host to answer {@code 500}. Thread-safe.
 */
public final class ShopifyApi {

    /** One of the three cancellation request calls of the application. */
    @FunctionalInterface
    private interface Call {
        Either<Rejection, Applied<FulfillmentOrder>> apply(CommandContext context, FulfillmentOrderId id,
                Option<Message> message);
    }

    private final Rescind rescind;
    private final ShopifyJson json;

    /**
     * Renders timestamps in {@code shopZone}, the shop's time zone.
     *
     * @param rescind  the library that decides and stores, shared between requests
     * @param shopZone the zone in which timestamps are written
     */
    public ShopifyApi(Rescind rescind, ZoneId shopZone) {
        this.rescind = Objects.requireNonNull(rescind, "rescind");
        this.json = new ShopifyJson(shopZone);
    }

    /**
     * {@code POST /fulfillment_orders/{id}/cancellation_request.json}, by the merchant's side.
     *
     * @param context            the merchant's side, the shop as tenant, optionally an idempotency key
     * @param fulfillmentOrderId the {@code {id}} of the path, as received
     * @param body               the request body as received; may be empty
     * @return the status and body to send
     */
    public HttpAnswer sendCancellationRequest(CommandContext context, String fulfillmentOrderId, byte[] body) {
        return answer(context, fulfillmentOrderId, body, rescind.fulfillmentOrders()::sendCancellationRequest);
    }

    /**
     * {@code POST /fulfillment_orders/{id}/cancellation_request/accept.json}, by the assigned service.
     *
     * @param context            the assigned fulfillment service, the shop as tenant, optionally an idempotency key
     * @param fulfillmentOrderId the {@code {id}} of the path, as received
     * @param body               the request body as received; may be empty
     * @return the status and body to send
     */
    public HttpAnswer acceptCancellationRequest(CommandContext context, String fulfillmentOrderId, byte[] body) {
        return answer(context, fulfillmentOrderId, body, rescind.fulfillmentOrders()::acceptCancellationRequest);
    }

    /**
     * {@code POST /fulfillment_orders/{id}/cancellation_request/reject.json}, by the assigned service.
     *
     * @param context            the assigned fulfillment service, the shop as tenant, optionally an idempotency key
     * @param fulfillmentOrderId the {@code {id}} of the path, as received
     * @param body               the request body as received; may be empty
     * @return the status and body to send
     */
    public HttpAnswer rejectCancellationRequest(CommandContext context, String fulfillmentOrderId, byte[] body) {
        return answer(context, fulfillmentOrderId, body, rescind.fulfillmentOrders()::rejectCancellationRequest);
    }

    /**
     * {@code GET /fulfillment_orders/{id}.json}.
     *
     * @param shop               the authenticated shop
     * @param fulfillmentOrderId the {@code {id}} of the path, as received
     * @return the status and body to send
     */
    public HttpAnswer fulfillmentOrder(TenantId shop, String fulfillmentOrderId) {
        return ShopifyJson.parseFulfillmentOrderId(fulfillmentOrderId)
                .<Rejection>mapLeft(invalid -> invalid)
                .flatMap(id -> rescind.fulfillmentOrders().get(shop, id))
                .fold(ShopifyJson::error, json::fulfillmentOrderAnswer);
    }

    private HttpAnswer answer(CommandContext context, String fulfillmentOrderId, byte[] body, Call call) {
        return ShopifyJson.parseFulfillmentOrderId(fulfillmentOrderId)
                .<Rejection>mapLeft(invalid -> invalid)
                .flatMap(id -> ShopifyJson.parseCancellationRequest(body)
                        .<Rejection>mapLeft(invalid -> invalid)
                        .flatMap(request -> call.apply(context, id, request.message())))
                .fold(ShopifyJson::error, applied -> json.fulfillmentOrderAnswer(applied.aggregate()));
    }
}
