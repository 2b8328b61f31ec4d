package dev.rescind.testkit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.domain.fulfillment.FulfillmentCommand;
import dev.rescind.domain.fulfillment.FulfillmentCommandKind;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.FulfillmentState;
import dev.rescind.domain.fulfillment.FulfillmentTransitions;
import dev.rescind.domain.fulfillment.SupportedAction;
import dev.rescind.domain.shared.Change;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TransitionTable.Transition;
import dev.rescind.testkit.arbitraries.AggregateModel;
import dev.rescind.testkit.arbitraries.Attempt;
import dev.rescind.testkit.arbitraries.FulfillmentOrderModel;
import dev.rescind.testkit.arbitraries.Paths;
import dev.rescind.testkit.arbitraries.Reached;
import dev.rescind.testkit.arbitraries.Values;
import dev.rescind.testkit.arbitraries.Walks;
import dev.rescind.testkit.arbitraries.World;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class FulfillmentOrderProperties extends StateMachineProperties<FulfillmentOrder, FulfillmentState,
        FulfillmentCommandKind, FulfillmentCommand> {

    @Override
    AggregateModel<FulfillmentOrder, FulfillmentState, FulfillmentCommandKind, FulfillmentCommand> model() {
        return FulfillmentOrderModel.INSTANCE;
    }

    /** {@code supported_actions} never offers what Rescind would refuse: each action's command is accepted. */
    @Property(tries = 20, edgeCases = EdgeCasesMode.NONE)
    void every_advertised_action_is_accepted_from_the_state_that_advertises_it(@ForAll Random random) {
        for (FulfillmentState state : Paths.reachableStates(FulfillmentTransitions.TABLE)) {
            Reached<FulfillmentOrder> reached = Sampling.sample(Walks.reaching(model(), state), random);
            FulfillmentOrder order = reached.aggregate();
            for (SupportedAction action : order.supportedActions()) {
                List<FulfillmentCommandKind> kinds = FulfillmentTransitions.TABLE.transitions().stream()
                        .filter(row -> row.from().equals(state) && row.guard().holdsFor(order)
                                && row.advertisedAs().contains(action.wireName()))
                        .map(Transition::command)
                        .distinct()
                        .toList();
                assertThat(kinds).as("rows advertised as %s from %s", action, state).isNotEmpty();
                for (FulfillmentCommandKind kind : kinds) {
                    Attempt<FulfillmentCommand> attempt = Sampling.sample(model().wellFormed(order, kind,
                            reached.next()), random);
                    Either<Rejection, Decision<FulfillmentOrder>> decision = model().decide(order, attempt,
                            reached.world(), reached.next());
                    assertThat(decision.isRight()).as("%s advertised from %s refused %s: %s", action, state, attempt,
                            decision.fold(Rejection::message, accepted -> "")).isTrue();
                }
            }
        }
    }

    /**
     * Random sequences of commands over an order and every order its commands open (moves, direct cancels):
     * for each line, the units still to ship across those orders plus the units shipped always make the
     * quantity the line was created with, and no order holds a line twice.
     */
    @Property(tries = 30, edgeCases = EdgeCasesMode.NONE)
    void units_are_neither_lost_nor_made_by_moves_cancels_holds_and_fulfillments(@ForAll Random random) {
        FulfillmentOrder created = Sampling.sample(model().created(Values.EPOCH), random);
        Map<Reference, Integer> ordered = new HashMap<>();
        created.lineItems().forEach(line -> ordered.put(line.id(), line.quantity()));
        Map<FulfillmentOrderId, FulfillmentOrder> family = new LinkedHashMap<>();
        family.put(created.id(), created);
        Map<Reference, Integer> shipped = new HashMap<>();
        World world = World.empty();
        Instant now = Values.EPOCH;
        for (int step = 0; step < 40; step++) {
            now = now.plusSeconds(60);
            List<FulfillmentOrder> live = family.values().stream()
                    .filter(order -> !model().table().isTerminal(order.state())).toList();
            if (live.isEmpty()) {
                break;
            }
            FulfillmentOrder order = live.get(random.nextInt(live.size()));
            List<FulfillmentCommandKind> allowed = model().table().commands().stream()
                    .filter(kind -> model().issuable(order, kind)
                            && model().table().allows(order, order.state(), kind))
                    .toList();
            if (allowed.isEmpty()) {
                continue;
            }
            FulfillmentCommandKind kind = allowed.get(random.nextInt(allowed.size()));
            Attempt<FulfillmentCommand> attempt = Sampling.sample(model().wellFormed(order, kind, now), random);
            Either<Rejection, Decision<FulfillmentOrder>> decided = model().decide(order, attempt, world, now);
            if (decided.isLeft()) {
                continue;
            }
            for (Change change : decided.get().changes()) {
                if (change.aggregate() instanceof FulfillmentOrder changed) {
                    family.put(changed.id(), changed);
                }
                if (change.event() instanceof FulfillmentOrderEvent.FulfillmentCreated fulfilled) {
                    fulfilled.lines().forEach(line -> shipped.merge(line.lineItemId(), line.quantity(),
                            Integer::sum));
                }
            }
            world = world.after(decided.get());
            Map<Reference, Integer> toShip = new HashMap<>();
            family.values().forEach(member -> member.lineItems().forEach(line -> toShip.merge(line.id(),
                    line.fulfillableQuantity(), Integer::sum)));
            for (Map.Entry<Reference, Integer> line : ordered.entrySet()) {
                assertThat(toShip.getOrDefault(line.getKey(), 0) + shipped.getOrDefault(line.getKey(), 0))
                        .as("units of %s after %s on %s", line.getKey(), attempt, order.state())
                        .isEqualTo(line.getValue());
            }
        }
    }
}
