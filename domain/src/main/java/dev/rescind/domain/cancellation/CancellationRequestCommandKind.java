package dev.rescind.domain.cancellation;

import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.CommandKind;
import java.util.EnumSet;
import java.util.Set;

/** Answers to a cancellation request; only the request's {@link Responder} may give one. */
public enum CancellationRequestCommandKind implements CommandKind {
    /** The responder accepts: the target is cancelled. */
    ACCEPT,
    /** The responder rejects: the target goes on. */
    REJECT;

    private static final Set<ActorKind> RESPONDERS = EnumSet.of(ActorKind.FULFILLMENT_SERVICE, ActorKind.CARRIER);

    @Override
    public Set<ActorKind> permittedActors() {
        return RESPONDERS;
    }
}
