package dev.rescind.adapters.json.shopify;

import static dev.rescind.adapters.json.SeedExampleFixture.bytes;
import static dev.rescind.adapters.json.SeedExampleFixture.compare;
import static dev.rescind.adapters.json.SeedExampleFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.adapters.json.RescindFixture;
import dev.rescind.application.CommandContext;
import dev.rescind.domain.fulfillment.Destination;
import dev.rescind.domain.fulfillment.FulfillmentHold;
import dev.rescind.domain.fulfillment.FulfillmentLineItem;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.FulfillmentState;
import dev.rescind.domain.fulfillment.HoldReason;
import dev.rescind.domain.fulfillment.NewFulfillmentOrder;
import dev.rescind.domain.fulfillment.Origin;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.ShortText;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Shopify's documented fulfillment order answers beyond seed 003 (Shopify/shopify-api-ruby
 * {@code test/rest/2026_01/fulfillment_order_test.rb}: {@code hold} test 12, {@code release_hold} test 14,
 * {@code set_fulfillment_orders_deadline} test 13, {@code move} test 9), each from the documented starting state. The examples'
 * offsets are {@code -05:00} in July, so the shop's zone here is that offset.
 */
class ShopifyFulfillmentOrderGoldenTest {

    private static final TenantId SHOP = new TenantId("548380009");
    private static final CommandContext MERCHANT = CommandContext.of(SHOP, Actor.merchant("shop-owner"));
    private static final String SERVICE = "apple-api-shipwire";

    @Test
    void holding_an_order_answers_the_documented_order_with_the_holds_id() {
        RescindFixture fixture = fixture("2025-07-02T16:22:26Z");
        order(fixture, "1046000782", "1072503279", "1042572114");
        fixture.now("2025-07-02T16:22:27Z");

        HttpAnswer answer = api(fixture).hold(MERCHANT, "1046000782", bytes("shopify/hold-request.json"));

        assertThat(answer.status()).isEqualTo(200);
        FulfillmentOrder held = stored(fixture, "1046000782");
        assertThat(held.holds()).singleElement().satisfies(hold -> {
            assertThat(hold.reason()).isEqualTo(HoldReason.INVENTORY_OUT_OF_STOCK);
            assertThat(hold.reasonNotes()).contains(new Reason("Not enough inventory to complete this work."));
        });
        compare(json("shopify/hold-response.json"), answer.body())
                .adds("fulfillment_order.fulfillment_holds[0].id", held.holds().get(0).id().value(),
                        "Rescind lists each hold's id, by which it is released, as Shopify's GraphQL API does")
                .differs("fulfillment_order.assigned_location", "null",
                        "Rescind renders the location as origin, as the seed 003 examples do")
                .adds("fulfillment_order.origin", ORIGIN, "Rescind renders the location as origin")
                .adds("fulfillment_order.outgoing_requests", "[]", "seed 003 shape")
                .verify();
    }

    @Test
    void releasing_the_hold_of_a_submitted_order_answers_the_documented_open_submitted_order() {
        RescindFixture fixture = fixture("2025-07-02T16:22:36Z");
        order(fixture, "1046000794", "1072503290", "1042572126");
        FulfillmentOrderId id = new FulfillmentOrderId("1046000794");
        fixture.rescind.fulfillmentOrders().submitFulfillmentRequest(MERCHANT, id, Option.none()).get();
        FulfillmentOrder held = fixture.rescind.fulfillmentOrders().hold(MERCHANT, id,
                HoldReason.AWAITING_PAYMENT, Option.none()).get().aggregate();
        assertThat(held.state()).isEqualTo(FulfillmentState.ON_HOLD_SUBMITTED);
        fixture.now("2025-07-02T16:22:37Z");

        HttpAnswer answer = api(fixture).releaseHold(MERCHANT, "1046000794", new byte[0]);

        assertThat(answer.status()).isEqualTo(200);
        compare(json("shopify/release-hold-response.json"), answer.body())
                .adds("fulfillment_order.merchant_requests", """
                        [{"kind": "fulfillment_request", "message": null, "sent_at": "2025-07-02T11:22:36-05:00"}]""",
                        "Rescind renders the merchant's requests, which this example leaves out")
                .verify();
    }

