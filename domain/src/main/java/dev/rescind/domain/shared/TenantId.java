package dev.rescind.domain.shared;

import io.vavr.control.Either;

/**
 * The merchant, shop or account that owns an aggregate. Every read and write is scoped by it; another
 * tenant's aggregate does not exist for the caller.
 */
public record TenantId(String value) {

    public static final int MAX_LENGTH = 64;

    public TenantId {
        value = Text.orThrow("", Text.token(value, MAX_LENGTH));
    }

    public static Either<Rejection.InvalidInput, TenantId> of(String raw) {
        return Text.token(raw, MAX_LENGTH).map(TenantId::new);
    }

    /**
     * Parses a tenant id (a shop, an account) as it arrives in a request: never throws, so that a handler can chain it
     * into a command's answer with {@code flatMap}; bad input is a {@link Rejection.InvalidInput} whose errors name the
     * field {@code tenant}.
     */
    public static Either<Rejection, TenantId> parse(String raw) {
        return Either.narrow(of(raw).mapLeft(invalid -> invalid.under("tenant")));
    }

    @Override
    public String toString() {
        return value;
    }
}
