package dev.rescind.application;

import dev.rescind.domain.shared.InvalidInputException;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.Text;
import io.vavr.control.Either;

/**
 * A caller's key for one logical request (an {@code Idempotency-Key} header), unique per tenant: the same key
 * with the same command replays the first answer; with a different command it is
 * {@link Rejection.IdempotencyKeyReused}. A token of 1 to {@value #MAX_LENGTH} characters.
 *
 * @param value the key as the caller sent it
 */
public record IdempotencyKey(String value) {

    /** The longest key, in characters. */
    public static final int MAX_LENGTH = 255;

    /**
     * Checks the key.
     *
     * @param value the key as the caller sent it
     * @throws dev.rescind.domain.shared.InvalidInputException when it is not a token of 1 to
     *         {@value #MAX_LENGTH} characters
     */
    public IdempotencyKey {
        value = Text.token(value, MAX_LENGTH)
                .getOrElseThrow(invalid -> new InvalidInputException(invalid.under("idempotencyKey")));
    }

    /**
     * Reads a key, with errors at {@code idempotencyKey}.
     *
     * @param raw the key as the caller sent it; null when absent
     * @return the key, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, IdempotencyKey> of(String raw) {
        return Text.token(raw, MAX_LENGTH).mapLeft(invalid -> invalid.under("idempotencyKey"))
                .map(IdempotencyKey::new);
    }

    /**
     * Parses an {@code Idempotency-Key} header: never throws, so that a handler can chain it into a command's answer
     * with {@code flatMap}; bad input is a {@link Rejection.InvalidInput} whose errors name the field
     * {@code idempotencyKey}.
     *
     * @param raw the header's value; null when absent
     * @return the key, or what is wrong with it
     */
    public static Either<Rejection, IdempotencyKey> parse(String raw) {
        return Either.narrow(of(raw));
    }

    @Override
    public String toString() {
        return value;
    }
}
