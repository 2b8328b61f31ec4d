package dev.rescind.benchmarks.decision;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import dev.rescind.benchmarks.decision.CancellationMachine.State;
import dev.rescind.benchmarks.decision.CancellationMachine.Trigger;
import dev.rescind.domain.shared.Actor;

/**
 * The machine in stateless4j. Its guards take no arguments, so they read the entity the machine runs over:
 * the caller sets the acting party before it fires a trigger, and the machine keeps its state in the entity.
 */
final class StatelessFourJMachine {

    /** The entity: its state, its assigned service, and who is acting on it now. */
    static final class Order {
        State state;
        String assignedService;
        Actor actor;
    }

    private final Order order = new Order();
    private final StateMachine<State, Trigger> machine;

    StatelessFourJMachine(String assignedService) {
        order.assignedService = assignedService;
        StateMachineConfig<State, Trigger> config = new StateMachineConfig<>();
        config.configure(State.ACCEPTED)
                .permitIf(Trigger.SEND_CANCELLATION_REQUEST, State.CANCELLATION_REQUESTED, this::maySend);
        config.configure(State.CANCELLATION_REJECTED)
                .permitIf(Trigger.SEND_CANCELLATION_REQUEST, State.CANCELLATION_REQUESTED, this::maySend);
        config.configure(State.CANCELLATION_REQUESTED)
                .permitIf(Trigger.ACCEPT_CANCELLATION_REQUEST, State.CANCELLED, this::mayAnswer)
                .permitIf(Trigger.REJECT_CANCELLATION_REQUEST, State.CANCELLATION_REJECTED, this::mayAnswer);
        config.configure(State.CANCELLED);
        machine = new StateMachine<>(State.ACCEPTED, () -> order.state, state -> order.state = state, config);
    }

    /** Points the machine at an entity loaded in {@code state}. */
    void load(State state) {
        order.state = state;
    }

    /** Fires {@code trigger} on behalf of {@code actor}; an unhandled trigger throws. */
    State fire(Trigger trigger, Actor actor) {
        order.actor = actor;
        machine.fire(trigger);
        return order.state;
    }

    private boolean maySend() {
        return CancellationMachine.maySend(order.actor, order.assignedService);
    }

    private boolean mayAnswer() {
        return CancellationMachine.mayAnswer(order.actor, order.assignedService);
    }
}
