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

    @Override
    public String toString() {
        return value;
    }
}
