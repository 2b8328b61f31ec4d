package dev.rescind.benchmarks.decision;

import dev.rescind.benchmarks.decision.CancellationMachine.State;
import dev.rescind.benchmarks.decision.CancellationMachine.Trigger;
import dev.rescind.domain.shared.Actor;
import java.util.EnumSet;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateContext;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.guard.Guard;
import org.springframework.statemachine.support.DefaultExtendedState;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * The machine in Spring Statemachine, built once and reused: before each entity it is stopped, reset to the
 * entity's state and started again, as {@code StateMachinePersister.restore} does. The acting party travels
 * in a message header, the assigned service in the extended state.
 */
final class SpringMachine {

    private static final String ACTOR = "actor";
    private static final String ASSIGNED_SERVICE = "assignedService";

    private final StateMachine<State, Trigger> machine;
    private final DefaultExtendedState entity = new DefaultExtendedState();

    SpringMachine(String assignedService) throws Exception {
        entity.getVariables().put(ASSIGNED_SERVICE, assignedService);
        Guard<State, Trigger> maySend = context -> CancellationMachine.maySend(actor(context), service(context));
        Guard<State, Trigger> mayAnswer = context -> CancellationMachine.mayAnswer(actor(context), service(context));
        StateMachineBuilder.Builder<State, Trigger> builder = StateMachineBuilder.builder();
        builder.configureConfiguration().withConfiguration().autoStartup(false);
        // CANCELLED has no way out; declared an end state it would stop the machine for good, and this machine
        // is reused for the next entity.
        builder.configureStates().withStates()
                .initial(State.ACCEPTED)
                .states(EnumSet.allOf(State.class));
        builder.configureTransitions()
                .withExternal().source(State.ACCEPTED).target(State.CANCELLATION_REQUESTED)
                .event(Trigger.SEND_CANCELLATION_REQUEST).guard(maySend)
                .and().withExternal().source(State.CANCELLATION_REJECTED).target(State.CANCELLATION_REQUESTED)
                .event(Trigger.SEND_CANCELLATION_REQUEST).guard(maySend)
                .and().withExternal().source(State.CANCELLATION_REQUESTED).target(State.CANCELLED)
                .event(Trigger.ACCEPT_CANCELLATION_REQUEST).guard(mayAnswer)
                .and().withExternal().source(State.CANCELLATION_REQUESTED).target(State.CANCELLATION_REJECTED)
                .event(Trigger.REJECT_CANCELLATION_REQUEST).guard(mayAnswer);
        machine = builder.build();
    }

    /** The command: an event with the acting party in its headers. */
    static Message<Trigger> command(Trigger trigger, Actor actor) {
        return MessageBuilder.withPayload(trigger).setHeader(ACTOR, actor).build();
    }

    /** Restores the machine to an entity loaded in {@code state}. */
    void load(State state) {
        machine.stopReactively().block();
        machine.getStateMachineAccessor().doWithAllRegions(region -> region.resetStateMachineReactively(
                new DefaultStateMachineContext<>(state, null, null, entity)).block());
        machine.startReactively().block();
    }

    /**
     * Sends {@code command}; a command the machine refuses throws. A guard that says no still yields an
     * {@code ACCEPTED} result, so a refusal shows as a state that did not move (every transition here moves).
     */
    State fire(Message<Trigger> command) {
        State before = machine.getState().getId();
        StateMachineEventResult<State, Trigger> result = machine.sendEvent(Mono.just(command)).blockLast();
        State after = machine.getState().getId();
        if (result == null || result.getResultType() != StateMachineEventResult.ResultType.ACCEPTED
                || after == before) {
            throw new IllegalStateException(command.getPayload() + " was not accepted in " + before);
        }
        return after;
    }

    private static Actor actor(StateContext<State, Trigger> context) {
        return context.getMessageHeaders().get(ACTOR, Actor.class);
    }

    private static String service(StateContext<State, Trigger> context) {
        return context.getExtendedState().get(ASSIGNED_SERVICE, String.class);
    }
}
