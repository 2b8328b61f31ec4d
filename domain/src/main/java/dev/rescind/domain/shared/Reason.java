package dev.rescind.domain.shared;

import io.vavr.control.Either;

/** Why someone cancelled or held something: trimmed, 1 to {@value #MAX_LENGTH} characters, no control characters. */
public record Reason(String value) {

    public static final int MAX_LENGTH = 500;

    public Reason {
        value = Text.orThrow("", Text.bounded(value, MAX_LENGTH));
    }

    public static Either<Rejection.InvalidInput, Reason> of(String raw) {
        return Text.bounded(raw, MAX_LENGTH).map(Reason::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
