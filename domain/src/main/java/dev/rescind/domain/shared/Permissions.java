package dev.rescind.domain.shared;

import io.vavr.control.Either;
import java.util.Set;

/** The actor-kind check every command and every creation makes first. */
public final class Permissions {

    private Permissions() {
    }

    /**
     * The actor, if its kind is one of {@code permitted}; else {@link Rejection.Forbidden} naming the rule.
     *
     * @param actor     who asks
     * @param permitted the kinds that may
     * @param action    what is asked, for the rule's text
     * @return the actor, or {@code Forbidden}
     */
    public static Either<Rejection, Actor> authorize(Actor actor, Set<ActorKind> permitted, String action) {
        return permitted.contains(actor.kind())
                ? Either.right(actor)
                : Either.left(new Rejection.Forbidden(actor, action,
                        "only " + ActorKind.describe(permitted) + " may " + action));
    }
}
