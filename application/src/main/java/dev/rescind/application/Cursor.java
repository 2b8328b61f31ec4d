package dev.rescind.application;

import dev.rescind.domain.shared.AggregateId;
import dev.rescind.domain.shared.InvalidInputException;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Try;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque position in a list: the id of the last item seen, base64url-encoded so that callers pass it
 * back unchanged instead of building one. Lists are ordered by id, so a cursor stays valid while items
 * change state.
 *
 * @param afterId the id of the last item seen
 */
public record Cursor(String afterId) {

    /**
     * Checks the id.
     *
     * @param afterId the id of the last item seen
     * @throws dev.rescind.domain.shared.InvalidInputException when {@code afterId} is not an aggregate id
     */
    public Cursor {
        afterId = AggregateId.parse(afterId)
                .getOrElseThrow(invalid -> new InvalidInputException(invalid.under("cursor")));
    }

    /**
     * Reads a cursor token as {@link #encode} wrote it.
     *
     * @param token the token from the caller
     * @return the cursor, or an {@code invalid_cursor} error at {@code cursor}
     */
    public static Either<Rejection.InvalidInput, Cursor> decode(String token) {
        Rejection.InvalidInput invalid = Rejection.InvalidInput.of("cursor", "invalid_cursor",
                "is not a cursor this API returned");
        if (token == null || token.length() > 4 * AggregateId.MAX_LENGTH * 2) {
            return Either.left(invalid);
        }
        return Try.of(() -> new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8))
                .toEither(invalid)
                .flatMap(id -> AggregateId.parse(id).<Rejection.InvalidInput>mapLeft(error -> invalid))
                .map(Cursor::new);
    }

    /** {@return the token to give the caller} */
    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(afterId.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return encode();
    }
}
