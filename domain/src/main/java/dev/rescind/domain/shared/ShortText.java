package dev.rescind.domain.shared;

import io.vavr.control.Either;

/**
 * A short piece of display text such as an address line, a city or a phone number: trimmed, at most
 * {@value #MAX_LENGTH} characters, no control characters. Unlike {@link Reason} it may be empty, because
 * the source APIs distinguish an empty field ({@code "address2": ""}) from a missing one.
 *
 * @param value the text
 */
public record ShortText(String value) {

    /** The longest text, in characters. */
    public static final int MAX_LENGTH = 255;

    /**
     * Checks the text.
     *
     * @throws InvalidInputException when it is longer than {@value #MAX_LENGTH} characters
     *
     * @param value the text
     */
    public ShortText {
        value = Text.orThrow("", parse(value));
    }

    /**
     * Reads a text, with errors at the empty path.
     *
     * @param raw the text as received; null when absent
     * @return the text, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, ShortText> of(String raw) {
        return parse(raw).map(ShortText::new);
    }

    private static Either<Rejection.InvalidInput, String> parse(String raw) {
        if (raw != null && Text.trim(raw).isEmpty()) {
            return Either.right("");
        }
        return Text.bounded(raw, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
