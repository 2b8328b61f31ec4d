package dev.rescind.domain.returns;

import static dev.rescind.domain.returns.ReturnFixture.ANNOUNCED_AT;
import static dev.rescind.domain.returns.ReturnFixture.CARRIER;
import static dev.rescind.domain.returns.ReturnFixture.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.domain.returns.ReturnEvent.ReturnItemCancelled;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cancelling the return of some units of an item while the parcel has not moved: the item's ledger, the event
 * per cancellation, over-asking and the states that allow it.
 */
class ReturnItemCancellationTest {

    private static final Reference SHIRT = new Reference("shirt");
    private static final Reference JEANS = new Reference("jeans");
    private static final Instant LATER = ANNOUNCED_AT.plusSeconds(30);
    private static final Actor CUSTOMER = Actor.customer("customer-1");

    /** Sendcloud's return with five shirts at 10 EUR and two jeans at 50 EUR, announced. */
    private static Return announcedWithFiveShirtsAndTwoJeans() {
        NewReturn seed = ReturnFixture.sendcloudDetails(true);
        NewReturn details = new NewReturn(seed.id(), seed.reasonCode(), seed.customerMessage(), seed.outgoingParcel(),
                seed.incomingParcel(), seed.deliveryOption(), seed.storeLocation(), seed.returnFee(),
                seed.labelCost(), List.of(
                        new ReturnItem(SHIRT, new Reference("shirt-s"), 5, ReturnFixture.euros("10.00"),
                                Compensation.REFUND),
                        new ReturnItem(JEANS, new Reference("jeans-32"), 2, ReturnFixture.euros("50.00"),
                                Compensation.REFUND)),
                seed.refundMethod(), seed.carrierId(), true, seed.orderId(), seed.draftOrderId());
        Return created = Return.create(ReturnFixture.SENDCLOUD_USER, MERCHANT, details, ReturnFixture.CREATED_AT)
                .get().aggregate();
        return ReturnFixture.apply(created, CARRIER, new ReturnCommand.Announce(), ANNOUNCED_AT);
    }

    private static Either<Rejection, Decision<Return>> cancel(Return aReturn, Reference item, int quantity) {
        return aReturn.decide(CUSTOMER, new ReturnCommand.CancelItem(item, quantity,
                Option.some(new Reason("Kept them"))), LATER);
    }

    @Test
    void cancelling_two_of_five_shirts_keeps_the_parcel_and_leaves_three_in_the_ledger() {
        Return announced = announcedWithFiveShirtsAndTwoJeans();

        Decision<Return> decision = cancel(announced, SHIRT, 2).get();

        Return after = decision.aggregate();
        ReturnItem shirt = after.items().get(0);
        assertThat(shirt.quantity()).isEqualTo(5);
        assertThat(shirt.cancelledQuantity()).isEqualTo(2);
        assertThat(shirt.remainingQuantity()).isEqualTo(3);
        assertThat(after.items().get(1)).isEqualTo(announced.items().get(1));
        assertThat(after.parcelStatus()).isEqualTo(ParcelStatus.ANNOUNCED);
        assertThat(after.version()).isEqualTo(announced.version().next());
        assertThat(after.itemCount()).isEqualTo(5);
        assertThat(after.itemsValue()).isEqualTo(ReturnFixture.euros("130.00"));
        assertThat(after.isCancellable()).isTrue();
        assertThat(decision.changes()).hasSize(1);
        assertThat(decision.event()).contains(new ReturnItemCancelled(SHIRT, 2, 2, 3,
                Option.some(new Reason("Kept them"))));
    }

    @Test
    void repeated_cancels_of_one_item_work_until_nothing_remains_and_then_name_both_quantities() {
        Return aReturn = announcedWithFiveShirtsAndTwoJeans();
        for (int quantity : new int[] {1, 3, 1}) {
            aReturn = cancel(aReturn, SHIRT, quantity).get().aggregate();
        }

        assertThat(aReturn.items().get(0).remainingQuantity()).isZero();
        assertThat(aReturn.items().get(0).cancelledQuantity()).isEqualTo(5);
        assertThat(cancel(aReturn, SHIRT, 1).getLeft()).isEqualTo(new Rejection.ExceedsRemainingQuantity(
                AggregateType.RETURN, "1751075", "shirt", 1, 0));
    }

