package dev.rescind.testkit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.domain.fulfillment.FulfillmentCommand;
import dev.rescind.domain.fulfillment.FulfillmentCommandKind;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentState;
import dev.rescind.domain.fulfillment.FulfillmentTransitions;
import dev.rescind.domain.fulfillment.SupportedAction;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TransitionTable.Transition;
import dev.rescind.testkit.arbitraries.AggregateModel;
import dev.rescind.testkit.arbitraries.Attempt;
import dev.rescind.testkit.arbitraries.FulfillmentOrderModel;
import dev.rescind.testkit.arbitraries.Paths;
import dev.rescind.testkit.arbitraries.Reached;
import dev.rescind.testkit.arbitraries.Walks;
import io.vavr.control.Either;
import java.util.List;
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
}
