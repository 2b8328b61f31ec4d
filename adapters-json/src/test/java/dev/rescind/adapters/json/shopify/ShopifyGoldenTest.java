package dev.rescind.adapters.json.shopify;

import static dev.rescind.adapters.json.SeedExampleFixture.bytes;
import static dev.rescind.adapters.json.SeedExampleFixture.compare;
import static dev.rescind.adapters.json.SeedExampleFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.adapters.json.RescindFixture;
import dev.rescind.application.CommandContext;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestStatus;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.fulfillment.Destination;
import dev.rescind.domain.fulfillment.FulfillmentLineItem;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.NewFulfillmentOrder;
import dev.rescind.domain.fulfillment.Origin;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.ShortText;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 003: the three cancellation request examples, each from the documented starting state (an order its
 * fulfillment service accepted, {@code in_progress/accepted}) and compared field by field with the
 * documented answer. The shop's zone is New York, as the documented offsets are.
 */
class ShopifyGoldenTest {

    private static final TenantId SHOP = new TenantId("548380009");
    private static final String SERVICE = "apple-api-shipwire";
    private static final CommandContext MERCHANT = CommandContext.of(SHOP, Actor.merchant("shop-owner"));
    private static final CommandContext FULFILLMENT_SERVICE = CommandContext.of(SHOP,
            Actor.fulfillmentService(SERVICE));

    /** Rescind keeps every request the merchant sent; the examples do not show {@code merchant_requests}. */
    private static final String WHY_MERCHANT_REQUESTS = "Rescind renders the merchant's requests, which these "
            + "examples leave out";

