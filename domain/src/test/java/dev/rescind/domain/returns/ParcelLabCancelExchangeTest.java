package dev.rescind.domain.returns;

import static dev.rescind.domain.returns.ReturnFixture.PARCELLAB_MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rescind.domain.returns.ExchangeCancellationReport.ExchangeCancellationAction;
import dev.rescind.domain.returns.ExchangeCancellationReport.SkipReason;
import dev.rescind.domain.returns.ReturnEvent.ExchangeCancelled;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Change;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * parcelLab's Edit Return API, operation {@code cancel_exchange} (seed 004): exchange compensation goes back
 * to refund; the answer is {@code updated} with counts, or {@code skipped} with {@code return_already_closed}
 * or {@code no_changes_required}.
 */
class ParcelLabCancelExchangeTest {

    private static final Instant NOW = Instant.parse("2022-06-09T09:00:00Z");
    private static final ReturnCommand.CancelExchange CANCEL_EXCHANGE = new ReturnCommand.CancelExchange(
            Option.some(new Reason("Customer requested refund instead of exchange")));

    @Test
    void cancelling_the_documented_exchange_reports_what_the_seed_reports() {
        Return exchange = ReturnFixture.exchangeReturn();

        ExchangeCancellation result = exchange.cancelExchange(PARCELLAB_MERCHANT, CANCEL_EXCHANGE, NOW).get();

        ExchangeCancellationReport report = result.report();
        assertThat(report.action()).isEqualTo(ExchangeCancellationAction.UPDATED);
        assertThat(report.skipReason()).isEmpty();
        assertThat(report.exchangeArticlesUpdated()).isEqualTo(2);
        assertThat(report.exchangeItemsUpdated()).isEqualTo(2);
        assertThat(report.unevenExchangeArticlesCleared()).isEqualTo(1);
        assertThat(report.refundMethod()).contains(RefundMethod.ORIGINAL_PAYMENT_METHOD);
        assertThat(report.refundMethod().get().wireName()).isEqualTo("original-payment-method");
        assertThat(report.refundMethodApplied()).isTrue();
        assertThat(report.removedDraftOrderId()).contains(ReturnFixture.DRAFT_ORDER);
        assertThat(report.isSkipped()).isFalse();
    }

    @Test
    void every_exchange_item_becomes_a_refund_item_and_the_draft_order_reference_is_dropped() {
        Return exchange = ReturnFixture.exchangeReturn();

        Decision<Return> decision = exchange.cancelExchange(PARCELLAB_MERCHANT, CANCEL_EXCHANGE, NOW).get().decision();

        Return refunded = decision.aggregate();
        assertThat(refunded.items()).extracting(ReturnItem::compensation)
                .containsOnly(Compensation.REFUND);
        assertThat(refunded.hasExchange()).isFalse();
        assertThat(refunded.refundMethod()).contains(RefundMethod.ORIGINAL_PAYMENT_METHOD);
        assertThat(refunded.draftOrderId()).isEmpty();
        assertThat(refunded.orderId()).isEqualTo(exchange.orderId());
        assertThat(refunded.open()).isTrue();
        assertThat(refunded.version()).isEqualTo(exchange.version().next());
    }

    @Test
    void the_number_of_items_and_their_value_are_preserved() {
        Return exchange = ReturnFixture.exchangeReturn();

        Return refunded = exchange.cancelExchange(PARCELLAB_MERCHANT, CANCEL_EXCHANGE, NOW).get().decision()
                .aggregate();

        assertThat(refunded.itemCount()).isEqualTo(exchange.itemCount()).isEqualTo(2);
        assertThat(refunded.itemsValue()).isEqualTo(exchange.itemsValue()).isEqualTo(ReturnFixture.euros("109.90"));
        assertThat(refunded.items()).extracting(ReturnItem::id, ReturnItem::quantity)
                .isEqualTo(exchange.items().stream().map(item -> tuple(item.id(),
                        item.quantity())).toList());
    }

    @Test
    void the_event_carries_the_report_and_the_accepted_cancel_reason() {
        ExchangeCancellation result = ReturnFixture.exchangeReturn()
                .cancelExchange(PARCELLAB_MERCHANT, CANCEL_EXCHANGE, NOW).get();

        assertThat(result.decision().changes()).containsExactly(new Change(result.decision().aggregate(),
                new ExchangeCancelled(result.report(), CANCEL_EXCHANGE.cancelReason()), PARCELLAB_MERCHANT, NOW));
    }

    @Test
    void a_second_call_is_skipped_as_no_changes_required() {
        Return refunded = ReturnFixture.exchangeReturn().cancelExchange(PARCELLAB_MERCHANT, CANCEL_EXCHANGE, NOW).get()
                .decision().aggregate();

        ExchangeCancellation again = refunded.cancelExchange(PARCELLAB_MERCHANT, CANCEL_EXCHANGE, NOW.plusSeconds(5))
                .get();

        assertThat(again.report()).isEqualTo(ExchangeCancellationReport.skipped(SkipReason.NO_CHANGES_REQUIRED,
                Option.some(RefundMethod.ORIGINAL_PAYMENT_METHOD)));
        assertThat(again.report().skipReason().get().wireName()).isEqualTo("no_changes_required");
        assertThat(again.report().exchangeArticlesUpdated()).isZero();
        assertThat(again.report().removedDraftOrderId()).isEmpty();
        assertThat(again.decision().isNoOp()).isTrue();
        assertThat(again.decision().aggregate()).isSameAs(refunded);
    }

