package dev.rescind.domain.fulfillment;

import static dev.rescind.domain.fulfillment.FulfillmentOrderFixture.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting units off a fulfillment order, after Shopify's {@code fulfillmentOrderSplit}. */
class FulfillmentSplitTest {

    private static final Reference LINE = new Reference("1072503299");
    private static final FulfillmentOrderId SPLIT_OFF = new FulfillmentOrderId("1046000900");

    @Test
    void splitting_two_of_three_units_keeps_one_here_and_opens_an_order_with_two() {
        FulfillmentOrder order = FulfillmentOrderFixture.created(FulfillmentOrderFixture.details("1046000803",
                Option.some(FulfillmentOrderFixture.SERVICE_ID), 3, Option.none()));

        Decision<FulfillmentOrder> split = order.decide(MERCHANT, new FulfillmentCommand.Split(
                List.of(new FulfillmentLine(LINE, 2)), SPLIT_OFF), FulfillmentOrderFixture.SUBMITTED_AT).get();

        assertThat(split.aggregate().state()).isEqualTo(FulfillmentState.OPEN_UNSUBMITTED);
        assertThat(split.aggregate().fulfillableQuantity()).isEqualTo(1);
        FulfillmentOrder splitOff = split.related(FulfillmentOrder.class).get();
        assertThat(splitOff.id()).isEqualTo(SPLIT_OFF);
        assertThat(splitOff.state()).isEqualTo(FulfillmentState.OPEN_UNSUBMITTED);
        assertThat(splitOff.lineItems()).singleElement().satisfies(line -> {
            assertThat(line.id()).isEqualTo(LINE);
            assertThat(line.fulfillableQuantity()).isEqualTo(2);
        });
        assertThat(splitOff.assignedService()).isEqualTo(order.assignedService());
    }

    @Test
    void splitting_every_unit_off_is_refused_and_changes_nothing() {
        FulfillmentOrder order = FulfillmentOrderFixture.created(FulfillmentOrderFixture.details("1046000803",
                Option.some(FulfillmentOrderFixture.SERVICE_ID), 3, Option.none()));

        Either<Rejection, Decision<FulfillmentOrder>> refused = order.decide(MERCHANT, new FulfillmentCommand.Split(
                List.of(new FulfillmentLine(LINE, 3)), SPLIT_OFF), FulfillmentOrderFixture.SUBMITTED_AT);

        assertThat(refused.getLeft()).isEqualTo(Rejection.InvalidInput.of("lines", "nothing_left",
                "must leave at least one unit in the order"));
        assertThat(order.fulfillableQuantity()).isEqualTo(3);
    }
}
