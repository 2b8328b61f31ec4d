package dev.rescind.testkit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnCommand;
import dev.rescind.domain.returns.ReturnCommandKind;
import dev.rescind.domain.returns.ReturnEvent.ReturnItemCancelled;
import dev.rescind.domain.returns.ReturnItem;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.testkit.arbitraries.AggregateModel;
import dev.rescind.testkit.arbitraries.ReturnModel;
import dev.rescind.testkit.arbitraries.Values;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class ReturnProperties extends StateMachineProperties<Return, ParcelStatus, ReturnCommandKind, ReturnCommand> {

    private static final Actor CUSTOMER = Actor.customer("customer-1");

    @Override
    AggregateModel<Return, ParcelStatus, ReturnCommandKind, ReturnCommand> model() {
        return ReturnModel.INSTANCE;
    }

    /** One step of a history of partial cancels: some units of an item, or now and then a carrier fact. */
    record Step(int item, int quantity, boolean carrierFact) {
    }

    /**
     * Under random partial cancels (some asking for more than remains) with carrier facts between them, every
     * item stays in balance against a reference ledger: returned = cancelled + remaining, none negative; a
     * request for more than remains is refused naming the item and both quantities; once the parcel has moved
     * nothing is cancelled any more.
     */
    @Property(tries = 200)
    void partial_cancels_keep_every_item_in_balance(@ForAll("returns") Return created,
            @ForAll("steps") List<Step> steps) {
        Return current = created;
        Map<String, Integer> cancelled = new HashMap<>();
        Instant now = Values.EPOCH;
        for (Step step : steps) {
            now = now.plusSeconds(1);
            if (step.carrierFact()) {
                current = carrierFact(current, now);
                continue;
            }
            ReturnItem item = current.items().get(step.item() % current.items().size());
            int remaining = item.quantity() - cancelled.getOrDefault(item.id().value(), 0);
            Either<Rejection, Decision<Return>> decision = current.decide(CUSTOMER,
                    new ReturnCommand.CancelItem(item.id(), step.quantity(), Option.none()), now);
            boolean unmoved = current.parcelStatus().isBeforeFirstScan();
            if (!unmoved || current.itemCount() == 0) {
                assertThat(decision.getLeft()).isInstanceOf(Rejection.NotCancellable.class);
            } else if (step.quantity() > remaining) {
                assertThat(decision.getLeft()).isEqualTo(new Rejection.ExceedsRemainingQuantity(AggregateType.RETURN,
                        current.id().value(), item.id().value(), step.quantity(), remaining));
            } else {
                cancelled.merge(item.id().value(), step.quantity(), Integer::sum);
                assertThat(decision.get().event()).contains(new ReturnItemCancelled(item.id(), step.quantity(),
                        cancelled.get(item.id().value()), remaining - step.quantity(), Option.none()));
                assertThat(decision.get().aggregate().parcelStatus()).isEqualTo(current.parcelStatus());
                current = decision.get().aggregate();
            }
            for (ReturnItem each : current.items()) {
                int expectedCancelled = cancelled.getOrDefault(each.id().value(), 0);
                assertThat(each.cancelledQuantity()).as("cancelled of %s", each.id()).isEqualTo(expectedCancelled);
                assertThat(each.remainingQuantity()).as("remaining of %s", each.id()).isNotNegative()
                        .isEqualTo(each.quantity() - expectedCancelled);
                assertThat(each.cancelledQuantity() + each.remainingQuantity()).isEqualTo(each.quantity());
            }
            assertThat(current.itemCount()).isEqualTo(current.items().stream()
                    .mapToInt(ReturnItem::remainingQuantity).sum());
        }
    }

    /** The next carrier fact the parcel can take: announced while announcing, scanned once announced. */
    private static Return carrierFact(Return aReturn, Instant now) {
        ReturnCommand fact = switch (aReturn.parcelStatus()) {
            case ANNOUNCING -> new ReturnCommand.Announce();
            case ANNOUNCED -> new ReturnCommand.RecordScan();
            case IN_TRANSIT -> new ReturnCommand.RecordDelivery();
            default -> null;
        };
        return fact == null ? aReturn
                : aReturn.decide(ReturnModel.carrierOf(aReturn), fact, now).get().aggregate();
    }

    @Provide
    Arbitrary<Return> returns() {
        return ReturnModel.INSTANCE.created(Values.EPOCH);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> cancel = Combinators.combine(Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(1, 4))
                .as((item, quantity) -> new Step(item, quantity, false));
        Arbitrary<Step> fact = Arbitraries.just(new Step(0, 1, true));
        return Arbitraries.frequencyOf(Tuple.of(12, cancel), Tuple.of(1, fact)).list().ofMaxSize(40);
    }
}
