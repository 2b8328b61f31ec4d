package dev.rescind.domain.shared;

import io.vavr.control.Either;

/**
 * The merchant, shop or account that owns an aggregate. Every read and write is scoped by it; another
 * tenant's aggregate does not exist for the caller.
 *
 * @param value the tenant id
 */
public record TenantId(String value) {

    /** The longest tenant id, in characters. */
    public static final int MAX_LENGTH = 64;

    /**
     * Checks the tenant id.
     *
     * @throws InvalidInputException when it is not a token of 1 to {@value #MAX_LENGTH} characters
     *
     * @param value the tenant id
     */
    public TenantId {
        value = Text.orThrow("", Text.token(value, MAX_LENGTH));
    }

    /**
     * Reads a tenant id, with errors at the empty path.
     *
     * @param raw the text as received; null when absent
     * @return the tenant id, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, TenantId> of(String raw) {
        return Text.token(raw, MAX_LENGTH).map(TenantId::new);
    }

    /**
     * Parses a tenant id (a shop, an account) as it arrives in a request: never throws, so that a handler can chain it
     * into a command's answer with {@code flatMap}; bad input is a {@link Rejection.InvalidInput} whose errors name the
     * field {@code tenant}.
     *
     * @param raw the text as received; null when absent
     * @return the tenant id, or an error at {@code tenant}
     */
    public static Either<Rejection, TenantId> parse(String raw) {
        return Either.narrow(of(raw).mapLeft(invalid -> invalid.under("tenant")));
    }

    @Override
    public String toString() {
        return value;
    }
}
