package dev.rescind.domain.cancellation;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.Check;
import io.vavr.control.Option;

/**
 * Who alone may answer a cancellation request: the fulfillment service the order is assigned to
 * (Shopify), or the return's carrier (Sendcloud). When {@code id} is empty any actor of that kind may
 * answer, for carriers the host does not identify.
 */
public record Responder(ActorKind kind, Option<String> id) {

    public Responder {
        Check.start().required("kind", kind).required("id", id).orThrow();
    }

    public static Responder exactly(Actor actor) {
        return new Responder(actor.kind(), Option.some(actor.id()));
    }

    public static Responder anyOf(ActorKind kind) {
        return new Responder(kind, Option.none());
    }

    public boolean matches(Actor actor) {
        return actor.kind() == kind && (id.isEmpty() || id.get().equals(actor.id()));
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + id.map(value -> ":" + value).getOrElse("");
    }
}
