package dev.rescind.adapters.json.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.adapters.json.RescindFixture;
import dev.rescind.application.CommandContext;
import dev.rescind.domain.fulfillment.FulfillmentLineItem;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.FulfillmentState;
import dev.rescind.domain.fulfillment.NewFulfillmentOrder;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The answers Shopify gives when a cancellation request cannot be made or answered. */
class ShopifyApiTest {

    private static final TenantId SHOP = new TenantId("548380009");
    private static final CommandContext MERCHANT = CommandContext.of(SHOP, Actor.merchant("owner"));
    private static final byte[] BODY = "{\"cancellation_request\":{\"message\":\"Please stop.\"}}"
            .getBytes(StandardCharsets.UTF_8);

    private final RescindFixture fixture = RescindFixture.at("2025-01-02T16:35:24Z");
    private final ShopifyApi api = new ShopifyApi(fixture.rescind, ZoneId.of("America/New_York"));

    @Test
    void an_order_the_shop_does_not_have_is_not_found() {
        order("1001");

        HttpAnswer unknown = api.sendCancellationRequest(MERCHANT, "999", BODY);
        HttpAnswer otherShop = api.sendCancellationRequest(CommandContext.of(new TenantId("other-shop"),
                Actor.merchant("owner")), "1001", BODY);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.bodyText()).isEqualTo("{\"errors\":\"Not Found\"}");
        assertThat(otherShop.status()).isEqualTo(404);
        assertThat(otherShop.body()).isEqualTo(unknown.body());
    }

    @Test
    void a_cancellation_request_before_the_service_accepted_is_a_422_and_changes_nothing() {
        order("1001");

        HttpAnswer answer = api.sendCancellationRequest(MERCHANT, "1001", BODY);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().at("/errors/base/0").asText()).contains("OPEN/UNSUBMITTED");
        assertThat(fixture.rescind.fulfillmentOrders().get(SHOP, new FulfillmentOrderId("1001")).get().state())
                .isEqualTo(FulfillmentState.OPEN_UNSUBMITTED);
    }

    @Test
    void only_the_assigned_fulfillment_service_may_answer_a_cancellation_request() {
        order("1001");
        fixture.rescind.fulfillmentOrders().submitFulfillmentRequest(MERCHANT, new FulfillmentOrderId("1001"),
                Option.none()).get();
        fixture.rescind.fulfillmentOrders().acceptFulfillmentRequest(CommandContext.of(SHOP,
                Actor.fulfillmentService("service-1")), new FulfillmentOrderId("1001"), Option.none()).get();
        assertThat(api.sendCancellationRequest(MERCHANT, "1001", BODY).status()).isEqualTo(200);

        HttpAnswer answer = api.acceptCancellationRequest(CommandContext.of(SHOP,
                Actor.fulfillmentService("service-2")), "1001", new byte[0]);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body().get("errors").asText()).contains("only the assigned fulfillment service");
        assertThat(fixture.rescind.fulfillmentOrders().get(SHOP, new FulfillmentOrderId("1001")).get().state())
                .isEqualTo(FulfillmentState.IN_PROGRESS_CANCELLATION_REQUESTED);
    }

    @Test
    void an_order_reads_back_in_shopifys_form() {
        order("1001");

        HttpAnswer answer = api.fulfillmentOrder(SHOP, "1001");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().at("/fulfillment_order/id").isNumber()).isTrue();
        assertThat(answer.body().at("/fulfillment_order/created_at").asText()).isEqualTo("2025-01-02T11:35:24-05:00");
        assertThat(answer.body().at("/fulfillment_order/supported_actions").toString())
                .isEqualTo("[\"request_fulfillment\",\"hold\"]");
    }

    @Test
    void a_path_id_that_cannot_be_an_id_is_a_422_naming_it() {
        HttpAnswer answer = api.sendCancellationRequest(MERCHANT, "10 01", BODY);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().get("errors").has("fulfillment_order_id")).isTrue();
    }

    private void order(String id) {
        fixture.rescind.fulfillmentOrders().create(MERCHANT, new NewFulfillmentOrder(new FulfillmentOrderId(id),
                new Reference("450789469"), new Reference("24826418"), Option.some(new Reference("service-1")),
                Option.none(), Option.none(), List.of(FulfillmentLineItem.of(new Reference("1"),
                        new Reference("518995019"), Option.none(), Option.none(), 2)), Option.none(),
                Option.none())).get();
    }
}
