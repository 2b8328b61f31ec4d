package dev.rescind.adapters.json.shopify;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.adapters.json.internal.JsonObjectReader;
import dev.rescind.adapters.json.internal.JsonValues;
import dev.rescind.adapters.json.internal.RejectionCases;
import dev.rescind.adapters.json.internal.StrictJson;
import dev.rescind.domain.fulfillment.Destination;
import dev.rescind.domain.fulfillment.FulfillmentLine;
import dev.rescind.domain.fulfillment.FulfillmentLineItem;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.FulfillmentOrderStatus;
import dev.rescind.domain.fulfillment.FulfillmentState;
import dev.rescind.domain.fulfillment.HoldReason;
import dev.rescind.domain.fulfillment.MerchantRequest;
import dev.rescind.domain.fulfillment.Origin;
import dev.rescind.domain.fulfillment.RequestStatus;
import dev.rescind.domain.fulfillment.SupportedAction;
import dev.rescind.domain.shared.FieldError;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.ShortText;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Shopify's fulfillment order and cancellation request API (seed 003) on the wire: the {@code fulfillment_order}
 * resource, the {@code cancellation_request} bodies, and error answers.
 *
 * <p>Ids are JSON numbers when they are decimal integers (Shopify's are), otherwise strings; timestamps are
 * whole seconds with the offset the shop's time zone has at that instant ({@code 2025-01-02T11:35:24-05:00}).
 * Fields Rescind does not model are rendered with a neutral value: {@code outgoing_requests: []},
 * {@code international_duties: null}, {@code delivery_method: null}. Thread-safe.
 */
public final class ShopifyJson {

    private final ZoneId shopZone;

    /**
     * Renders timestamps in {@code shopZone}, the shop's time zone.
     *
     * @param shopZone the zone in which timestamps are written
     */
    public ShopifyJson(ZoneId shopZone) {
        this.shopZone = Objects.requireNonNull(shopZone, "shopZone");
    }

    /**
     * {@code 200} with {@code {"fulfillment_order": …}}.
     *
     * @param order the fulfillment order as stored
     * @return the answer to send
     */
    public HttpAnswer fulfillmentOrderAnswer(FulfillmentOrder order) {
        return new HttpAnswer(200, render(ShopifyFulfillmentOrder.of(order)));
    }

    /**
     * {@code 200} with Shopify's move answer: {@code original_fulfillment_order} (closed),
     * {@code moved_fulfillment_order} and {@code remaining_fulfillment_order} ({@code null} when every unit moved).
     *
     * @param original the original order, closed
     * @param moved the moved order
     * @param remaining the order of the units not moved, if any
     * @return the answer
     */
    public HttpAnswer moveAnswer(FulfillmentOrder original, FulfillmentOrder moved, Option<FulfillmentOrder> remaining) {
        ObjectNode body = StrictJson.object();
        body.set("original_fulfillment_order", render(ShopifyFulfillmentOrder.of(original)).get("fulfillment_order"));
        body.set("moved_fulfillment_order", render(ShopifyFulfillmentOrder.of(moved)).get("fulfillment_order"));
        body.set("remaining_fulfillment_order", remaining.<JsonNode>map(order -> render(ShopifyFulfillmentOrder.of(
                order)).get("fulfillment_order")).getOrElse(NullNode.instance));
        return new HttpAnswer(200, body);
    }

    /**
     * {@code 200} with Shopify's fulfillment request answer: {@code original_fulfillment_order} and
     * {@code submitted_fulfillment_order} (the same order, submitted) and {@code unsubmitted_fulfillment_order}
     * ({@code null} when every unit was requested).
     *
     * @param submitted the order, submitted
     * @param unsubmitted the order of the units not requested, if any
     * @return the answer
     */
    public HttpAnswer fulfillmentRequestAnswer(FulfillmentOrder submitted, Option<FulfillmentOrder> unsubmitted) {
        ObjectNode body = StrictJson.object();
        JsonNode order = render(ShopifyFulfillmentOrder.of(submitted)).get("fulfillment_order");
        body.set("original_fulfillment_order", order);
        body.set("submitted_fulfillment_order", order.deepCopy());
        body.set("unsubmitted_fulfillment_order", unsubmitted.<JsonNode>map(rest -> render(
                ShopifyFulfillmentOrder.of(rest)).get("fulfillment_order")).getOrElse(NullNode.instance));
        return new HttpAnswer(200, body);
    }

    /**
     * {@code {"fulfillment_order": …}}, fields in the order Shopify lists them, {@code merchant_requests} last.
     *
     * @param order what Shopify shows of a fulfillment order
     * @return the JSON object, with its envelope
     */
    public ObjectNode render(ShopifyFulfillmentOrder order) {
        ObjectNode envelope = StrictJson.object();
        ObjectNode json = envelope.putObject("fulfillment_order");
        json.set("id", JsonValues.id(order.id().value()));
        json.set("created_at", time(order.createdAt()));
        json.set("updated_at", time(order.updatedAt()));
        json.set("shop_id", JsonValues.id(order.shopId().value()));
        json.set("order_id", JsonValues.id(order.orderId().value()));
        json.set("assigned_location_id", JsonValues.id(order.assignedLocationId().value()));
        json.put("request_status", order.state().requestStatus().wireName());
        json.put("status", order.state().status().wireName());
        json.set("fulfill_at", order.fulfillAt().map(this::time).getOrElse(NullNode.instance));
        json.set("fulfill_by", order.fulfillBy().map(this::time).getOrElse(NullNode.instance));
        ArrayNode actions = json.putArray("supported_actions");
        order.supportedActions().forEach(action -> actions.add(action.wireName()));
        json.set("destination", order.destination().<JsonNode>map(ShopifyJson::destination)
                .getOrElse(NullNode.instance));
        json.set("origin", order.origin().<JsonNode>map(ShopifyJson::origin).getOrElse(NullNode.instance));
        ArrayNode lines = json.putArray("line_items");
        order.lineItems().forEach(line -> lines.add(lineItem(order, line)));
        json.putArray("outgoing_requests");
        json.putNull("international_duties");
        ArrayNode holds = json.putArray("fulfillment_holds");
        order.fulfillmentHolds().forEach(hold -> holds.addObject()
                .<ObjectNode>set("id", JsonValues.id(hold.id().value()))
                .put("reason", hold.reason().wireName())
                .put("reason_notes", hold.reasonNotes().map(Reason::value).getOrNull()));
        json.putNull("delivery_method");
        ArrayNode requests = json.putArray("merchant_requests");
        order.merchantRequests().forEach(request -> requests.addObject()
                .put("kind", request.kind().wireName())
                .put("message", request.message().map(Message::value).getOrNull())
                .set("sent_at", time(request.sentAt())));
        return envelope;
    }

    private JsonNode time(Instant instant) {
        return JsonValues.offsetSeconds(instant, shopZone);
    }

    private static ObjectNode destination(Destination destination) {
        ObjectNode json = StrictJson.object();
        json.set("id", destination.id().map(id -> JsonValues.id(id.value())).getOrElse(NullNode.instance));
        json.put("address1", text(destination.address1()));
        json.put("address2", text(destination.address2()));
        json.put("city", text(destination.city()));
        json.put("company", text(destination.company()));
        json.put("country", text(destination.country()));
        json.put("email", text(destination.email()));
        json.put("first_name", text(destination.firstName()));
        json.put("last_name", text(destination.lastName()));
        json.put("phone", text(destination.phone()));
        json.put("province", text(destination.province()));
        json.put("zip", text(destination.zip()));
        return json;
    }

    private static ObjectNode origin(Origin origin) {
        ObjectNode json = StrictJson.object();
        json.put("address1", text(origin.address1()));
        json.put("address2", text(origin.address2()));
        json.put("city", text(origin.city()));
        json.put("country_code", text(origin.countryCode()));
        json.set("location_id", origin.locationId().map(id -> JsonValues.id(id.value())).getOrElse(NullNode.instance));
        json.put("name", text(origin.name()));
        json.put("phone", text(origin.phone()));
        json.put("province", text(origin.province()));
        json.put("zip", text(origin.zip()));
        return json;
    }

    private static ObjectNode lineItem(ShopifyFulfillmentOrder order, FulfillmentLineItem line) {
        ObjectNode json = StrictJson.object();
        json.set("id", JsonValues.id(line.id().value()));
        json.set("shop_id", JsonValues.id(order.shopId().value()));
        json.set("fulfillment_order_id", JsonValues.id(order.id().value()));
        json.put("quantity", line.quantity());
        json.set("line_item_id", JsonValues.id(line.lineItemId().value()));
        json.set("inventory_item_id", line.inventoryItemId().map(id -> JsonValues.id(id.value()))
                .getOrElse(NullNode.instance));
        json.put("fulfillable_quantity", line.fulfillableQuantity());
        json.set("variant_id", line.variantId().map(id -> JsonValues.id(id.value())).getOrElse(NullNode.instance));
        return json;
    }

    private static String text(Option<ShortText> text) {
        return text.map(ShortText::value).getOrNull();
    }

    /**
     * Reads {@code {"fulfillment_order": …}} as {@link #render} writes it, in any offset. Every field must be
     * present; the unmodeled ones must carry their neutral value; each line item's {@code shop_id} and
     * {@code fulfillment_order_id} must be the order's.
     *
     * @param json the JSON object, with its envelope
     * @return the fulfillment order, or every error found with its path
     */
    public static Either<Rejection.InvalidInput, ShopifyFulfillmentOrder> parseFulfillmentOrder(JsonNode json) {
        return JsonObjectReader.read(json, envelope -> {
            ShopifyFulfillmentOrder order = envelope.required("fulfillment_order", ShopifyJson::fulfillmentOrder);
            return () -> order;
        });
    }

    private static Either<Rejection.InvalidInput, ShopifyFulfillmentOrder> fulfillmentOrder(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            String wireId = fields.required("id", JsonValues::id);
            Instant createdAt = fields.required("created_at", JsonValues::timestamp);
            Instant updatedAt = fields.required("updated_at", JsonValues::timestamp);
            String wireShopId = fields.required("shop_id", JsonValues::id);
            Reference orderId = fields.required("order_id", ShopifyJson::reference);
            Reference locationId = fields.required("assigned_location_id", ShopifyJson::reference);
            RequestStatus requestStatus = fields.required("request_status",
                    node -> JsonValues.oneOf(node, RequestStatus.class, RequestStatus::wireName));
            FulfillmentOrderStatus status = fields.required("status",
                    node -> JsonValues.oneOf(node, FulfillmentOrderStatus.class, FulfillmentOrderStatus::wireName));
            Option<Instant> fulfillAt = fields.optional("fulfill_at", JsonValues::timestamp);
            Option<Instant> fulfillBy = fields.optional("fulfill_by", JsonValues::timestamp);
            List<SupportedAction> actions = fields.required("supported_actions", node -> JsonValues.array(node,
                    action -> JsonValues.oneOf(action, SupportedAction.class, SupportedAction::wireName)));
            Option<Destination> destination = fields.optional("destination", ShopifyJson::destination);
            Option<Origin> origin = fields.optional("origin", ShopifyJson::origin);
            List<WireLine> lines = fields.required("line_items", node -> JsonValues.array(node, ShopifyJson::line));
            fields.neutral("outgoing_requests", StrictJson.nodes().arrayNode());
            fields.neutral("international_duties", NullNode.instance);
            List<ShopifyFulfillmentOrder.Hold> holds = fields.required("fulfillment_holds",
                    node -> JsonValues.array(node, ShopifyJson::hold));
            fields.neutral("delivery_method", NullNode.instance);
            List<MerchantRequest> requests = fields.required("merchant_requests",
                    node -> JsonValues.array(node, ShopifyJson::merchantRequest));
            if (!fields.failed()) {
                fields.require(FulfillmentState.ALL.contains(new FulfillmentState(status, requestStatus)), "status",
                        "status " + status.wireName() + " with request_status " + requestStatus.wireName()
                                + " is not a state of a fulfillment order");
                for (int index = 0; index < lines.size(); index++) {
                    fields.require(lines.get(index).shopId().equals(wireShopId), "line_items[" + index + "].shop_id",
                            "must be the order's shop_id");
                    fields.require(lines.get(index).orderId().equals(wireId),
                            "line_items[" + index + "].fulfillment_order_id", "must be the order's id");
                }
            }
            return () -> new ShopifyFulfillmentOrder(new FulfillmentOrderId(wireId), createdAt, updatedAt,
                    new TenantId(wireShopId), orderId, locationId, new FulfillmentState(status, requestStatus),
                    fulfillAt, fulfillBy, actions, destination, origin,
                    lines.stream().map(WireLine::line).toList(), holds, requests);
        });
    }

    /** A line item with the two ids it repeats from its order. */
    private record WireLine(FulfillmentLineItem line, String shopId, String orderId) {
    }

    private static Either<Rejection.InvalidInput, WireLine> line(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            Reference id = fields.required("id", ShopifyJson::reference);
            String shopId = fields.required("shop_id", JsonValues::id);
            String orderId = fields.required("fulfillment_order_id", JsonValues::id);
            Integer quantity = fields.required("quantity", JsonValues::integer);
            Reference lineItemId = fields.required("line_item_id", ShopifyJson::reference);
            Option<Reference> inventoryItemId = fields.optional("inventory_item_id", ShopifyJson::reference);
            Integer fulfillable = fields.required("fulfillable_quantity", JsonValues::integer);
            Option<Reference> variantId = fields.optional("variant_id", ShopifyJson::reference);
            return () -> new WireLine(new FulfillmentLineItem(id, lineItemId, inventoryItemId, variantId, quantity,
                    fulfillable), shopId, orderId);
        });
    }

    private static Either<Rejection.InvalidInput, Destination> destination(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            Option<Reference> id = fields.optional("id", ShopifyJson::reference);
            Option<ShortText> address1 = fields.optional("address1", ShopifyJson::shortText);
            Option<ShortText> address2 = fields.optional("address2", ShopifyJson::shortText);
            Option<ShortText> city = fields.optional("city", ShopifyJson::shortText);
            Option<ShortText> company = fields.optional("company", ShopifyJson::shortText);
            Option<ShortText> country = fields.optional("country", ShopifyJson::shortText);
            Option<ShortText> email = fields.optional("email", ShopifyJson::shortText);
            Option<ShortText> firstName = fields.optional("first_name", ShopifyJson::shortText);
            Option<ShortText> lastName = fields.optional("last_name", ShopifyJson::shortText);
            Option<ShortText> phone = fields.optional("phone", ShopifyJson::shortText);
            Option<ShortText> province = fields.optional("province", ShopifyJson::shortText);
            Option<ShortText> zip = fields.optional("zip", ShopifyJson::shortText);
            return () -> new Destination(id, address1, address2, city, company, country, email, firstName, lastName,
                    phone, province, zip);
        });
    }

    private static Either<Rejection.InvalidInput, Origin> origin(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            Option<ShortText> address1 = fields.optional("address1", ShopifyJson::shortText);
            Option<ShortText> address2 = fields.optional("address2", ShopifyJson::shortText);
            Option<ShortText> city = fields.optional("city", ShopifyJson::shortText);
            Option<ShortText> countryCode = fields.optional("country_code", ShopifyJson::shortText);
            Option<Reference> locationId = fields.optional("location_id", ShopifyJson::reference);
            Option<ShortText> name = fields.optional("name", ShopifyJson::shortText);
            Option<ShortText> phone = fields.optional("phone", ShopifyJson::shortText);
            Option<ShortText> province = fields.optional("province", ShopifyJson::shortText);
            Option<ShortText> zip = fields.optional("zip", ShopifyJson::shortText);
            return () -> new Origin(address1, address2, city, countryCode, locationId, name, phone, province, zip);
        });
    }

    private static Either<Rejection.InvalidInput, ShopifyFulfillmentOrder.Hold> hold(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            Reference id = fields.required("id", ShopifyJson::reference);
            HoldReason reason = fields.required("reason",
                    node -> JsonValues.oneOf(node, HoldReason.class, HoldReason::wireName));
            Option<Reason> notes = fields.optional("reason_notes", node -> JsonValues.text(node).flatMap(Reason::of));
            return () -> new ShopifyFulfillmentOrder.Hold(id, reason, notes);
        });
    }

    private static Either<Rejection.InvalidInput, MerchantRequest> merchantRequest(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            MerchantRequest.Kind kind = fields.required("kind",
                    node -> JsonValues.oneOf(node, MerchantRequest.Kind.class, MerchantRequest.Kind::wireName));
            Option<Message> message = fields.optional("message", node -> JsonValues.text(node).flatMap(Message::of));
            Instant sentAt = fields.required("sent_at", JsonValues::timestamp);
            return () -> new MerchantRequest(kind, message, sentAt);
        });
    }

    private static Either<Rejection.InvalidInput, Reference> reference(JsonNode node) {
        return JsonValues.id(node).flatMap(Reference::of);
    }

    private static Either<Rejection.InvalidInput, ShortText> shortText(JsonNode node) {
        return JsonValues.text(node).flatMap(ShortText::of);
    }

    /** The wire shape of a cancellation request body, bound strictly by Jackson. */
    record Envelope(@JsonProperty("cancellation_request") Payload cancellationRequest) {
    }

    record Payload(@JsonProperty("message") String message) {
    }

    /**
     * Reads the body of {@code POST …/cancellation_request.json} and of its {@code accept} and {@code reject}
     * siblings. An empty body, {@code {}} and {@code {"cancellation_request": {}}} all mean no message; a
     * {@code null} message or {@code cancellation_request} too.
     *
     * @param body the request body as received; may be empty
     * @return the body, or the errors found with their path
     */
    public static Either<Rejection.InvalidInput, CancellationRequestBody> parseCancellationRequest(byte[] body) {
        if (StrictJson.isBlank(body)) {
            return Either.right(CancellationRequestBody.EMPTY);
        }
        return StrictJson.readTree(body)
                .flatMap(tree -> StrictJson.bind(tree, Envelope.class))
                .flatMap(envelope -> {
                    if (envelope.cancellationRequest() == null || envelope.cancellationRequest().message() == null) {
                        return Either.right(CancellationRequestBody.EMPTY);
                    }
                    return Message.of(envelope.cancellationRequest().message())
                            .mapLeft(invalid -> invalid.under("cancellation_request.message"))
                            .map(message -> new CancellationRequestBody(Option.some(message)));
                });
    }

    record HoldEnvelope(@JsonProperty("fulfillment_hold") HoldPayload fulfillmentHold) {
    }

    record HoldPayload(@JsonProperty("reason") String reason, @JsonProperty("reason_notes") String reasonNotes,
            @JsonProperty("notify_merchant") Boolean notifyMerchant,
            @JsonProperty("fulfillment_order_line_items") List<LineItemPayload> lineItems) {
    }

    record LineItemPayload(@JsonProperty("id") JsonNode id, @JsonProperty("quantity") Integer quantity) {
    }

    record DeadlineEnvelope(@JsonProperty("fulfillment_order_ids") List<JsonNode> fulfillmentOrderIds,
            @JsonProperty("fulfillment_deadline") JsonNode fulfillmentDeadline) {
    }

    /** The body of {@code set_fulfillment_orders_deadline}: which orders, and their new {@code fulfill_by}. */
    public record DeadlineBody(List<FulfillmentOrderId> fulfillmentOrderIds, Instant fulfillmentDeadline) {
    }

    /**
     * Reads the body of {@code POST /fulfillment_orders/set_fulfillment_orders_deadline.json}:
     * {@code {"fulfillment_order_ids": [...], "fulfillment_deadline": "…"}}, both required; the deadline in any
     * offset.
     *
     * @param body the request body, as received
     * @return the body read, or the field that is wrong
     */
    public static Either<Rejection.InvalidInput, DeadlineBody> parseDeadline(byte[] body) {
        return StrictJson.readTree(body)
                .flatMap(tree -> StrictJson.bind(tree, DeadlineEnvelope.class))
                .flatMap(envelope -> {
                    if (envelope.fulfillmentOrderIds() == null) {
                        return Either.left(Rejection.InvalidInput.of("fulfillment_order_ids", StrictJson.REQUIRED,
                                "is required"));
                    }
                    if (envelope.fulfillmentDeadline() == null || envelope.fulfillmentDeadline().isNull()) {
                        return Either.left(Rejection.InvalidInput.of("fulfillment_deadline", StrictJson.REQUIRED,
                                "is required"));
                    }
                    Either<Rejection.InvalidInput, Instant> deadline = JsonValues.timestamp(
                            envelope.fulfillmentDeadline()).mapLeft(invalid -> invalid.under("fulfillment_deadline"));
                    if (deadline.isLeft()) {
                        return Either.left(deadline.getLeft());
                    }
                    ArrayList<FulfillmentOrderId> ids = new ArrayList<>();
                    for (int index = 0; index < envelope.fulfillmentOrderIds().size(); index++) {
                        String at = "fulfillment_order_ids[" + index + "]";
                        JsonNode node = envelope.fulfillmentOrderIds().get(index);
                        Either<Rejection.InvalidInput, FulfillmentOrderId> id = node == null
                                ? Either.left(Rejection.InvalidInput.of(at, StrictJson.REQUIRED, "is required"))
                                : JsonValues.id(node).flatMap(FulfillmentOrderId::of)
                                        .mapLeft(invalid -> invalid.under(at));
                        if (id.isLeft()) {
                            return Either.left(id.getLeft());
                        }
                        ids.add(id.get());
                    }
                    return Either.right(new DeadlineBody(List.copyOf(ids), deadline.get()));
                });
    }

    record MoveEnvelope(@JsonProperty("fulfillment_order") MovePayload fulfillmentOrder) {
    }

    record MovePayload(@JsonProperty("new_location_id") JsonNode newLocationId,
            @JsonProperty("fulfillment_order_line_items") List<LineItemPayload> lineItems) {
    }

    /** The body of {@code move.json}: the new location, and the units to move (every unit when absent). */
    public record MoveBody(Reference newLocationId, List<FulfillmentLine> lineItems) {
    }

    /**
     * Reads the body of {@code POST …/move.json}: {@code {"fulfillment_order": {"new_location_id": …,
     * "fulfillment_order_line_items": [{"id": …, "quantity": …}]}}}, the location required.
     *
     * @param body the request body, as received
     * @return the body read, or the field that is wrong
     */
    public static Either<Rejection.InvalidInput, MoveBody> parseMove(byte[] body) {
        return StrictJson.readTree(body)
                .flatMap(tree -> StrictJson.bind(tree, MoveEnvelope.class))
                .flatMap(envelope -> {
                    MovePayload move = envelope.fulfillmentOrder();
                    if (move == null || move.newLocationId() == null || move.newLocationId().isNull()) {
                        return Either.left(Rejection.InvalidInput.of(move == null ? "fulfillment_order"
                                : "fulfillment_order.new_location_id", StrictJson.REQUIRED, "is required"));
                    }
                    Either<Rejection.InvalidInput, Reference> location = reference(move.newLocationId())
                            .mapLeft(invalid -> invalid.under("fulfillment_order.new_location_id"));
                    if (location.isLeft()) {
                        return Either.left(location.getLeft());
                    }
                    return lines(move.lineItems(), "fulfillment_order.fulfillment_order_line_items")
                            .map(lines -> new MoveBody(location.get(), lines));
                });
    }

    record FulfillmentRequestEnvelope(@JsonProperty("fulfillment_request") FulfillmentRequestPayload request) {
    }

    record FulfillmentRequestPayload(@JsonProperty("message") String message,
            @JsonProperty("fulfillment_order_line_items") List<LineItemPayload> lineItems,
            @JsonProperty("notify_customer") Boolean notifyCustomer) {
    }

    /** The body of {@code fulfillment_request.json}: the message, and the units asked for (all when none). */
    public record FulfillmentRequestBody(Option<Message> message, List<FulfillmentLine> lineItems) {
    }

    /**
     * Reads the body of {@code POST …/fulfillment_request.json}: {@code {"fulfillment_request": {"message": …,
     * "fulfillment_order_line_items": [{"id": …, "quantity": …}], "notify_customer": …}}}, every field optional;
     * {@code notify_customer} is left to the host, which sends Shopify's notifications.
     *
     * @param body the request body, as received
     * @return the body read, or the field that is wrong
     */
    public static Either<Rejection.InvalidInput, FulfillmentRequestBody> parseFulfillmentRequest(byte[] body) {
        if (StrictJson.isBlank(body)) {
            return Either.right(new FulfillmentRequestBody(Option.none(), List.of()));
        }
        return StrictJson.readTree(body)
                .flatMap(tree -> StrictJson.bind(tree, FulfillmentRequestEnvelope.class))
                .flatMap(envelope -> {
                    FulfillmentRequestPayload request = envelope.request();
                    if (request == null) {
                        return Either.right(new FulfillmentRequestBody(Option.none(), List.of()));
                    }
                    Either<Rejection.InvalidInput, Option<Message>> message = request.message() == null
                            ? Either.right(Option.none())
                            : Message.of(request.message()).map(Option::some)
                                    .mapLeft(invalid -> invalid.under("fulfillment_request.message"));
                    return message.flatMap(text -> lines(request.lineItems(),
                            "fulfillment_request.fulfillment_order_line_items")
                            .map(lines -> new FulfillmentRequestBody(text, lines)));
                });
    }

    record ReleaseHoldEnvelope(@JsonProperty("hold_ids") List<JsonNode> holdIds) {
    }

    /**
     * Reads the body of {@code POST …/hold.json}. {@code reason} is required; {@code notify_merchant} is read
     * and left to the host, which sends Shopify's notifications.
     *
     * @param body the request body, as received
     * @return the body read, or the field that is wrong
     */
    public static Either<Rejection.InvalidInput, HoldBody> parseHold(byte[] body) {
        return StrictJson.readTree(body)
                .flatMap(tree -> StrictJson.bind(tree, HoldEnvelope.class))
                .flatMap(envelope -> {
                    HoldPayload hold = envelope.fulfillmentHold();
                    if (hold == null) {
                        return Either.left(Rejection.InvalidInput.of("fulfillment_hold", StrictJson.REQUIRED,
                                "is required"));
                    }
                    return holdBody(hold);
                });
    }

    private static Either<Rejection.InvalidInput, HoldBody> holdBody(HoldPayload hold) {
        if (hold.reason() == null) {
            return Either.left(Rejection.InvalidInput.of("fulfillment_hold.reason", StrictJson.REQUIRED,
                    "is required"));
        }
        Either<Rejection.InvalidInput, HoldReason> reason = JsonValues.oneOf(StrictJson.nodes().textNode(hold.reason()),
                HoldReason.class, HoldReason::wireName).mapLeft(invalid -> invalid.under("fulfillment_hold.reason"));
        if (reason.isLeft()) {
            return Either.left(reason.getLeft());
        }
        Either<Rejection.InvalidInput, Option<Reason>> notes = hold.reasonNotes() == null
                ? Either.right(Option.none())
                : Reason.of(hold.reasonNotes()).map(Option::some)
                        .mapLeft(invalid -> invalid.under("fulfillment_hold.reason_notes"));
        if (notes.isLeft()) {
            return Either.left(notes.getLeft());
        }
        return lines(hold.lineItems(), "fulfillment_hold.fulfillment_order_line_items")
                .map(lines -> new HoldBody(reason.get(), notes.get(), lines));
    }

    /** Shopify's {@code fulfillment_order_line_items}: {@code [{"id": …, "quantity": …}]}; absent means none. */
    static Either<Rejection.InvalidInput, List<FulfillmentLine>> lines(List<LineItemPayload> items, String path) {
        if (items == null) {
            return Either.right(List.of());
        }
        ArrayList<FulfillmentLine> lines = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            String at = path + "[" + index + "]";
            LineItemPayload item = items.get(index);
            if (item == null || item.id() == null || item.quantity() == null) {
                return Either.left(Rejection.InvalidInput.of(item == null ? at : at + (item.id() == null ? ".id"
                        : ".quantity"), StrictJson.REQUIRED, "is required"));
            }
            Either<Rejection.InvalidInput, Reference> id = reference(item.id()).mapLeft(invalid -> invalid.under(at
                    + ".id"));
            if (id.isLeft()) {
                return Either.left(id.getLeft());
            }
            lines.add(new FulfillmentLine(id.get(), item.quantity()));
        }
        return Either.right(List.copyOf(lines));
    }

    /**
     * Reads the body of {@code POST …/release_hold.json}: empty or {@code {}} releases every hold, as Shopify's
     * REST endpoint does; {@code {"hold_ids": [...]}} (Rescind's extension, after Shopify's GraphQL
     * {@code holdIds}) releases only those.
     *
     * @param body the request body, as received
     * @return the body read, or the field that is wrong
     */
    public static Either<Rejection.InvalidInput, Option<List<Reference>>> parseReleaseHold(byte[] body) {
        if (StrictJson.isBlank(body)) {
            return Either.right(Option.none());
        }
        return StrictJson.readTree(body)
                .flatMap(tree -> StrictJson.bind(tree, ReleaseHoldEnvelope.class))
                .flatMap(envelope -> {
                    if (envelope.holdIds() == null) {
                        return Either.right(Option.none());
                    }
                    ArrayList<Reference> ids = new ArrayList<>();
                    for (int index = 0; index < envelope.holdIds().size(); index++) {
                        String at = "hold_ids[" + index + "]";
                        Either<Rejection.InvalidInput, Reference> id = envelope.holdIds().get(index) == null
                                ? Either.left(Rejection.InvalidInput.of(at, StrictJson.REQUIRED, "is required"))
                                : reference(envelope.holdIds().get(index)).mapLeft(invalid -> invalid.under(at));
                        if (id.isLeft()) {
                            return Either.left(id.getLeft());
                        }
                        ids.add(id.get());
                    }
                    return Either.right(Option.some(List.copyOf(ids)));
                });
    }

    /**
     * {@code {"cancellation_request": {"message": "…"}}}, or {@code {"cancellation_request": {}}} without one.
     *
     * @param body the body to send
     * @return the JSON object
     */
    public static ObjectNode renderCancellationRequest(CancellationRequestBody body) {
        ObjectNode json = StrictJson.object();
        ObjectNode request = json.putObject("cancellation_request");
        body.message().forEach(message -> request.put("message", message.value()));
        return json;
    }

    /**
     * The {@code {fulfillment_order_id}} of a path.
     *
     * @param pathId the path segment as received
     * @return the id, or an error at {@code fulfillment_order_id}
     */
    public static Either<Rejection.InvalidInput, FulfillmentOrderId> parseFulfillmentOrderId(String pathId) {
        return FulfillmentOrderId.of(pathId).mapLeft(invalid -> invalid.under("fulfillment_order_id"));
    }

    /**
     * The status and body for a rejection, as Shopify's REST API answers: {@code 404 {"errors": "Not Found"}};
     * {@code 400} for a body that is not JSON or not a cancellation request, {@code 422} for values that break a
     * rule and for commands the order's state does not allow, both with {@code {"errors": {"<field>": ["…"]}}}
     * ({@code base} for the whole request); {@code 403} and {@code 409} with {@code {"errors": "…"}}.
     *
     * @param rejection why the request was refused
     * @return the status and body to send
     */
    public static HttpAnswer error(Rejection rejection) {
        return ERRORS.apply(rejection);
    }

    private static final RejectionCases<HttpAnswer> ERRORS = new RejectionCases<>() {
        @Override
        public HttpAnswer notFound(Rejection.NotFound rejection) {
            return message(404, "Not Found");
        }

        @Override
        public HttpAnswer forbidden(Rejection.Forbidden rejection) {
            return message(403, rejection.message());
        }

        @Override
        public HttpAnswer invalidInput(Rejection.InvalidInput rejection) {
            int status = StrictJson.Problem.worst(rejection) == StrictJson.Problem.VALUE ? 422 : 400;
            return fieldErrors(status, rejection.errors());
        }

        @Override
        public HttpAnswer notAllowedInState(Rejection.NotAllowedInState rejection) {
            return base(rejection);
        }

        @Override
        public HttpAnswer notCancellable(Rejection.NotCancellable rejection) {
            return base(rejection);
        }

        @Override
        public HttpAnswer concurrentModification(Rejection.ConcurrentModification rejection) {
            return message(409, rejection.message());
        }

        @Override
        public HttpAnswer exceedsRemainingQuantity(Rejection.ExceedsRemainingQuantity rejection) {
            return fieldErrors(422, List.of(new FieldError("quantity", rejection.code(), rejection.message())));
        }

        @Override
        public HttpAnswer idempotencyKeyReused(Rejection.IdempotencyKeyReused rejection) {
            return base(rejection);
        }
    };

    private static HttpAnswer message(int status, String message) {
        ObjectNode body = StrictJson.object();
        body.put("errors", message);
        return new HttpAnswer(status, body);
    }

    private static HttpAnswer base(Rejection rejection) {
        return fieldErrors(422, List.of(new FieldError("", rejection.code(), rejection.message())));
    }

    private static HttpAnswer fieldErrors(int status, List<FieldError> errors) {
        Map<String, ArrayNode> byField = new LinkedHashMap<>();
        for (FieldError error : errors) {
            byField.computeIfAbsent(error.path().isEmpty() ? "base" : error.path(),
                    field -> StrictJson.nodes().arrayNode()).add(error.message());
        }
        ObjectNode body = StrictJson.object();
        body.putObject("errors").setAll(byField);
        return new HttpAnswer(status, body);
    }
}
