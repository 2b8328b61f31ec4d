package dev.rescind.adapters.json.shopify;

import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.adapters.json.internal.StrictJson;
import dev.rescind.application.Applied;
import dev.rescind.application.BatchItem;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.shared.FieldError;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * {@code POST /fulfillment_orders/{id}/hold.json}, by the merchant's side: a hold with an id of its own,
     * listed in {@code fulfillment_holds}. Line items may be given only as every unit still to ship (Rescind
     * holds whole orders); anything less is {@code 422}.
     *
     * @param context who sends it, for which tenant, with an idempotency key if any
     * @param fulfillmentOrderId the {@code {id}} of the path, as received
     * @param body the request body, as received
     * @return the status and body to send
     */
    public HttpAnswer hold(CommandContext context, String fulfillmentOrderId, byte[] body) {
        return ShopifyJson.parseFulfillmentOrderId(fulfillmentOrderId)
                .<Rejection>mapLeft(invalid -> invalid)
                .flatMap(id -> ShopifyJson.parseHold(body)
                        .<Rejection>mapLeft(invalid -> invalid)
                        .flatMap(hold -> wholeOrder(context, id, hold))
                        .flatMap(hold -> rescind.fulfillmentOrders().hold(context, id, hold.reason(),
                                hold.reasonNotes())))
                .fold(ShopifyJson::error, applied -> json.fulfillmentOrderAnswer(applied.aggregate()));
    }

    /**
     * {@code POST /fulfillment_orders/{id}/release_hold.json}, by the merchant's side: the holds
     * {@code hold_ids} names, or every hold for an empty body, as Shopify's REST endpoint releases them.
     *
     * @param context who sends it, for which tenant, with an idempotency key if any
     * @param fulfillmentOrderId the {@code {id}} of the path, as received
     * @param body the request body, as received
     * @return the status and body to send
     */
    public HttpAnswer releaseHold(CommandContext context, String fulfillmentOrderId, byte[] body) {
        return ShopifyJson.parseFulfillmentOrderId(fulfillmentOrderId)
                .<Rejection>mapLeft(invalid -> invalid)
                .flatMap(id -> ShopifyJson.parseReleaseHold(body)
                        .<Rejection>mapLeft(invalid -> invalid)
                        .flatMap(holdIds -> holdIds
                                .map(ids -> rescind.fulfillmentOrders().releaseHolds(context, id, ids))
                                .getOrElse(() -> rescind.fulfillmentOrders().releaseAllHolds(context, id))))
                .fold(ShopifyJson::error, applied -> json.fulfillmentOrderAnswer(applied.aggregate()));
    }

    /**
     * {@code POST /fulfillment_orders/{id}/fulfillment_request.json}, by the merchant's side: the units asked
     * for (all when none) are submitted to the assigned service, the rest split off into an open, unsubmitted
     * order. Answers Shopify's three orders.
     *
     * @param context who sends it, for which tenant, with an idempotency key if any
     * @param fulfillmentOrderId the {@code {id}} of the path, as received
     * @param body the request body, as received
     * @return the status and body to send
     */
    public HttpAnswer submitFulfillmentRequest(CommandContext context, String fulfillmentOrderId, byte[] body) {
        return ShopifyJson.parseFulfillmentOrderId(fulfillmentOrderId)
                .<Rejection>mapLeft(invalid -> invalid)
                .flatMap(id -> ShopifyJson.parseFulfillmentRequest(body)
                        .<Rejection>mapLeft(invalid -> invalid)
                        .flatMap(request -> rescind.fulfillmentOrders().submitFulfillmentRequest(context, id,
                                request.message(), request.lineItems())))
                .fold(ShopifyJson::error, applied -> json.fulfillmentRequestAnswer(applied.aggregate(),
                        applied.related(FulfillmentOrder.class)));
    }

    /**
     * {@code POST /fulfillment_orders/{id}/move.json}, by the merchant's side: the moved order is fulfilled by
     * the merchant at the new location (a host that moves to a fulfillment service's location calls
     * {@code FulfillmentOrderService.move} with the service). Answers Shopify's three orders.
     *
     * @param context who sends it, for which tenant, with an idempotency key if any
     * @param fulfillmentOrderId the {@code {id}} of the path, as received
     * @param body the request body, as received
     * @return the status and body to send
     */
    public HttpAnswer move(CommandContext context, String fulfillmentOrderId, byte[] body) {
        return ShopifyJson.parseFulfillmentOrderId(fulfillmentOrderId)
                .<Rejection>mapLeft(invalid -> invalid)
                .flatMap(id -> ShopifyJson.parseMove(body)
                        .<Rejection>mapLeft(invalid -> invalid)
                        .flatMap(move -> rescind.fulfillmentOrders().move(context, id, move.newLocationId(),
                                Option.none(), move.lineItems())))
                .fold(ShopifyJson::error, applied -> {
                    List<FulfillmentOrder> created = applied.related().stream()
                            .filter(FulfillmentOrder.class::isInstance).map(FulfillmentOrder.class::cast).toList();
                    return json.moveAnswer(applied.aggregate(), created.get(0),
                            created.size() > 1 ? Option.some(created.get(1)) : Option.none());
                });
    }

    /**
     * {@code POST /fulfillment_orders/set_fulfillment_orders_deadline.json}, by the merchant's side:
     * {@code 200 {}}, as Shopify answers, when every order took the deadline. Otherwise {@code 422} with each
     * refused order's reason under {@code fulfillment_order_ids[<index>]} ({@code 404} when none was found);
     * the orders not listed took the deadline.
     *
     * @param context who sends it, for which tenant, with an idempotency key if any
     * @param body the request body, as received
     * @return the status and body to send
     */
    public HttpAnswer setFulfillmentOrdersDeadline(CommandContext context, byte[] body) {
        Either<Rejection, List<BatchItem<FulfillmentOrder>>> items = ShopifyJson.parseDeadline(body)
                .<Rejection>mapLeft(invalid -> invalid)
                .flatMap(deadline -> rescind.fulfillmentOrders().setFulfillmentOrdersDeadline(context,
                        deadline.fulfillmentOrderIds(), deadline.fulfillmentDeadline()));
        if (items.isLeft()) {
            return ShopifyJson.error(items.getLeft());
        }
        List<FieldError> refused = new ArrayList<>();
        for (int index = 0; index < items.get().size(); index++) {
            Either<Rejection, ?> outcome = items.get().get(index).outcome();
            if (outcome.isLeft()) {
                refused.add(new FieldError("fulfillment_order_ids[" + index + "]", outcome.getLeft().code(),
                        outcome.getLeft().message()));
            }
        }
        if (refused.isEmpty()) {
            return new HttpAnswer(200, StrictJson.object());
        }
        boolean noneFound = refused.size() == items.get().size()
                && items.get().stream().allMatch(item -> item.outcome().getLeft() instanceof Rejection.NotFound);
        return noneFound ? ShopifyJson.error(items.get().get(0).outcome().getLeft())
                : ShopifyJson.error(new Rejection.InvalidInput(refused));
    }

    /** The hold, if its line items are none or every unit the order still has to ship. */
    private Either<Rejection, HoldBody> wholeOrder(CommandContext context, FulfillmentOrderId id, HoldBody hold) {
        if (hold.lineItems().isEmpty()) {
            return Either.right(hold);
        }
        return rescind.fulfillmentOrders().get(context.tenant(), id).flatMap(order -> {
            Map<Reference, Integer> remaining = new HashMap<>();
            order.lineItems().stream().filter(line -> line.fulfillableQuantity() > 0)
                    .forEach(line -> remaining.put(line.id(), line.fulfillableQuantity()));
            Map<Reference, Integer> asked = new HashMap<>();
            hold.lineItems().forEach(line -> asked.merge(line.lineItemId(), line.quantity(), Integer::sum));
            return asked.equals(remaining) ? Either.right(hold)
                    : Either.left(Rejection.InvalidInput.of("fulfillment_hold.fulfillment_order_line_items",
                            "partial_hold_unsupported", "must name every unit still to ship: Rescind holds whole "
                                    + "fulfillment orders"));
        });
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
