package dev.rescind.domain.fulfillment;

import static dev.rescind.domain.fulfillment.FulfillmentOrderFixture.CREATED_AT;
import static dev.rescind.domain.fulfillment.FulfillmentOrderFixture.MERCHANT;
import static dev.rescind.domain.fulfillment.FulfillmentOrderFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.FieldError;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The limits of a fulfillment order, each taken at and around its edge. */
class FulfillmentOrderLimitsProperties {

    @Property(tries = 10)
    void an_order_takes_holds_up_to_the_limit_and_refuses_the_next_without_a_change(
            @ForAll @IntRange(min = 1, max = 3) int pastTheLimit) {
        FulfillmentOrder order = FulfillmentOrderFixture.openUnsubmitted();
        Instant at = CREATED_AT;
        for (int hold = 1; hold <= FulfillmentOrder.MAX_HOLDS; hold++) {
            at = at.plusSeconds(1);
            order = FulfillmentOrderFixture.apply(order, MERCHANT, hold(), at);
            assertThat(order.holds()).hasSize(hold);
        }
        for (int extra = 0; extra < pastTheLimit; extra++) {
            Either<Rejection, Decision<FulfillmentOrder>> refused = order.decide(MERCHANT, hold(), at.plusSeconds(1));
            assertInvalid(refused, "holds", "too_many");
        }
        assertThat(order.holds()).hasSize(FulfillmentOrder.MAX_HOLDS);
    }

    @Property(tries = 50)
    void a_reschedule_is_accepted_only_into_the_future(@ForAll("secondsAroundNow") long offset) {
        FulfillmentOrder scheduled = FulfillmentOrderFixture.scheduled();
        Instant now = CREATED_AT.plusSeconds(60);
        Instant fulfillAt = now.plusSeconds(offset);

        Either<Rejection, Decision<FulfillmentOrder>> decision = scheduled.decide(MERCHANT,
                new FulfillmentCommand.Reschedule(fulfillAt), now);

        if (offset > 0) {
            assertThat(decision.get().aggregate().fulfillAt()).containsExactly(fulfillAt);
        } else {
            assertInvalid(decision, "fulfillAt", "not_in_the_future");
        }
    }

    @Property(tries = 50)
    void a_new_order_is_scheduled_only_when_its_fulfill_at_lies_after_its_creation(
            @ForAll("secondsAroundNow") long offset) {
        NewFulfillmentOrder details = FulfillmentOrderFixture.details("fo-at", Option.some(new Reference("svc")), 1,
                Option.some(CREATED_AT.plusSeconds(offset)));

        FulfillmentOrder created = FulfillmentOrder.create(SHOP, MERCHANT, details, CREATED_AT).get().aggregate();

        assertThat(created.state()).isEqualTo(offset > 0 ? FulfillmentState.SCHEDULED_UNSUBMITTED
                : FulfillmentState.OPEN_UNSUBMITTED);
    }

    @Property(tries = 50)
    void a_bad_line_of_a_fulfillment_is_named_by_its_index(@ForAll @IntRange(min = 1, max = 6) int lines,
            @ForAll("indexes") int badIndex, @ForAll("badQuantities") int badQuantity) {
        int bad = badIndex % lines;
        FulfillmentOrder order = withLines(lines, 3);
        List<FulfillmentLine> shipping = new ArrayList<>();
        for (int index = 0; index < lines; index++) {
            shipping.add(new FulfillmentLine(lineId(index), index == bad ? badQuantity : 1));
        }

        Either<Rejection, Decision<FulfillmentOrder>> refused = order.decide(MERCHANT,
                new FulfillmentCommand.CreateFulfillment(shipping), CREATED_AT.plusSeconds(1));

        assertInvalid(refused, "lines[" + bad + "].quantity", badQuantity < 1 ? "out_of_range"
                : "exceeds_fulfillable");
        assertThat(((Rejection.InvalidInput) refused.getLeft()).errors()).hasSize(1);
    }

    @Property(tries = 50)
    void shipping_up_to_what_is_left_on_each_line_is_accepted_and_closes_the_order_when_nothing_is_left(
            @ForAll @IntRange(min = 1, max = 4) int lines, @ForAll("shipments") List<Integer> units) {
        FulfillmentOrder order = withLines(lines, 3);
        List<FulfillmentLine> shipping = new ArrayList<>();
        for (int index = 0; index < lines; index++) {
            shipping.add(new FulfillmentLine(lineId(index), units.get(index)));
        }

        FulfillmentOrder shipped = order.decide(MERCHANT, new FulfillmentCommand.CreateFulfillment(shipping),
                CREATED_AT.plusSeconds(1)).get().aggregate();

        for (int index = 0; index < lines; index++) {
            assertThat(shipped.lineItems().get(index).fulfillableQuantity()).isEqualTo(3 - units.get(index));
        }
        boolean everything = units.subList(0, lines).stream().allMatch(shippedUnits -> shippedUnits == 3);
        assertThat(shipped.status()).isEqualTo(everything ? FulfillmentOrderStatus.CLOSED
                : FulfillmentOrderStatus.IN_PROGRESS);
    }

    @Provide
    Arbitrary<List<Integer>> shipments() {
        return Arbitraries.integers().between(1, 3).list().ofSize(4);
    }

    @Provide
    Arbitrary<Long> secondsAroundNow() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-2, 2),
                Arbitraries.longs().between(-86_400 * 30L, 86_400 * 30L));
    }

    @Provide
    Arbitrary<Integer> indexes() {
        return Arbitraries.integers().between(0, 5);
    }

    @Provide
    Arbitrary<Integer> badQuantities() {
        return Arbitraries.oneOf(Arbitraries.of(0, -1, 4, Integer.MIN_VALUE, Integer.MAX_VALUE),
                Arbitraries.integers().between(-100, 0), Arbitraries.integers().between(4, 100));
    }

    private static FulfillmentCommand.Hold hold() {
        return new FulfillmentCommand.Hold(new Reference(UUID.randomUUID().toString()), HoldReason.INVENTORY_OUT_OF_STOCK,
                Option.none());
    }

    private static Reference lineId(int index) {
        return new Reference("line-" + index);
    }

    /** A merchant's own order with {@code lines} lines of {@code quantity} units each. */
    private static FulfillmentOrder withLines(int lines, int quantity) {
        NewFulfillmentOrder one = FulfillmentOrderFixture.details("fo-lines", Option.none(), quantity, Option.none());
        List<FulfillmentLineItem> items = IntStream.range(0, lines)
                .mapToObj(index -> FulfillmentLineItem.of(lineId(index), new Reference("item-" + index),
                        Option.none(), Option.none(), quantity))
                .toList();
        NewFulfillmentOrder details = new NewFulfillmentOrder(one.id(), one.orderId(), one.assignedLocationId(),
                one.assignedService(), one.destination(), one.origin(), items, one.fulfillAt(), one.fulfillBy());
        return FulfillmentOrder.create(SHOP, MERCHANT, details, CREATED_AT).get().aggregate();
    }

    private static void assertInvalid(Either<Rejection, ?> outcome, String path, String code) {
        assertThat(outcome.isLeft()).as("accepted where %s is %s", path, code).isTrue();
        assertThat(outcome.getLeft()).isInstanceOfSatisfying(Rejection.InvalidInput.class,
                invalid -> assertThat(invalid.errors()).extracting(FieldError::path, FieldError::code)
                        .contains(org.assertj.core.groups.Tuple.tuple(path, code)));
    }
}
