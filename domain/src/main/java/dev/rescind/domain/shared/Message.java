package dev.rescind.domain.shared;

import io.vavr.control.Either;

/**
 * A message sent with a request or an answer (Shopify's {@code cancellation_request.message}): trimmed,
 * 1 to {@value #MAX_LENGTH} characters, no control characters.
 */
public record Message(String value) {

    public static final int MAX_LENGTH = 1000;

    public Message {
        value = Text.orThrow("", Text.bounded(value, MAX_LENGTH));
    }

    public static Either<Rejection.InvalidInput, Message> of(String raw) {
        return Text.bounded(raw, MAX_LENGTH).map(Message::new);
    }

    /**
     * Parses a message as it arrives in a request: never throws, so that a handler can chain it into a command's answer
     * with {@code flatMap}; bad input is a {@link Rejection.InvalidInput} whose errors name the field {@code message}.
     */
    public static Either<Rejection, Message> parse(String raw) {
        return Either.narrow(of(raw).mapLeft(invalid -> invalid.under("message")));
    }

    @Override
    public String toString() {
        return value;
    }
}