    @Test
    void releasing_one_hold_by_id_keeps_the_other_and_the_order_held() {
        RescindFixture fixture = fixture("2025-07-02T16:22:36Z");
        order(fixture, "1046000794", "1072503290", "1042572126");
        FulfillmentOrderId id = new FulfillmentOrderId("1046000794");
        fixture.rescind.fulfillmentOrders().hold(MERCHANT, id, HoldReason.AWAITING_PAYMENT, Option.none()).get();
        FulfillmentOrder twice = fixture.rescind.fulfillmentOrders().hold(MERCHANT, id, HoldReason.OTHER,
                Option.none()).get().aggregate();
        Reference first = twice.holds().get(0).id();

        HttpAnswer answer = api(fixture).releaseHold(MERCHANT, "1046000794",
                ("{\"hold_ids\": [" + first.value() + "]}").getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().at("/fulfillment_order/status").asText()).isEqualTo("on_hold");
        assertThat(answer.body().at("/fulfillment_order/fulfillment_holds").size()).isEqualTo(1);
        assertThat(stored(fixture, "1046000794").holds()).extracting(FulfillmentHold::reason)
                .containsExactly(HoldReason.OTHER);
    }

    @Test
    void an_unknown_hold_id_is_a_422_naming_it_and_releases_nothing() {
        RescindFixture fixture = fixture("2025-07-02T16:22:36Z");
        order(fixture, "1046000794", "1072503290", "1042572126");
        FulfillmentOrderId id = new FulfillmentOrderId("1046000794");
        fixture.rescind.fulfillmentOrders().hold(MERCHANT, id, HoldReason.AWAITING_PAYMENT, Option.none()).get();

        HttpAnswer answer = api(fixture).releaseHold(MERCHANT, "1046000794",
                "{\"hold_ids\": [\"no-such-hold\"]}".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().at("/errors").fieldNames().next()).isEqualTo("holdIds[0]");
        assertThat(stored(fixture, "1046000794").holds()).hasSize(1);
    }

    @Test
    void holding_part_of_an_order_is_a_422_and_holds_nothing() {
        RescindFixture fixture = fixture("2025-07-02T16:22:26Z");
        order(fixture, "1046000782", "1072503279", "1042572114");

        HttpAnswer answer = api(fixture).hold(MERCHANT, "1046000782", """
                {"fulfillment_hold": {"reason": "other", "fulfillment_order_line_items": [{"id": 1072503279,
                 "quantity": 2}]}}""".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().at("/errors").fieldNames().next())
                .isEqualTo("fulfillment_hold.fulfillment_order_line_items");
        assertThat(stored(fixture, "1046000782").state()).isEqualTo(FulfillmentState.OPEN_UNSUBMITTED);
    }

    @Test
    void setting_the_deadline_of_orders_answers_the_documented_empty_object_and_sets_fulfill_by() {
        RescindFixture fixture = fixture("2025-07-02T16:22:34Z");
        order(fixture, "1046000792", "1072503288", "1042572124");

        HttpAnswer answer = api(fixture).setFulfillmentOrdersDeadline(MERCHANT,
                bytes("shopify/set-deadline-request.json"));

        assertThat(answer.status()).isEqualTo(200);
        compare(json("shopify/set-deadline-response.json"), answer.body()).verify();
        assertThat(stored(fixture, "1046000792").fulfillBy())
                .contains(java.time.OffsetDateTime.parse("2021-05-26T10:00:00-04:00").toInstant());
        assertThat(api(fixture).fulfillmentOrder(SHOP, "1046000792").body().at("/fulfillment_order/fulfill_by")
                .asText()).isEqualTo("2021-05-26T09:00:00-05:00");
    }

