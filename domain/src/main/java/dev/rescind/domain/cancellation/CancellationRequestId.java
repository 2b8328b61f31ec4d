package dev.rescind.domain.cancellation;

import dev.rescind.domain.shared.AggregateId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;

/**
 * The id of a cancellation request: a token of 1 to {@value AggregateId#MAX_LENGTH} characters.
 *
 * @param value the id
 */
public record CancellationRequestId(String value) implements AggregateId {

    /**
     * Checks the id.
     *
     * @param value the id
     * @throws dev.rescind.domain.shared.InvalidInputException when it is not a valid id
     */
    public CancellationRequestId {
        value = AggregateId.requireValid(value);
    }

    /**
     * Reads an id.
     *
     * @param raw the id as received; null when absent
     * @return the id, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, CancellationRequestId> of(String raw) {
        return AggregateId.parse(raw).map(CancellationRequestId::new);
    }

    /**
     * Parses a cancellation request id as it arrives in a request (a path segment, a JSON field): never throws, so that
     * a handler can chain it into a command's answer with {@code flatMap}; bad input is a
     * {@link Rejection.InvalidInput} whose errors name the field {@code cancellationRequestId}.
     *
     * @param raw the id as received; null when absent
     * @return the id, or an error at {@code cancellationRequestId}
     */
    public static Either<Rejection, CancellationRequestId> parse(String raw) {
        return Either.narrow(of(raw).mapLeft(invalid -> invalid.under("cancellationRequestId")));
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
