package dev.rescind.benchmarks.decision;

import dev.rescind.benchmarks.decision.CancellationMachine.State;
import dev.rescind.benchmarks.decision.CancellationMachine.Trigger;
import dev.rescind.domain.shared.Actor;

/** The floor: the same machine and guards hand-written as one switch, state only, nothing allocated. */
final class EnumSwitchMachine {

    private EnumSwitchMachine() {
    }

    static State fire(State from, Trigger trigger, Actor actor, String assignedService) {
        State to = switch (from) {
            case ACCEPTED, CANCELLATION_REJECTED -> trigger == Trigger.SEND_CANCELLATION_REQUEST
                    && CancellationMachine.maySend(actor, assignedService) ? State.CANCELLATION_REQUESTED : null;
            case CANCELLATION_REQUESTED -> !CancellationMachine.mayAnswer(actor, assignedService) ? null
                    : switch (trigger) {
                        case ACCEPT_CANCELLATION_REQUEST -> State.CANCELLED;
                        case REJECT_CANCELLATION_REQUEST -> State.CANCELLATION_REJECTED;
                        case SEND_CANCELLATION_REQUEST -> null;
                    };
            case CANCELLED -> null;
        };
        if (to == null) {
            throw new IllegalStateException(trigger + " is not allowed in " + from + " for " + actor);
        }
        return to;
    }
}