    @Test
    void a_deadline_for_an_order_the_shop_does_not_have_is_a_404_and_the_others_take_it() {
        RescindFixture fixture = fixture("2025-07-02T16:22:34Z");
        order(fixture, "1046000792", "1072503288", "1042572124");

        HttpAnswer unknownOnly = api(fixture).setFulfillmentOrdersDeadline(MERCHANT, """
                {"fulfillment_order_ids": [999], "fulfillment_deadline": "2021-05-26T10:00:00-04:00"}"""
                .getBytes(StandardCharsets.UTF_8));
        HttpAnswer mixed = api(fixture).setFulfillmentOrdersDeadline(MERCHANT, """
                {"fulfillment_order_ids": [1046000792, 999], "fulfillment_deadline": "2021-05-26T10:00:00-04:00"}"""
                .getBytes(StandardCharsets.UTF_8));

        assertThat(unknownOnly.status()).isEqualTo(404);
        assertThat(mixed.status()).isEqualTo(422);
        assertThat(mixed.body().at("/errors").fieldNames().next()).isEqualTo("fulfillment_order_ids[1]");
        assertThat(stored(fixture, "1046000792").fulfillBy())
                .contains(java.time.OffsetDateTime.parse("2021-05-26T10:00:00-04:00").toInstant());
    }

    @Test
    void moving_an_order_answers_the_documented_closed_original_and_moved_order() {
        RescindFixture fixture = fixture("2025-07-02T16:22:30Z");
        order(fixture, "1046000786", "1072503283", "1042572118", "487838322");
        FulfillmentOrderId id = new FulfillmentOrderId("1046000786");
        fixture.rescind.fulfillmentOrders().submitFulfillmentRequest(MERCHANT, id, Option.none()).get();
        fixture.now("2025-07-02T16:22:31Z");

        HttpAnswer answer = api(fixture).move(MERCHANT, "1046000786", bytes("shopify/move-request.json"));

        assertThat(answer.status()).isEqualTo(200);
        String movedId = answer.body().at("/moved_fulfillment_order/id").asText();
        FulfillmentOrder moved = stored(fixture, movedId);
        assertThat(moved.state()).isEqualTo(FulfillmentState.OPEN_UNSUBMITTED);
        assertThat(moved.assignedLocationId()).isEqualTo(new Reference("655441491"));
        assertThat(moved.fulfillableQuantity()).isEqualTo(1);
        assertThat(stored(fixture, "1046000786").state()).isEqualTo(FulfillmentState.CLOSED_SUBMITTED);
        String keptLineId = "Rescind keeps the line's id in the order that takes its units";
        compare(json("shopify/move-response.json"), answer.body())
                .differs("original_fulfillment_order.assigned_location", "null", AS_ORIGIN)
                .adds("original_fulfillment_order.origin", ORIGIN, AS_ORIGIN)
                .adds("original_fulfillment_order.outgoing_requests", "[]", "seed 003 shape")
                .differs("original_fulfillment_order.merchant_requests", """
                        [{"kind": "fulfillment_request", "message": null, "sent_at": "2025-07-02T11:22:30-05:00"}]""",
                        "Rescind keeps the fulfillment request the example's order was submitted with")
                .differs("moved_fulfillment_order.id", movedId, "the id comes from the host's id supplier")
                .differs("moved_fulfillment_order.destination.id", "1042572118",
                        "Rescind keeps the destination's id in the moved order")
                .differs("moved_fulfillment_order.line_items[0].id", "1072503283", keptLineId)
                .differs("moved_fulfillment_order.line_items[0].fulfillment_order_id", movedId,
                        "the moved order's id")
                .differs("moved_fulfillment_order.supported_actions",
                        "[\"create_fulfillment\", \"cancel_fulfillment_order\", \"move\", \"hold\"]",
                        "Rescind offers the direct cancel on an open merchant order, as ADR 0020 records")
                .differs("moved_fulfillment_order.assigned_location", "null",
                        "the new location's address is the host's; Rescind renders origin null")
                .adds("moved_fulfillment_order.origin", "null", "the new location's address is the host's")
                .adds("moved_fulfillment_order.outgoing_requests", "[]", "seed 003 shape")
                .verify();
    }