    @Test
    void asking_for_more_than_remains_is_refused_naming_the_item_and_both_quantities() {
        Return aReturn = cancel(announcedWithFiveShirtsAndTwoJeans(), JEANS, 1).get().aggregate();

        Rejection rejection = cancel(aReturn, JEANS, 2).getLeft();

        assertThat(rejection).isEqualTo(new Rejection.ExceedsRemainingQuantity(AggregateType.RETURN, "1751075",
                "jeans", 2, 1));
        assertThat(rejection.code()).isEqualTo("exceeds_remaining_quantity");
        assertThat(rejection.message()).isEqualTo("Return 1751075 has 1 of item jeans left to cancel, not 2.");
    }

    @Test
    void an_item_the_return_does_not_hold_is_invalid_input() {
        Rejection rejection = cancel(announcedWithFiveShirtsAndTwoJeans(), new Reference("socks"), 1).getLeft();

        assertThat(rejection).isEqualTo(Rejection.InvalidInput.of("itemId", "unknown",
                "must be an item of this return"));
    }

    @Test
    void a_quantity_below_one_is_invalid_input_naming_the_field() {
        assertThat(ReturnCommand.CancelItem.of(SHIRT, 0, Option.none()).getLeft().errors())
                .extracting(error -> error.path() + ":" + error.code()).containsExactly("quantity:out_of_range");
    }

    @Test
    void cancelling_every_remaining_unit_leaves_the_parcel_and_its_label_as_they_were() {
        Return aReturn = cancel(cancel(announcedWithFiveShirtsAndTwoJeans(), SHIRT, 5).get().aggregate(), JEANS, 2)
                .get().aggregate();

        assertThat(aReturn.itemCount()).isZero();
        assertThat(aReturn.itemsValue()).isEqualTo(ReturnFixture.euros("0.00"));
        assertThat(aReturn.parcelStatus()).isEqualTo(ParcelStatus.ANNOUNCED);
        assertThat(aReturn.openCancellationRequest()).isEmpty();
        assertThat(aReturn.isCancellable()).isTrue();
        Rejection nothingLeft = cancel(aReturn, SHIRT, 1).getLeft();
        assertThat(nothingLeft).isInstanceOf(Rejection.NotCancellable.class);
        assertThat(nothingLeft.message()).contains("some item is still being returned");
    }

    @Test
    void a_scanned_parcel_is_not_cancellable_item_by_item_either() {
        Return scanned = ReturnFixture.apply(announcedWithFiveShirtsAndTwoJeans(), CARRIER,
                new ReturnCommand.RecordScan(), LATER);

        Rejection rejection = cancel(scanned, SHIRT, 1).getLeft();

        assertThat(rejection).isInstanceOf(Rejection.NotCancellable.class);
        assertThat(((Rejection.NotCancellable) rejection).state()).isEqualTo("IN_TRANSIT");
    }

    @Test
    void while_the_whole_return_is_being_cancelled_no_item_is_cancelled_on_its_own() {
        Return cancelling = ReturnFixture.cancelling(announcedWithFiveShirtsAndTwoJeans()).theReturn();

        assertThat(cancel(cancelling, SHIRT, 1).getLeft()).isInstanceOf(Rejection.NotCancellable.class);
    }

    @Test
    void a_carrier_may_not_cancel_items() {
        Rejection rejection = announcedWithFiveShirtsAndTwoJeans().decide(CARRIER,
                new ReturnCommand.CancelItem(SHIRT, 1, Option.none()), LATER).getLeft();

        assertThat(rejection).isInstanceOf(Rejection.Forbidden.class);
    }

    @Test
    void an_exchange_cancelled_after_a_partial_cancel_keeps_the_ledger_and_counts_the_remaining_units() {
        List<ReturnItem> exchange = List.of(new ReturnItem(new Reference("line-1"), new Reference("shirt-blue-s"), 3,
                ReturnFixture.euros("29.95"), Compensation.exchange(new Reference("shirt-blue-m"))));
        Return aReturn = ReturnFixture.apply(ReturnFixture.exchangeReturn(exchange, Option.none()),
                ReturnFixture.PARCELLAB_MERCHANT, new ReturnCommand.CancelItem(new Reference("line-1"), 1,
                        Option.none()), LATER);

        ExchangeCancellation cancellation = aReturn.cancelExchange(ReturnFixture.PARCELLAB_MERCHANT,
                new ReturnCommand.CancelExchange(Option.none()), LATER).get();

        ReturnItem refunded = cancellation.decision().aggregate().items().get(0);
        assertThat(refunded.cancelledQuantity()).isEqualTo(1);
        assertThat(refunded.remainingQuantity()).isEqualTo(2);
        assertThat(cancellation.report().exchangeItemsUpdated()).isEqualTo(2);
    }
}
