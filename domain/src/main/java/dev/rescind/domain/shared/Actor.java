package dev.rescind.domain.shared;

import io.vavr.control.Either;

/**
 * Who issued a command, recorded on every event (ReturnQueen's {@code cancelled_by_id}).
 *
 * @param kind what sort of party this is
 * @param id   the party's own identifier: an API key id, a fulfillment service id, a carrier id
 */
public record Actor(ActorKind kind, String id) {

    public static final int MAX_ID_LENGTH = 128;

    public Actor {
        Check.start().required("kind", kind).orThrow();
        id = Text.orThrow("id", Text.token(id, MAX_ID_LENGTH));
    }

    public static Either<Rejection.InvalidInput, Actor> of(ActorKind kind, String id) {
        Check check = Check.start().required("kind", kind);
        String validId = check.field("id", Text.token(id, MAX_ID_LENGTH));
        return check.result(() -> new Actor(kind, validId));
    }

    /**
     * Parses an actor's id as it arrives in a request (an API key id from an {@code Authorization} header):
     * never throws, so that a handler can chain it into a command's answer with {@code flatMap}; bad input is a
     * {@link Rejection.InvalidInput} whose errors name the field {@code actor.id}.
     */
    public static Either<Rejection, Actor> parse(ActorKind kind, String id) {
        return Either.narrow(of(kind, id).mapLeft(invalid -> invalid.under("actor")));
    }

    public static Actor merchant(String id) {
        return new Actor(ActorKind.MERCHANT, id);
    }

    public static Actor apiKey(String id) {
        return new Actor(ActorKind.API_KEY, id);
    }

    public static Actor fulfillmentService(String id) {
        return new Actor(ActorKind.FULFILLMENT_SERVICE, id);
    }

    public static Actor carrier(String id) {
        return new Actor(ActorKind.CARRIER, id);
    }

    public static Actor customer(String id) {
        return new Actor(ActorKind.CUSTOMER, id);
    }

    public static Actor system(String id) {
        return new Actor(ActorKind.SYSTEM, id);
    }

    public boolean is(ActorKind other) {
        return kind == other;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + ":" + id;
    }
}
