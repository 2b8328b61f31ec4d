package dev.rescind.examples;

import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.adapters.json.parcellab.ParcelLabApi;
import dev.rescind.adapters.json.returnqueen.ReturnQueenApi;
import dev.rescind.adapters.json.sendcloud.SendcloudApi;
import dev.rescind.adapters.json.shopify.ShopifyApi;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.fulfillment.Destination;
import dev.rescind.domain.fulfillment.FulfillmentLineItem;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.NewFulfillmentOrder;
import dev.rescind.domain.fulfillment.Origin;
import dev.rescind.domain.returns.Compensation;
import dev.rescind.domain.returns.DeliveryOption;
import dev.rescind.domain.returns.NewReturn;
import dev.rescind.domain.returns.ParcelReference;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.returns.ReturnItem;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.PickupWindow;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.ShortText;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentType;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;

/**
 * The four flows of the demo, played through the public API: what a merchant, a carrier and a fulfillment
 * service would send, in the order they would send it.
 */
final class DemoScenario {

    static final Actor MERCHANT = Actor.apiKey("partner-api-key");
    static final Actor CARRIER = Actor.carrier("postnl");
    static final Actor SERVICE = Actor.fulfillmentService("shipwire");

    /** Shopify answers in the shop's time zone. */
    static final ZoneId SHOP_ZONE = ZoneId.of("America/New_York");

    private final Rescind rescind;
    private final DemoClock clock;
    private final TenantId shop;
    private final CommandContext merchant;
    private final CommandContext carrier;
    private final CommandContext service;
    private final ReturnQueenApi returnQueen;
    private final SendcloudApi sendcloud;
    private final ShopifyApi shopify;
    private final ParcelLabApi parcelLab;

    DemoScenario(Rescind rescind, DemoClock clock, TenantId shop) {
        this.rescind = rescind;
        this.clock = clock;
        this.shop = shop;
        this.merchant = CommandContext.of(shop, MERCHANT);
        this.carrier = CommandContext.of(shop, CARRIER);
        this.service = CommandContext.of(shop, SERVICE);
        this.returnQueen = new ReturnQueenApi(rescind);
        this.sendcloud = new SendcloudApi(rescind, ZoneOffset.UTC);
        this.shopify = new ShopifyApi(rescind, SHOP_ZONE);
        this.parcelLab = new ParcelLabApi(rescind);
    }

    List<Flow> play() {
        return List.of(shipments(), returns(), fulfillmentOrder(), exchange());
    }

    /** ReturnQueen: only a pending or scheduled shipment can be cancelled; a retry replays the first answer. */
    private Flow shipments() {
        Flow flow = new Flow("A shipment is scheduled, then cancelled; another is picked up, and its cancel refused",
                "ReturnQueen");
        ShipmentId first = new ShipmentId("123e4567-e89b-12d3-a456-426614174000");
        ShipmentId second = new ShipmentId("223e4567-e89b-12d3-a456-426614174001");
        flow.step(now(), MERCHANT, "create shipment ORDER-123", rescind.shipments().create(merchant,
                shipment(first, "ORDER-123")));
        flow.step(now(), MERCHANT, "create shipment ORDER-124", rescind.shipments().create(merchant,
                shipment(second, "ORDER-124")));
        later(5);
        PickupWindow window = PickupWindow.parse("2026-03-02T19:00:00Z", "2026-03-02T23:00:00Z", "America/New_York")
                .get();
        flow.step(now(), MERCHANT, "schedule pickup of ORDER-123", rescind.shipments().schedule(merchant, first,
                window, Option.some(new Reference("770e8400-e29b-41d4-a716-446655440000"))));
        flow.step(now(), MERCHANT, "schedule pickup of ORDER-124", rescind.shipments().schedule(merchant, second,
                window, Option.none()));
        later(30);
        CommandContext cancelOnce = merchant.withIdempotencyKey("cancel-ORDER-123");
        flow.wire(now(), MERCHANT, "cancel ORDER-123 (Idempotency-Key set)",
                "DELETE /api/shipments/" + first, Option.none(), returnQueen.cancelShipment(cancelOnce, first.value()));
        later(1);
        Option<Reason> reason = Option.some(new Reason("Partner requested cancellation via API"));
        flow.step(now(), MERCHANT, "retry: cancel ORDER-123 with the same key",
                rescind.shipments().cancel(cancelOnce, first, reason));
        later(60);
        flow.step(now(), CARRIER, "carrier scans ORDER-124 at pickup", rescind.shipments().pickUp(carrier, second));
        later(2);
        flow.wire(now(), MERCHANT, "cancel ORDER-124", "DELETE /api/shipments/" + second, Option.none(),
                returnQueen.cancelShipment(merchant, second.value()));
        flow.step(now(), CARRIER, "carrier scans the cancelled ORDER-123 anyway",
                rescind.shipments().pickUp(carrier, first));
        return flow;
    }

