package dev.rescind.domain.shared;

import io.vavr.control.Either;

/**
 * A short piece of display text such as an address line, a city or a phone number: trimmed, at most
 * {@value #MAX_LENGTH} characters, no control characters. Unlike {@link Reason} it may be empty, because
 * the source APIs distinguish an empty field ({@code "address2": ""}) from a missing one.
 */
public record ShortText(String value) {

    public static final int MAX_LENGTH = 255;

    public ShortText {
        value = Text.orThrow("", parse(value));
    }

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
