package dev.rescind.application;

import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** How much of a list to read: at most {@code limit} items after {@code after}. */
public record PageRequest(int limit, Option<Cursor> after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT || after == null) {
            throw new dev.rescind.domain.shared.InvalidInputException(invalidLimit());
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Option.none());
    }

    public static PageRequest firstPage() {
        return first(DEFAULT_LIMIT);
    }

    /** Parses a page request as it arrives from a caller: a limit and an optional cursor token. */
    public static Either<Rejection.InvalidInput, PageRequest> of(int limit, String cursorToken) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return Either.left(invalidLimit());
        }
        if (cursorToken == null) {
            return Either.right(new PageRequest(limit, Option.none()));
        }
        return Cursor.decode(cursorToken).map(cursor -> new PageRequest(limit, Option.some(cursor)));
    }

    public PageRequest next(Cursor cursor) {
        return new PageRequest(limit, Option.some(cursor));
    }

    private static Rejection.InvalidInput invalidLimit() {
        return Rejection.InvalidInput.of("limit", "out_of_range", "must be between 1 and " + MAX_LIMIT);
    }
}
