package dev.rescind.adapters.json.parcellab;

import static dev.rescind.adapters.json.SeedExampleFixture.bytes;
import static dev.rescind.adapters.json.SeedExampleFixture.compare;
import static dev.rescind.adapters.json.SeedExampleFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.adapters.json.RescindFixture;
import dev.rescind.application.CommandContext;
import dev.rescind.application.ReturnService;
import dev.rescind.domain.returns.Compensation;
import dev.rescind.domain.returns.DeliveryOption;
import dev.rescind.domain.returns.NewReturn;
import dev.rescind.domain.returns.RefundMethod;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.returns.ReturnItem;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Seed 004: the documented request, run from the documented starting states, answers {@code updated} and
 * {@code skipped} exactly as documented.
 */
class ParcelLabGoldenTest {

    private static final String USER = "1612198";
    private static final TenantId MERCHANT = new TenantId(USER);
    private static final ReturnId RETURN_ID = new ReturnId("af0000000000000000000001");
    private static final CommandContext MERCHANT_SIDE = CommandContext.of(MERCHANT, Actor.merchant(USER));

    private final List<String> deletedDraftOrders = new CopyOnWriteArrayList<>();
    private final List<String> tags = new CopyOnWriteArrayList<>();
    private final RescindFixture fixture = RescindFixture.at("2026-03-02T09:00:00Z", builder -> builder
            .draftOrders((tenant, draftOrder) -> deletedDraftOrders.add(draftOrder.value()))
            .orderTags((tenant, order, tag) -> tags.add(order.value() + ":" + tag)));
    private final ParcelLabApi api = new ParcelLabApi(fixture.rescind);

    @Test
    void cancelling_an_exchange_with_a_draft_order_answers_the_documented_update() {
        exchangeReturn();

        HttpAnswer answer = api.editReturnById(USER, bytes("parcellab/edit-return-request.json"),
                tenant -> CommandContext.of(tenant, Actor.merchant(USER)));

        assertThat(answer.status()).isEqualTo(200);
        compare(json("parcellab/cancel-exchange-updated-response.json"), answer.body()).verify();
        Return refunded = fixture.rescind.returns().get(MERCHANT, RETURN_ID).get();
        assertThat(refunded.items()).allSatisfy(item -> assertThat(item.compensation()).isEqualTo(Compensation.REFUND));
        assertThat(refunded.refundMethod()).contains(RefundMethod.ORIGINAL_PAYMENT_METHOD);
        assertThat(refunded.draftOrderId()).isEmpty();
        assertThat(deletedDraftOrders).containsExactly("draft-order-1");
        assertThat(tags).containsExactly("order-1:" + ReturnService.EXCHANGE_CANCELLED_TAG);
    }

    @Test
    void cancelling_the_exchange_of_a_closed_return_answers_the_documented_skip() {
        exchangeReturn();
        CommandContext carrier = CommandContext.of(MERCHANT, Actor.carrier("carrier-1"));
        fixture.rescind.returns().announce(carrier, RETURN_ID).get();
        fixture.rescind.returns().recordScan(carrier, RETURN_ID).get();
        fixture.rescind.returns().recordDelivery(carrier, RETURN_ID).get();
        fixture.rescind.returns().close(MERCHANT_SIDE, RETURN_ID).get();

        HttpAnswer answer = api.editReturnById(USER, bytes("parcellab/edit-return-request.json"),
                tenant -> CommandContext.of(tenant, Actor.merchant(USER)));

        assertThat(answer.status()).isEqualTo(200);
        compare(json("parcellab/cancel-exchange-skipped-response.json"), answer.body()).verify();
        assertThat(fixture.rescind.returns().get(MERCHANT, RETURN_ID).get().hasExchange()).isTrue();
        assertThat(deletedDraftOrders).isEmpty();
    }

    /** Two exchanged articles, one of them uneven; a draft order; no refund method yet. */
    private void exchangeReturn() {
        ReturnItem even = new ReturnItem(new Reference("item-1"), new Reference("article-1"), 1, euros("40.00"),
                Compensation.exchange(new Reference("variant-m")));
        ReturnItem uneven = new ReturnItem(new Reference("item-2"), new Reference("article-2"), 1, euros("25.00"),
                Compensation.unevenExchange(new Reference("variant-l"), euros("5.00")));
        fixture.rescind.returns().create(MERCHANT_SIDE, new NewReturn(RETURN_ID, Option.none(), Option.none(),
                Option.none(), Option.none(), DeliveryOption.DROP_OFF_POINT, Option.none(), Option.none(),
                Option.none(), List.of(even, uneven), Option.none(), Option.none(), true,
                Option.some(new Reference("order-1")), Option.some(new Reference("draft-order-1")))).get();
    }

    private static Money euros(String amount) {
        return Money.of(amount, "EUR").get();
    }
}
