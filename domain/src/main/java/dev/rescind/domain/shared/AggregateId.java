package dev.rescind.domain.shared;

import io.vavr.control.Either;

/**
 * An aggregate's identity: an opaque value the host brings (a UUID, a number, a 24-character id) or the
 * injected id supplier makes. At most {@value #MAX_LENGTH} characters, no white space or control characters.
 */
public interface AggregateId {

    /** The longest id, in characters. */
    int MAX_LENGTH = 64;

    /** {@return the id} */
    String value();

    /** {@return the type of aggregate it names} */
    AggregateType type();

    /**
     * Validates a raw id; errors are reported at the empty path (the id itself).
     *
     * @param raw the id as received; null when absent
     * @return the id, or what is wrong with it
     */
    static Either<Rejection.InvalidInput, String> parse(String raw) {
        return Text.token(raw, MAX_LENGTH);
    }

    /**
     * For canonical constructors of id records: the normalised id, or an {@link InvalidInputException}.
     *
     * @param raw the id
     * @return the id
     */
    static String requireValid(String raw) {
        return Text.orThrow("", parse(raw));
    }
}