    /** Sendcloud: a cancellation is a request; the carrier confirms one and declines the other. */
    private Flow returns() {
        Flow flow = new Flow("Two return labels: one cancellation confirmed by the carrier, one declined",
                "Sendcloud");
        ReturnId confirmed = new ReturnId("1751075");
        ReturnId declined = new ReturnId("1751076");
        for (ReturnId id : List.of(confirmed, declined)) {
            flow.step(now(), MERCHANT, "create return " + id, rescind.returns().create(merchant, returnOf(id,
                    Compensation.REFUND, Option.none())));
            flow.step(now(), CARRIER, "carrier announces the label of " + id, rescind.returns().announce(carrier, id));
        }
        later(10);
        flow.wire(now(), MERCHANT, "request cancellation of 1751075", "PATCH /returns/1751075/cancel",
                Option.none(), sendcloud.requestCancellation(merchant, confirmed.value()));
        flow.wire(now(), MERCHANT, "request cancellation of 1751076", "PATCH /returns/1751076/cancel",
                Option.none(), sendcloud.requestCancellation(merchant, declined.value()));
        flow.wire(now(), MERCHANT, "ask again for 1751075, while it is pending",
                "PATCH /returns/1751075/cancel", Option.none(),
                sendcloud.requestCancellation(merchant, confirmed.value()));
        later(45);
        flow.step(now(), CARRIER, "carrier confirms 1751075", rescind.returns().confirmCancellation(carrier,
                confirmed, Option.some(new Message("Label voided."))));
        flow.step(now(), CARRIER, "carrier declines 1751076", rescind.returns().declineCancellation(carrier,
                declined, Option.some(new Message("Parcel already handed in at the drop-off point."))));
        return flow;
    }

    /** Shopify: after acceptance only the assigned service can agree to a cancellation. */
    private Flow fulfillmentOrder() {
        Flow flow = new Flow("A fulfillment order accepted by its service; a cancellation request rejected, "
                + "sent again and accepted", "Shopify");
        FulfillmentOrderId id = new FulfillmentOrderId("1046000803");
        flow.step(now(), MERCHANT, "create fulfillment order 1046000803", rescind.fulfillmentOrders().create(merchant,
                fulfillmentOrder(id)));
        later(1);
        flow.step(now(), MERCHANT, "request fulfillment from shipwire",
                rescind.fulfillmentOrders().submitFulfillmentRequest(merchant, id, Option.none()));
        later(3);
        flow.step(now(), SERVICE, "shipwire accepts", rescind.fulfillmentOrders().acceptFulfillmentRequest(service,
                id, Option.none()));
        later(20);
        flow.step(now(), MERCHANT, "cancel directly", rescind.fulfillmentOrders().cancel(merchant, id));
        String base = "POST /admin/api/2025-01/fulfillment_orders/" + id + "/cancellation_request";
        shopify(flow, MERCHANT, "send a cancellation request", base + ".json", "The customer changed his mind.",
                body -> shopify.sendCancellationRequest(merchant, id.value(), body));
        later(4);
        shopify(flow, MERCHANT, "the merchant tries to accept its own request", base + "/accept.json", null,
                body -> shopify.acceptCancellationRequest(merchant, id.value(), body));
        shopify(flow, SERVICE, "shipwire rejects", base + "/reject.json", "The picking list is already printed.",
                body -> shopify.rejectCancellationRequest(service, id.value(), body));
        later(30);
        shopify(flow, MERCHANT, "send the cancellation request again", base + ".json", "The customer insists.",
                body -> shopify.sendCancellationRequest(merchant, id.value(), body));
        later(5);
        shopify(flow, SERVICE, "shipwire accepts", base + "/accept.json", "We had not started any processing yet.",
                body -> shopify.acceptCancellationRequest(service, id.value(), body));
        return flow;
    }

