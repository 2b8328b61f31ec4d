package dev.rescind.adapters.json.parcellab;

import static dev.rescind.adapters.json.SeedExampleFixture.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.adapters.json.RescindFixture;
import dev.rescind.application.CommandContext;
import dev.rescind.domain.returns.Compensation;
import dev.rescind.domain.returns.DeliveryOption;
import dev.rescind.domain.returns.NewReturn;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.returns.ReturnItem;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** parcelLab's answers beyond the two documented examples: other skips, failed effects, errors. */
class ParcelLabApiTest {

    private static final String USER = "1612198";
    private static final ReturnId RETURN_ID = new ReturnId("af0000000000000000000001");
    private static final byte[] REQUEST = bytes("parcellab/edit-return-request.json");

    private final RescindFixture fixture = RescindFixture.at("2026-03-02T09:00:00Z", builder -> builder
            .draftOrders((tenant, draftOrder) -> {
                throw new IllegalStateException("Shopify answered 502");
            }));
    private final ParcelLabApi api = new ParcelLabApi(fixture.rescind);

    @Test
    void a_draft_order_that_cannot_be_deleted_is_reported_and_the_exchange_is_still_cancelled() {
        returnWith(Compensation.exchange(new Reference("variant-m")), Option.some(new Reference("draft-1")));

        HttpAnswer answer = editAsMerchant(USER);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("action").asText()).isEqualTo("updated");
        assertThat(answer.body().get("shopifyDraftOrder").toString()).isEqualTo(
                "{\"attempted\":true,\"cancelled\":false,\"error\":\"Shopify answered 502\"}");
        assertThat(answer.body().get("draftOrderIdRemoved").asBoolean()).isTrue();
        assertThat(fixture.rescind.returns().get(new TenantId(USER), RETURN_ID).get().hasExchange()).isFalse();
    }

    @Test
    void a_deletion_still_running_at_the_answer_keeps_parcel_labs_shape_and_says_pending() {
        CountDownLatch hanging = new CountDownLatch(1);
        RescindFixture slow = RescindFixture.at("2026-03-02T09:00:00Z", builder -> builder
                .effectTimeout(Duration.ofMillis(50))
                .draftOrders((tenant, draftOrder) -> awaitQuietly(hanging)));
        try {
            createReturn(slow, Compensation.exchange(new Reference("variant-m")),
                    Option.some(new Reference("draft-1")));

            HttpAnswer answer = new ParcelLabApi(slow.rescind).editReturnById(USER, REQUEST,
                    tenant -> CommandContext.of(tenant, Actor.merchant(USER)));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body().get("shopifyDraftOrder").toString()).isEqualTo(
                    "{\"attempted\":true,\"cancelled\":false,\"error\":\"" + CancelExchangeResult.DraftOrder.PENDING
                            + "\"}");
        } finally {
            hanging.countDown();
        }
    }

    @Test
    void without_a_draft_order_nothing_is_attempted_and_nothing_is_removed() {
        returnWith(Compensation.exchange(new Reference("variant-m")), Option.none());

        HttpAnswer answer = editAsMerchant(USER);

        assertThat(answer.body().get("shopifyDraftOrder").toString())
                .isEqualTo("{\"attempted\":false,\"cancelled\":false,\"error\":null}");
        assertThat(answer.body().get("draftOrderIdRemoved").asBoolean()).isFalse();
        assertThat(answer.body().get("shopifyDraftOrderDataCleared").asBoolean()).isFalse();
        assertThat(answer.body().get("backendTrackingUpdated").asBoolean()).isTrue();
    }

    @Test
    void a_return_without_exchanges_and_a_second_call_are_skipped_as_no_changes_required() {
        returnWith(Compensation.exchange(new Reference("variant-m")), Option.none());
        assertThat(editAsMerchant(USER).body().get("action").asText()).isEqualTo("updated");

        HttpAnswer second = editAsMerchant(USER);

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.bodyText()).isEqualTo("{\"returnId\":\"af0000000000000000000001\",\"operation\":"
                + "\"cancel_exchange\",\"action\":\"skipped\",\"reason\":\"no_changes_required\","
                + "\"shopifyDraftOrder\":{\"attempted\":false,\"cancelled\":false,\"error\":null}}");
    }

    @Test
    void another_users_return_and_an_unknown_return_do_not_exist() {
        returnWith(Compensation.exchange(new Reference("variant-m")), Option.none());

        HttpAnswer otherUser = editAsMerchant("7777777");

        assertThat(otherUser.status()).isEqualTo(404);
        assertThat(otherUser.body().get("error").asText()).isEqualTo(ParcelLabJson.ORDER_NOT_FOUND);
        assertThat(fixture.rescind.returns().get(new TenantId(USER), RETURN_ID).get().hasExchange()).isTrue();
    }

    @Test
    void a_caller_who_may_not_edit_returns_is_forbidden() {
        returnWith(Compensation.exchange(new Reference("variant-m")), Option.none());

        HttpAnswer answer = api.editReturnById(USER, REQUEST,
                tenant -> CommandContext.of(tenant, Actor.carrier("carrier-1")));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body().get("error").asText()).isEqualTo(ParcelLabJson.FORBIDDEN);
        assertThat(answer.body().at("/details/0/code").asText()).isEqualTo("forbidden");
    }

    @Test
    void a_retry_with_the_same_idempotency_key_answers_the_same_without_applying_twice() {
        returnWith(Compensation.exchange(new Reference("variant-m")), Option.none());

        HttpAnswer first = api.editReturnById(USER, REQUEST,
                tenant -> CommandContext.of(tenant, Actor.merchant(USER)).withIdempotencyKey("edit-1"));
        HttpAnswer retry = api.editReturnById(USER, REQUEST,
                tenant -> CommandContext.of(tenant, Actor.merchant(USER)).withIdempotencyKey("edit-1"));

        assertThat(retry).isEqualTo(first);
        assertThat(first.body().get("action").asText()).isEqualTo("updated");
    }

    private HttpAnswer editAsMerchant(String user) {
        return api.editReturnById(user, REQUEST, tenant -> CommandContext.of(tenant, Actor.merchant(user)));
    }

    private void returnWith(Compensation compensation, Option<Reference> draftOrder) {
        createReturn(fixture, compensation, draftOrder);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void createReturn(RescindFixture fixture, Compensation compensation,
            Option<Reference> draftOrder) {
        fixture.rescind.returns().create(CommandContext.of(new TenantId(USER), Actor.merchant(USER)),
                new NewReturn(RETURN_ID, Option.none(), Option.none(), Option.none(), Option.none(),
                        DeliveryOption.PICKUP, Option.none(), Option.none(), Option.none(),
                        List.of(new ReturnItem(new Reference("item-1"), new Reference("article-1"), 2,
                                Money.of("10.00", "EUR").get(), compensation)),
                        Option.none(), Option.none(), true, Option.none(), draftOrder)).get();
    }
}