    @Test
    void moving_some_units_leaves_a_remaining_order_at_the_original_location() {
        RescindFixture fixture = fixture("2025-07-02T16:22:30Z");
        order(fixture, "1046000786", "1072503283", "1042572118", "487838322", 3);

        HttpAnswer answer = api(fixture).move(MERCHANT, "1046000786", """
                {"fulfillment_order": {"new_location_id": 655441491,
                 "fulfillment_order_line_items": [{"id": 1072503283, "quantity": 2}]}}"""
                .getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().at("/original_fulfillment_order/status").asText()).isEqualTo("closed");
        assertThat(answer.body().at("/moved_fulfillment_order/line_items/0/quantity").asInt()).isEqualTo(2);
        assertThat(answer.body().at("/remaining_fulfillment_order/assigned_location_id").asText())
                .isEqualTo("487838322");
        assertThat(answer.body().at("/remaining_fulfillment_order/line_items/0/fulfillable_quantity").asInt())
                .isEqualTo(1);
    }

    @Test
    void moving_more_units_than_remain_is_a_422_and_moves_nothing() {
        RescindFixture fixture = fixture("2025-07-02T16:22:30Z");
        order(fixture, "1046000786", "1072503283", "1042572118", "487838322");

        HttpAnswer answer = api(fixture).move(MERCHANT, "1046000786", """
                {"fulfillment_order": {"new_location_id": 655441491,
                 "fulfillment_order_line_items": [{"id": 1072503283, "quantity": 2}]}}"""
                .getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(stored(fixture, "1046000786").state()).isEqualTo(FulfillmentState.OPEN_UNSUBMITTED);
    }

    /**
     * Shopify/shopify-api-ruby {@code test/rest/2026_01/fulfillment_request_test.rb} test 2: two of three lines
     * requested, the third split off into an open, unsubmitted order.
     */
    @Test
    void requesting_some_lines_submits_them_and_splits_the_rest_off_as_documented() {
        RescindFixture fixture = fixture("2025-07-02T16:35:27Z");
        FulfillmentOrderId id = new FulfillmentOrderId("1046000807");
        fixture.rescind.fulfillmentOrders().create(MERCHANT, new NewFulfillmentOrder(id, new Reference("450789469"),
                new Reference("24826418"), Option.some(new Reference(SERVICE)), Option.some(destination("1042572139")),
                Option.some(origin()), List.of(line("1072503307", "466157049", "39072856"),
                        line("1072503308", "518995019", "49148385"), line("1072503309", "703073504", "457924702")),
                Option.none(), Option.none())).get();

        HttpAnswer answer = api(fixture).submitFulfillmentRequest(MERCHANT, "1046000807",
                bytes("shopify/fulfillment-request-request.json"));

        assertThat(answer.status()).isEqualTo(200);
        String unsubmittedId = answer.body().at("/unsubmitted_fulfillment_order/id").asText();
        assertThat(stored(fixture, unsubmittedId).state()).isEqualTo(FulfillmentState.OPEN_UNSUBMITTED);
        assertThat(stored(fixture, "1046000807").lineItems()).extracting(line -> line.id().value())
                .containsExactly("1072503307", "1072503308");
        String requests = """
                [{"kind": "fulfillment_request", "message": "Fulfill this ASAP please.",
                  "sent_at": "2025-07-02T11:35:27-05:00"}]""";
        String whyOutgoing = "Rescind lists the merchant's requests as merchant_requests, outgoing_requests: []";
        String whyDelivery = "delivery_method is not modeled: null";
        compare(json("shopify/fulfillment-request-response.json"), answer.body())
                .differs("original_fulfillment_order.outgoing_requests", "[]", whyOutgoing)
                .differs("original_fulfillment_order.delivery_method", "null", whyDelivery)
                .adds("original_fulfillment_order.merchant_requests", requests, whyOutgoing)
                .differs("submitted_fulfillment_order.outgoing_requests", "[]", whyOutgoing)
                .differs("submitted_fulfillment_order.delivery_method", "null", whyDelivery)
                .adds("submitted_fulfillment_order.merchant_requests", requests, whyOutgoing)
                .differs("unsubmitted_fulfillment_order.id", unsubmittedId, "the id comes from the host's id supplier")
                .differs("unsubmitted_fulfillment_order.destination.id", "1042572139",
                        "Rescind keeps the destination's id in the split-off order")
                .differs("unsubmitted_fulfillment_order.line_items[0].fulfillment_order_id", unsubmittedId,
                        "the split-off order's id")
                .differs("unsubmitted_fulfillment_order.supported_actions", "[\"request_fulfillment\", \"hold\"]",
                        "create_fulfillment: only the assigned service ships a service's order (ADR 0020); merge is "
                                + "not offered (ADR 0026)")
                .differs("unsubmitted_fulfillment_order.delivery_method", "null", whyDelivery)
                .adds("unsubmitted_fulfillment_order.merchant_requests", "[]", whyOutgoing)
                .verify();
    }

    private static FulfillmentLineItem line(String id, String lineItemId, String variantId) {
        return FulfillmentLineItem.of(new Reference(id), new Reference(lineItemId), Option.some(new Reference(variantId)),
                Option.some(new Reference(variantId)), 1);
    }

    private static final String AS_ORIGIN = "Rescind renders the location as origin, as the seed 003 examples do";

    private static final String ORIGIN = """
            {"address1": null, "address2": null, "city": null, "country_code": "DE", "location_id": 24826418,
             "name": "Apple Api Shipwire", "phone": null, "province": null, "zip": null}""";

    /** Numeric ids, as Shopify's are. */
    private static RescindFixture fixture(String now) {
        AtomicLong ids = new AtomicLong(1_200_000_000L);
        return RescindFixture.at(now, builder -> builder.ids(() -> Long.toString(ids.incrementAndGet())));
    }

    private static ShopifyApi api(RescindFixture fixture) {
        return new ShopifyApi(fixture.rescind, ZoneOffset.ofHours(-5));
    }

    private static FulfillmentOrder stored(RescindFixture fixture, String id) {
        return fixture.rescind.fulfillmentOrders().get(SHOP, new FulfillmentOrderId(id)).get();
    }

    private static Destination destination(String id) {
        return new Destination(Option.some(new Reference(id)), text("Chestnut Street 92"), text(""), text("Louisville"),
                Option.none(), text("United States"), text("bob.norman@mail.example.com"), text("Bob"), text("Norman"),
                text("+1(502)-459-2181"), text("Kentucky"), text("40202"));
    }

    private static Origin origin() {
        return new Origin(Option.none(), Option.none(), Option.none(), text("DE"),
                Option.some(new Reference("24826418")), text("Apple Api Shipwire"), Option.none(), Option.none(),
                Option.none());
    }

    private static void order(RescindFixture fixture, String id, String lineId, String destinationId) {
        order(fixture, id, lineId, destinationId, "24826418", 1);
    }

    private static void order(RescindFixture fixture, String id, String lineId, String destinationId,
            String locationId) {
        order(fixture, id, lineId, destinationId, locationId, 1);
    }

    private static void order(RescindFixture fixture, String id, String lineId, String destinationId,
            String locationId, int quantity) {
        Destination destination = new Destination(Option.some(new Reference(destinationId)),
                text("Chestnut Street 92"), text(""), text("Louisville"), Option.none(), text("United States"),
                text("bob.norman@mail.example.com"), text("Bob"), text("Norman"), text("+1(502)-459-2181"),
                text("Kentucky"), text("40202"));
        Origin origin = new Origin(Option.none(), Option.none(), Option.none(), text("DE"),
                Option.some(new Reference("24826418")), text("Apple Api Shipwire"), Option.none(), Option.none(),
                Option.none());
        FulfillmentLineItem line = FulfillmentLineItem.of(new Reference(lineId), new Reference("518995019"),
                Option.some(new Reference("49148385")), Option.some(new Reference("49148385")), quantity);
        fixture.rescind.fulfillmentOrders().create(MERCHANT, new NewFulfillmentOrder(new FulfillmentOrderId(id),
                new Reference("450789469"), new Reference(locationId), Option.some(new Reference(SERVICE)),
                Option.some(destination), Option.some(origin), List.of(line), Option.none(), Option.none())).get();
    }

    private static Option<ShortText> text(String value) {
        return Option.some(new ShortText(value));
    }
}
