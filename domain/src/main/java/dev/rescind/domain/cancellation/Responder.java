package dev.rescind.domain.cancellation;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.Check;
import io.vavr.control.Option;

/**
 * Who alone may answer a cancellation request: the fulfillment service the order is assigned to
 * (Shopify), or the return's carrier (Sendcloud). When {@code id} is empty any actor of that kind may
 * answer, for carriers the host does not identify.
 *
 * @param kind the kind of actor who may answer
 * @param id   that actor's id; empty for any actor of the kind
 */
public record Responder(ActorKind kind, Option<String> id) {

    /**
     * Checks that no component is null.
     *
     * @param kind the kind of actor who may answer
     * @param id   that actor's id; empty for any actor of the kind
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public Responder {
        Check.start().required("kind", kind).required("id", id).orThrow();
    }

    /**
     * Only {@code actor} may answer.
     *
     * @param actor the responder
     * @return the responder
     */
    public static Responder exactly(Actor actor) {
        return new Responder(actor.kind(), Option.some(actor.id()));
    }

    /**
     * Any actor of {@code kind} may answer.
     *
     * @param kind the kind
     * @return the responder
     */
    public static Responder anyOf(ActorKind kind) {
        return new Responder(kind, Option.none());
    }

    /**
     * Whether {@code actor} may answer.
     *
     * @param actor who tries to answer
     * @return {@code true} when it may
     */
    public boolean matches(Actor actor) {
        return actor.kind() == kind && (id.isEmpty() || id.get().equals(actor.id()));
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + id.map(value -> ":" + value).getOrElse("");
    }
}
