package dev.rescind.domain.shared;

import io.vavr.control.Either;

/**
 * Who issued a command, recorded on every event (ReturnQueen's {@code cancelled_by_id}).
 *
 * @param kind what sort of party this is
 * @param id   the party's own identifier: an API key id, a fulfillment service id, a carrier id
 */
public record Actor(ActorKind kind, String id) {

    /** The longest actor id, in characters. */
    public static final int MAX_ID_LENGTH = 128;

    /**
     * Checks the actor.
     *
     * @param kind what sort of party this is
     * @param id   the party's own identifier: an API key id, a fulfillment service id, a carrier id
     * @throws InvalidInputException when {@code kind} is null or {@code id} is not a token of 1 to
     *         {@value #MAX_ID_LENGTH} characters
     */
    public Actor {
        Check.start().required("kind", kind).orThrow();
        id = Text.orThrow("id", Text.token(id, MAX_ID_LENGTH));
    }

    /**
     * Reads an actor, with errors at {@code id}.
     *
     * @param kind the actor's kind
     * @param id   its id as received
     * @return the actor, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, Actor> of(ActorKind kind, String id) {
        Check check = Check.start().required("kind", kind);
        String validId = check.field("id", Text.token(id, MAX_ID_LENGTH));
        return check.result(() -> new Actor(kind, validId));
    }

    /**
     * Parses an actor's id as it arrives in a request (an API key id from an {@code Authorization} header):
     * never throws, so that a handler can chain it into a command's answer with {@code flatMap}; bad input is a
     * {@link Rejection.InvalidInput} whose errors name the field {@code actor.id}.
     *
     * @param kind the actor's kind
     * @param id   its id as received; null when absent
     * @return the actor, or an error at {@code actor.id}
     */
    public static Either<Rejection, Actor> parse(ActorKind kind, String id) {
        return Either.narrow(of(kind, id).mapLeft(invalid -> invalid.under("actor")));
    }

    /**
     * {@return the merchant's user {@code id}}
     *
     * @param id the id
     */
    public static Actor merchant(String id) {
        return new Actor(ActorKind.MERCHANT, id);
    }

    /**
     * {@return the holder of API key {@code id}}
     *
     * @param id the key's id
     */
    public static Actor apiKey(String id) {
        return new Actor(ActorKind.API_KEY, id);
    }

    /**
     * {@return the fulfillment service {@code id}}
     *
     * @param id the service's id
     */
    public static Actor fulfillmentService(String id) {
        return new Actor(ActorKind.FULFILLMENT_SERVICE, id);
    }

    /**
     * {@return the carrier {@code id}}
     *
     * @param id the carrier's id
     */
    public static Actor carrier(String id) {
        return new Actor(ActorKind.CARRIER, id);
    }

    /**
     * {@return the customer {@code id}}
     *
     * @param id the customer's id
     */
    public static Actor customer(String id) {
        return new Actor(ActorKind.CUSTOMER, id);
    }

    /**
     * {@return Rescind or the host acting on its own, as {@code id}}
     *
     * @param id the system's name
     */
    public static Actor system(String id) {
        return new Actor(ActorKind.SYSTEM, id);
    }

    /**
     * Whether this actor is of kind {@code other}.
     *
     * @param other a kind
     * @return {@code true} when it is
     */
    public boolean is(ActorKind other) {
        return kind == other;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + ":" + id;
    }
}
