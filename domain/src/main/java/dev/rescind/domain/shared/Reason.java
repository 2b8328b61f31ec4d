package dev.rescind.domain.shared;

import io.vavr.control.Either;

/**
 * Why someone cancelled or held something: trimmed, 1 to {@value #MAX_LENGTH} characters, no control characters.
 *
 * @param value the reason
 */
public record Reason(String value) {

    /** The longest reason, in characters. */
    public static final int MAX_LENGTH = 500;

    /**
     * Checks the reason.
     *
     * @throws InvalidInputException when it is null, blank or longer than {@value #MAX_LENGTH} characters
     *
     * @param value the reason
     */
    public Reason {
        value = Text.orThrow("", Text.bounded(value, MAX_LENGTH));
    }

    /**
     * Reads a reason, with errors at the empty path.
     *
     * @param raw the text as received; null when absent
     * @return the reason, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, Reason> of(String raw) {
        return Text.bounded(raw, MAX_LENGTH).map(Reason::new);
    }

    /**
     * Parses a reason as it arrives in a request: never throws, so that a handler can chain it into a command's answer
     * with {@code flatMap}; bad input is a {@link Rejection.InvalidInput} whose errors name the field {@code reason}.
     *
     * @param raw the text as received; null when absent
     * @return the reason, or an error at {@code reason}
     */
    public static Either<Rejection, Reason> parse(String raw) {
        return Either.narrow(of(raw).mapLeft(invalid -> invalid.under("reason")));
    }

    @Override
    public String toString() {
        return value;
    }
}
