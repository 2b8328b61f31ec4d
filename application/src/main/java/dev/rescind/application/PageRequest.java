package dev.rescind.application;

import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * How much of a list to read: at most {@code limit} items after {@code after}.
 *
 * @param limit the most items, 1 to {@value #MAX_LIMIT}
 * @param after the cursor of the previous page; none for the first
 */
public record PageRequest(int limit, Option<Cursor> after) {

    /** The limit of {@link #firstPage()}. */
    public static final int DEFAULT_LIMIT = 50;
    /** The highest limit. */
    public static final int MAX_LIMIT = 500;

    /**
     * Checks the limit.
     *
     * @param limit the most items, 1 to {@value #MAX_LIMIT}
     * @param after the cursor of the previous page; none for the first
     * @throws dev.rescind.domain.shared.InvalidInputException when {@code limit} is out of range or
     *         {@code after} is null
     */
    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT || after == null) {
            throw new dev.rescind.domain.shared.InvalidInputException(invalidLimit());
        }
    }

    /**
     * The first page.
     *
     * @param limit the most items
     * @return the request
     */
    public static PageRequest first(int limit) {
        return new PageRequest(limit, Option.none());
    }

    /** {@return the first page of {@value #DEFAULT_LIMIT} items} */
    public static PageRequest firstPage() {
        return first(DEFAULT_LIMIT);
    }

    /**
     * Parses a page request as it arrives from a caller: a limit and an optional cursor token.
     *
     * @param limit       the most items
     * @param cursorToken a token a page gave as its {@code next}; null for the first page
     * @return the request, or an error at {@code limit} or {@code cursor}
     */
    public static Either<Rejection.InvalidInput, PageRequest> of(int limit, String cursorToken) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return Either.left(invalidLimit());
        }
        if (cursorToken == null) {
            return Either.right(new PageRequest(limit, Option.none()));
        }
        return Cursor.decode(cursorToken).map(cursor -> new PageRequest(limit, Option.some(cursor)));
    }

    /**
     * The page after {@code cursor}, of the same size.
     *
     * @param cursor the previous page's {@code next}
     * @return the request
     */
    public PageRequest next(Cursor cursor) {
        return new PageRequest(limit, Option.some(cursor));
    }

    private static Rejection.InvalidInput invalidLimit() {
        return Rejection.InvalidInput.of("limit", "out_of_range", "must be between 1 and " + MAX_LIMIT);
    }
}