    /** parcelLab: an exchange becomes a refund; the draft order cannot be deleted, and that is reported. */
    private Flow exchange() {
        Flow flow = new Flow("An exchange turned back into a refund while Shopify's draft-order API is down",
                "parcelLab");
        ReturnId id = new ReturnId("af0000000000000000000001");
        flow.step(now(), MERCHANT, "create return af…0001 with two exchanges", rescind.returns().create(merchant,
                returnOf(id, Compensation.exchange(new Reference("variant-M")),
                        Option.some(new Reference("draft-order-1001")))));
        later(15);
        String body = """
                {"returnId":"af0000000000000000000001","lang":"en","country":"us","operation":"cancel_exchange",\
                "operationPayload":{"cancelReason":"Customer requested refund instead of exchange"}}""";
        for (String command : List.of("cancel_exchange", "cancel_exchange again")) {
            flow.wire(now(), MERCHANT, command, "POST /prod/editReturnById (user: " + shop + ")", Option.some(body),
                    parcelLab.editReturnById(shop.value(), body.getBytes(StandardCharsets.UTF_8),
                            tenant -> merchant));
            later(1);
        }
        return flow;
    }

    /** A Shopify cancellation-request call; the message is optional, as in Shopify's API. */
    private void shopify(Flow flow, Actor actor, String command, String request, String message,
            Function<byte[], HttpAnswer> call) {
        String body = "{\"cancellation_request\":{" + (message == null ? "" : "\"message\":\"" + message + "\"")
                + "}}";
        flow.wire(now(), actor, command, request, Option.some(body),
                call.apply(body.getBytes(StandardCharsets.UTF_8)));
    }

    private Instant now() {
        return clock.instant();
    }

    private void later(int minutes) {
        clock.advance(Duration.ofMinutes(minutes));
    }

    private static NewShipment shipment(ShipmentId id, String order) {
        return new NewShipment(id, new Reference(order), ShipmentType.DELIVERY, Instant.parse("2026-03-02T08:00:00Z"),
                Option.some(new Reference("660e8400-e29b-41d4-a716-446655440000")),
                Option.some(new Reference("550e8400-e29b-41d4-a716-446655440000")), Option.none(), Metadata.EMPTY);
    }

    private static NewReturn returnOf(ReturnId id, Compensation compensation, Option<Reference> draftOrder) {
        Currency eur = Currency.getInstance("EUR");
        List<ReturnItem> items = List.of(
                new ReturnItem(new Reference("item-1"), new Reference("SHIRT-S"), 1, new Money(new BigDecimal("24.95"),
                        eur), compensation),
                new ReturnItem(new Reference("item-2"), new Reference("SHIRT-L"), 1, new Money(new BigDecimal("24.00"),
                        eur), compensation.isExchange()
                        ? Compensation.unevenExchange(new Reference("variant-XL"), new Money(new BigDecimal("5.00"), eur))
                        : compensation));
        return new NewReturn(id, Option.some(new Reference("1")), Option.some(new Message("Not good enough for me")),
                Option.some(new ParcelReference(new Reference("1"), Option.some(new Reference("JVGL1234567800000049")),
                        Option.none())),
                Option.some(new ParcelReference(new Reference(id.value() + "-in"), Option.none(), Option.none())),
                DeliveryOption.DROP_OFF_POINT, Option.none(), Option.some(new Money(new BigDecimal("3.50"), eur)),
                Option.some(new Money(new BigDecimal("6.95"), eur)), items, Option.none(),
                Option.some(new Reference("postnl")), true, Option.some(new Reference("450789469")), draftOrder);
    }

    private static NewFulfillmentOrder fulfillmentOrder(FulfillmentOrderId id) {
        Destination destination = new Destination(Option.some(new Reference("1042572135")),
                text("Chestnut Street 92"), text(""), text("Louisville"), Option.none(), text("United States"),
                text("bob.norman@mail.example.com"), text("Bob"), text("Norman"), text("+1(502)-459-2181"),
                text("Kentucky"), text("40202"));
        Origin origin = new Origin(Option.none(), Option.none(), Option.none(), text("DE"),
                Option.some(new Reference("24826418")), text("Apple Api Shipwire"), Option.none(), Option.none(),
                Option.none());
        return new NewFulfillmentOrder(id, new Reference("450789469"), new Reference("24826418"),
                Option.some(new Reference("shipwire")), Option.some(destination), Option.some(origin),
                List.of(FulfillmentLineItem.of(new Reference("1072503299"), new Reference("518995019"),
                        Option.some(new Reference("49148385")), Option.some(new Reference("49148385")), 1)),
                Option.none(), Option.none());
    }

    private static Option<ShortText> text(String value) {
        return Option.some(new ShortText(value));
    }
}
