package dev.rescind.domain.cancellation;

import dev.rescind.domain.shared.AggregateId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;

public record CancellationRequestId(String value) implements AggregateId {

    public CancellationRequestId {
        value = AggregateId.requireValid(value);
    }

    public static Either<Rejection.InvalidInput, CancellationRequestId> of(String raw) {
        return AggregateId.parse(raw).map(CancellationRequestId::new);
    }

    @Override
    public AggregateType type() {
        return AggregateType.CANCELLATION_REQUEST;
    }

    @Override
    public String toString() {
        return value;
    }
}
