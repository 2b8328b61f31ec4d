package dev.rescind.domain.shared;

import io.vavr.control.Either;

/**
 * An identifier owned by another system that Rescind stores but never interprets: a carrier id, a pickup
 * id, a draft order id, a tracking number. A token of 1 to {@value #MAX_LENGTH} characters.
 *
 * @param value the reference
 */
public record Reference(String value) {

    /** The longest reference, in characters. */
    public static final int MAX_LENGTH = 128;

    /**
     * Checks the reference.
     *
     * @throws InvalidInputException when it is not a token of 1 to {@value #MAX_LENGTH} characters
     *
     * @param value the reference
     */
    public Reference {
        value = Text.orThrow("", Text.token(value, MAX_LENGTH));
    }

    /**
     * Reads a reference, with errors at the empty path.
     *
     * @param raw the text as received; null when absent
     * @return the reference, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, Reference> of(String raw) {
        return Text.token(raw, MAX_LENGTH).map(Reference::new);
    }

    /**
     * Parses a reference as it arrives in a request: never throws, so that a handler can chain it into a command's
     * answer with {@code flatMap}; bad input is a {@link Rejection.InvalidInput} whose errors name the field
     * {@code reference}.
     *
     * @param raw the text as received; null when absent
     * @return the reference, or an error at {@code reference}
     */
    public static Either<Rejection, Reference> parse(String raw) {
        return Either.narrow(of(raw).mapLeft(invalid -> invalid.under("reference")));
    }

    @Override
    public String toString() {
        return value;
    }
}
