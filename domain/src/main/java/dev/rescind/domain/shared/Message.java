package dev.rescind.domain.shared;

import io.vavr.control.Either;

/**
 * A message sent with a request or an answer (Shopify's {@code cancellation_request.message}): trimmed,
 * 1 to {@value #MAX_LENGTH} characters, no control characters.
 *
 * @param value the message
 */
public record Message(String value) {

    /** The longest message, in characters. */
    public static final int MAX_LENGTH = 1000;

    /**
     * Checks the message.
     *
     * @throws InvalidInputException when it is null, blank or longer than {@value #MAX_LENGTH} characters
     *
     * @param value the message
     */
    public Message {
        value = Text.orThrow("", Text.bounded(value, MAX_LENGTH));
    }

    /**
     * Reads a message, with errors at the empty path.
     *
     * @param raw the text as received; null when absent
     * @return the message, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, Message> of(String raw) {
        return Text.bounded(raw, MAX_LENGTH).map(Message::new);
    }

    /**
     * Parses a message as it arrives in a request: never throws, so that a handler can chain it into a command's answer
     * with {@code flatMap}; bad input is a {@link Rejection.InvalidInput} whose errors name the field {@code message}.
     *
     * @param raw the text as received; null when absent
     * @return the message, or an error at {@code message}
     */
    public static Either<Rejection, Message> parse(String raw) {
        return Either.narrow(of(raw).mapLeft(invalid -> invalid.under("message")));
    }

    @Override
    public String toString() {
        return value;
    }
}