    @Test
    void sending_a_cancellation_request_answers_the_documented_fulfillment_order() {
        RescindFixture fixture = RescindFixture.at("2025-01-02T16:35:24Z");
        acceptedOrder(fixture, "1046000803", "1072503299", "1042572135");

        HttpAnswer answer = api(fixture).sendCancellationRequest(MERCHANT, "1046000803",
                bytes("shopify/send-request.json"));

        assertThat(answer.status()).isEqualTo(200);
        compare(json("shopify/send-response.json"), answer.body())
                .adds("fulfillment_order.merchant_requests", """
                        [{"kind": "fulfillment_request", "message": null, "sent_at": "2025-01-02T11:35:24-05:00"},
                         {"kind": "cancellation_request", "message": "The customer changed his mind.",
                          "sent_at": "2025-01-02T11:35:24-05:00"}]""", WHY_MERCHANT_REQUESTS)
                .verify();
        List<CancellationRequest> requests = fixture.rescind.cancellationRequests().forTarget(SHOP,
                CancellationTarget.of(new FulfillmentOrderId("1046000803"))).get();
        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.status()).isEqualTo(CancellationRequestStatus.REQUESTED);
            assertThat(request.message()).contains(new Message("The customer changed his mind."));
        });
    }

    /**
     * The one documented difference: of the example's actions on a cancelled order, Rescind offers the two it
     * performs; only the assigned service ships a service's order, and it has just accepted the cancellation
     * (docs/adr/0020-supported-actions-of-shopifys-current-generation.md).
     */
    @Test
    void accepting_a_cancellation_request_answers_the_documented_order_offering_what_rescind_performs() {
        RescindFixture fixture = RescindFixture.at("2025-01-02T16:35:24Z");
        acceptedOrder(fixture, "1046000804", "1072503300", "1042572136");
        fixture.rescind.fulfillmentOrders().sendCancellationRequest(MERCHANT, new FulfillmentOrderId("1046000804"),
                Option.none()).get();
        fixture.now("2025-01-02T16:35:25Z");

        HttpAnswer answer = api(fixture).acceptCancellationRequest(FULFILLMENT_SERVICE, "1046000804",
                bytes("shopify/accept-request.json"));

        assertThat(answer.status()).isEqualTo(200);
        compare(json("shopify/accept-response.json"), answer.body())
                .differs("fulfillment_order.supported_actions", "[\"request_fulfillment\", \"hold\"]",
                        "create_fulfillment is not offered: the service that accepted the cancellation does not "
                        + "ship afterwards; see docs/adr/0020-supported-actions-of-shopifys-current-generation.md")
                .adds("fulfillment_order.merchant_requests", """
                        [{"kind": "fulfillment_request", "message": null, "sent_at": "2025-01-02T11:35:24-05:00"},
                         {"kind": "cancellation_request", "message": null, "sent_at": "2025-01-02T11:35:24-05:00"}]
                        """, WHY_MERCHANT_REQUESTS)
                .verify();
        assertThat(answeredRequest(fixture, "1046000804").status()).isEqualTo(CancellationRequestStatus.ACCEPTED);
        assertThat(answeredRequest(fixture, "1046000804").response().get().message())
                .contains(new Message("We had not started any processing yet."));
    }

    @Test
    void rejecting_a_cancellation_request_answers_the_documented_fulfillment_order() {
        RescindFixture fixture = RescindFixture.at("2025-01-02T16:35:23Z");
        acceptedOrder(fixture, "1046000802", "1072503298", "1042572134");
        fixture.rescind.fulfillmentOrders().sendCancellationRequest(MERCHANT, new FulfillmentOrderId("1046000802"),
                Option.none()).get();
        fixture.now("2025-01-02T16:35:24Z");

        HttpAnswer answer = api(fixture).rejectCancellationRequest(FULFILLMENT_SERVICE, "1046000802",
                bytes("shopify/reject-request.json"));

        assertThat(answer.status()).isEqualTo(200);
        compare(json("shopify/reject-response.json"), answer.body())
                .adds("fulfillment_order.merchant_requests", """
                        [{"kind": "fulfillment_request", "message": null, "sent_at": "2025-01-02T11:35:23-05:00"},
                         {"kind": "cancellation_request", "message": null, "sent_at": "2025-01-02T11:35:23-05:00"}]
                        """, WHY_MERCHANT_REQUESTS)
                .verify();
        assertThat(answeredRequest(fixture, "1046000802").status()).isEqualTo(CancellationRequestStatus.REJECTED);
        assertThat(answeredRequest(fixture, "1046000802").response().get().message())
                .contains(new Message("We have already sent the shipment out."));
    }

    private static ShopifyApi api(RescindFixture fixture) {
        return new ShopifyApi(fixture.rescind, ZoneId.of("America/New_York"));
    }

    private static CancellationRequest answeredRequest(RescindFixture fixture, String orderId) {
        return fixture.rescind.cancellationRequests().forTarget(SHOP,
                CancellationTarget.of(new FulfillmentOrderId(orderId))).get().get(0);
    }

    /** The documented order, submitted to its fulfillment service, which accepted it. */
    private static void acceptedOrder(RescindFixture fixture, String id, String lineId, String destinationId) {
        FulfillmentOrderId orderId = new FulfillmentOrderId(id);
        Destination destination = new Destination(Option.some(new Reference(destinationId)),
                text("Chestnut Street 92"), text(""), text("Louisville"), Option.none(), text("United States"),
                text("bob.norman@mail.example.com"), text("Bob"), text("Norman"), text("+1(502)-459-2181"),
                text("Kentucky"), text("40202"));
        Origin origin = new Origin(Option.none(), Option.none(), Option.none(), text("DE"),
                Option.some(new Reference("24826418")), text("Apple Api Shipwire"), Option.none(), Option.none(),
                Option.none());
        FulfillmentLineItem line = FulfillmentLineItem.of(new Reference(lineId), new Reference("518995019"),
                Option.some(new Reference("49148385")), Option.some(new Reference("49148385")), 1);
        fixture.rescind.fulfillmentOrders().create(MERCHANT, new NewFulfillmentOrder(orderId,
                new Reference("450789469"), new Reference("24826418"), Option.some(new Reference(SERVICE)),
                Option.some(destination), Option.some(origin), List.of(line), Option.none(), Option.none())).get();
        fixture.rescind.fulfillmentOrders().submitFulfillmentRequest(MERCHANT, orderId, Option.none()).get();
        fixture.rescind.fulfillmentOrders().acceptFulfillmentRequest(FULFILLMENT_SERVICE, orderId, Option.none())
                .get();
    }

    private static Option<ShortText> text(String value) {
        return Option.some(new ShortText(value));
    }
}
