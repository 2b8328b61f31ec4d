package dev.rescind.domain.shared;

import io.vavr.control.Either;

/**
 * An aggregate's identity: an opaque value the host brings (a UUID, a number, a 24-character id) or the
 * injected id supplier makes. At most {@value #MAX_LENGTH} characters, no white space or control characters.
 */
public interface AggregateId {

    int MAX_LENGTH = 64;

    String value();

    AggregateType type();

    /** Validates a raw id; errors are reported at the empty path (the id itself). */
    static Either<Rejection.InvalidInput, String> parse(String raw) {
        return Text.token(raw, MAX_LENGTH);
    }

    /** For canonical constructors of id records: the normalised id, or an {@link InvalidInputException}. */
    static String requireValid(String raw) {
        return Text.orThrow("", parse(raw));
    }
}
