package dev.rescind.domain.cancellation;

import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.CommandKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * Answers to a cancellation request; only the request's {@link Responder} may give one. {@code EXPIRE} and
 * {@code ESCALATE} are no answers: Rescind's deadline runner, a {@code SYSTEM} actor, gives one of them once the
 * answer-by time passed, as the host chose.
 */
public enum CancellationRequestCommandKind implements CommandKind {
    /** The responder accepts: the target is cancelled. */
    ACCEPT,
    /** The responder rejects: the target goes on. */
    REJECT,
    /** Rescind's extension: the deadline runner expires a request unanswered at its answer-by time. */
    EXPIRE,
    /** Rescind's extension: the deadline runner escalates a request unanswered at its answer-by time. */
    ESCALATE;

    private static final Set<ActorKind> RESPONDERS = EnumSet.of(ActorKind.FULFILLMENT_SERVICE, ActorKind.CARRIER);
    private static final Set<ActorKind> DEADLINE_RUNNERS = EnumSet.of(ActorKind.SYSTEM);

    @Override
    public Set<ActorKind> permittedActors() {
        return this == EXPIRE || this == ESCALATE ? DEADLINE_RUNNERS : RESPONDERS;
    }
}
