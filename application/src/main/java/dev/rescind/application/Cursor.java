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
 */
public record Cursor(String afterId) {

    public Cursor {
        afterId = AggregateId.parse(afterId)
                .getOrElseThrow(invalid -> new InvalidInputException(invalid.under("cursor")));
    }

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

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(afterId.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return encode();
    }
}
