package dev.rescind.domain.fulfillment;

import static dev.rescind.domain.fulfillment.FulfillmentOrderFixture.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.FulfillmentOrderReleased;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Holds by id, after Shopify: each hold has an id, releasing one leaves the others, and the order opens again,
 * at the request status it was held at, with its last hold ({@code release_hold} answers {@code open/submitted}
 * in Shopify/shopify-api-ruby {@code test/rest/2026_01/fulfillment_order_test.rb}).
 */
class ShopifyHoldsTest {

    private static final Instant LATER = FulfillmentOrderFixture.ANSWERED_AT;
    private static final Reference FIRST = new Reference("hold-1");
    private static final Reference SECOND = new Reference("hold-2");

    @Test
    void releasing_one_of_two_holds_keeps_the_order_held_by_the_other() {
        FulfillmentOrder held = twiceHeld(FulfillmentOrderFixture.openUnsubmitted());

        Decision<FulfillmentOrder> released = accepted(held.decide(MERCHANT,
                FulfillmentCommand.ReleaseHold.of(List.of(FIRST)), LATER));

        assertThat(released.aggregate().state()).isEqualTo(FulfillmentState.ON_HOLD_UNSUBMITTED);
        assertThat(released.aggregate().holds()).extracting(FulfillmentHold::id).containsExactly(SECOND);
        assertThat(released.event()).contains(new FulfillmentOrderReleased(1, List.of(FIRST), 1));
    }

    @Test
    void releasing_the_last_hold_opens_the_order_unsubmitted_again() {
        FulfillmentOrder held = twiceHeld(FulfillmentOrderFixture.openUnsubmitted());
        FulfillmentOrder once = accepted(held.decide(MERCHANT, FulfillmentCommand.ReleaseHold.of(List.of(SECOND)),
                LATER)).aggregate();

        FulfillmentOrder open = accepted(once.decide(MERCHANT, FulfillmentCommand.ReleaseHold.of(List.of(FIRST)),
                LATER)).aggregate();

        assertThat(open.state()).isEqualTo(FulfillmentState.OPEN_UNSUBMITTED);
        assertThat(open.holds()).isEmpty();
    }

    @Test
    void a_submitted_order_comes_back_open_and_submitted_when_its_holds_are_released() {
        FulfillmentOrder held = twiceHeld(FulfillmentOrderFixture.openSubmitted());
        assertThat(held.state()).isEqualTo(FulfillmentState.ON_HOLD_SUBMITTED);

        FulfillmentOrder released = accepted(held.decide(MERCHANT, FulfillmentCommand.ReleaseHold.all(), LATER))
                .aggregate();

        assertThat(released.state()).isEqualTo(FulfillmentState.OPEN_SUBMITTED);
        assertThat(released.supportedActions()).containsExactly(SupportedAction.CANCEL_FULFILLMENT_ORDER);
    }

    @Test
    void a_hold_id_the_order_does_not_carry_is_refused_naming_it_and_changes_nothing() {
        FulfillmentOrder held = twiceHeld(FulfillmentOrderFixture.openUnsubmitted());

        Either<Rejection, Decision<FulfillmentOrder>> refused = held.decide(MERCHANT,
                FulfillmentCommand.ReleaseHold.of(List.of(FIRST, new Reference("hold-9"), FIRST)), LATER);

        assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.InvalidInput.class, invalid ->
                assertThat(invalid.errors()).extracting(error -> error.path() + " " + error.code())
                        .containsExactly("holdIds[1] unknown", "holdIds[2] duplicate"));
        assertThat(held.holds()).hasSize(2);
    }

    @Test
    void a_hold_id_already_on_the_order_is_refused() {
        FulfillmentOrder held = twiceHeld(FulfillmentOrderFixture.openUnsubmitted());

        Either<Rejection, Decision<FulfillmentOrder>> refused = held.decide(MERCHANT,
                new FulfillmentCommand.Hold(SECOND, HoldReason.OTHER, Option.none()), LATER);

        assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.InvalidInput.class, invalid ->
                assertThat(invalid.errors()).extracting(error -> error.path() + " " + error.code())
                        .containsExactly("holdId duplicate"));
    }

    @Test
    void an_order_the_service_accepted_cannot_be_held() {
        Either<Rejection, Decision<FulfillmentOrder>> refused = FulfillmentOrderFixture.inProgressAccepted()
                .decide(MERCHANT, new FulfillmentCommand.Hold(FIRST, HoldReason.OTHER, Option.none()), LATER);

        assertThat(refused.getLeft()).isInstanceOf(Rejection.NotAllowedInState.class);
    }

    private static FulfillmentOrder twiceHeld(FulfillmentOrder order) {
        FulfillmentOrder once = accepted(order.decide(MERCHANT,
                new FulfillmentCommand.Hold(FIRST, HoldReason.INVENTORY_OUT_OF_STOCK, Option.none()), LATER))
                .aggregate();
        return accepted(once.decide(MERCHANT,
                new FulfillmentCommand.Hold(SECOND, HoldReason.AWAITING_PAYMENT, Option.none()), LATER)).aggregate();
    }

    private static Decision<FulfillmentOrder> accepted(Either<Rejection, Decision<FulfillmentOrder>> decided) {
        return decided.getOrElseThrow(rejection -> new AssertionError(rejection.message()));
    }
}
