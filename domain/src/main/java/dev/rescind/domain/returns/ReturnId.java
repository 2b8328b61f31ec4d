package dev.rescind.domain.returns;

import dev.rescind.domain.shared.AggregateId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;

/** A return's id: Sendcloud's integer, parcelLab's 24-character id, or any opaque id of the host's. */
public record ReturnId(String value) implements AggregateId {

    public ReturnId {
        value = AggregateId.requireValid(value);
    }

    public static Either<Rejection.InvalidInput, ReturnId> of(String raw) {
        return AggregateId.parse(raw).map(ReturnId::new);
    }

    @Override
    public AggregateType type() {
        return AggregateType.RETURN;
    }

    @Override
    public String toString() {
        return value;
    }
}