    @Test
    void a_closed_return_is_skipped_as_already_closed_and_keeps_its_exchange() {
        Return closed = ReturnFixture.closedExchangeReturn();

        ExchangeCancellation result = closed.cancelExchange(PARCELLAB_MERCHANT, CANCEL_EXCHANGE, NOW).get();

        assertThat(result.report().action()).isEqualTo(ExchangeCancellationAction.SKIPPED);
        assertThat(result.report().skipReason()).contains(SkipReason.RETURN_ALREADY_CLOSED);
        assertThat(result.report().skipReason().get().wireName()).isEqualTo("return_already_closed");
        assertThat(result.report().refundMethodApplied()).isFalse();
        assertThat(result.decision().isNoOp()).isTrue();
        assertThat(result.decision().aggregate().hasExchange()).isTrue();
        assertThat(result.decision().aggregate().draftOrderId()).contains(ReturnFixture.DRAFT_ORDER);
    }

    @Test
    void a_return_without_exchanges_is_skipped_as_no_changes_required() {
        List<ReturnItem> refundOnly = List.of(new ReturnItem(new Reference("line-1"), new Reference("socks"), 2,
                ReturnFixture.euros("4.95"), Compensation.REFUND));

        ExchangeCancellation result = ReturnFixture.exchangeReturn(refundOnly, Option.none())
                .cancelExchange(PARCELLAB_MERCHANT, CANCEL_EXCHANGE, NOW).get();

        assertThat(result.report().skipReason()).contains(SkipReason.NO_CHANGES_REQUIRED);
        assertThat(result.report().refundMethod()).isEmpty();
        assertThat(result.decision().isNoOp()).isTrue();
    }

    @Test
    void an_existing_refund_method_is_kept_and_not_reported_as_applied() {
        ExchangeCancellation result = ReturnFixture.exchangeReturn(ReturnFixture.twoExchangeLinesOneUneven(),
                        Option.some(RefundMethod.STORE_CREDIT))
                .cancelExchange(PARCELLAB_MERCHANT, CANCEL_EXCHANGE, NOW).get();

        assertThat(result.report().refundMethod()).contains(RefundMethod.STORE_CREDIT);
        assertThat(result.report().refundMethodApplied()).isFalse();
        assertThat(result.decision().aggregate().refundMethod()).contains(RefundMethod.STORE_CREDIT);
    }

    @Test
    void articles_count_lines_and_items_count_units_leaving_refund_lines_alone() {
        ReturnItem threeShirts = new ReturnItem(new Reference("line-1"), new Reference("shirt-s"), 3,
                ReturnFixture.euros("19.95"), Compensation.exchange(new Reference("shirt-m")));
        ReturnItem socks = new ReturnItem(new Reference("line-2"), new Reference("socks"), 2,
                ReturnFixture.euros("4.95"), Compensation.REFUND);
        ReturnItem evenSwap = new ReturnItem(new Reference("line-3"), new Reference("cap"), 1,
                ReturnFixture.euros("14.95"), Compensation.unevenExchange(new Reference("cap-red"),
                ReturnFixture.euros("0.00")));

        ExchangeCancellation result = ReturnFixture.exchangeReturn(List.of(threeShirts, socks, evenSwap), Option.none())
                .cancelExchange(PARCELLAB_MERCHANT, CANCEL_EXCHANGE, NOW).get();

        assertThat(result.report().exchangeArticlesUpdated()).isEqualTo(2);
        assertThat(result.report().exchangeItemsUpdated()).isEqualTo(4);
        assertThat(result.report().unevenExchangeArticlesCleared()).isZero();
        assertThat(result.decision().aggregate().items()).containsExactly(threeShirts.refunded(), socks,
                evenSwap.refunded());
    }

    @Test
    void cancel_exchange_through_decide_is_the_same_decision() {
        Return exchange = ReturnFixture.exchangeReturn();

        assertThat(exchange.decide(PARCELLAB_MERCHANT, CANCEL_EXCHANGE, NOW).get())
                .isEqualTo(exchange.cancelExchange(PARCELLAB_MERCHANT, CANCEL_EXCHANGE, NOW).get().decision());
    }

    @Test
    void a_customer_may_not_cancel_an_exchange() {
        Actor customer = Actor.customer("jane.doe");

        assertThat(ReturnFixture.exchangeReturn().cancelExchange(customer, CANCEL_EXCHANGE, NOW).getLeft())
                .isEqualTo(new Rejection.Forbidden(customer, "cancel exchange",
                        "only merchant, api key or system may cancel exchange"));
    }
}
