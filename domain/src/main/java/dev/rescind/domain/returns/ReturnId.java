package dev.rescind.domain.returns;

import dev.rescind.domain.shared.AggregateId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;

/**
 * A return's id: Sendcloud's integer, parcelLab's 24-character id, or any opaque id of the host's.
 *
 * @param value the id
 */
public record ReturnId(String value) implements AggregateId {

    /**
     * Checks the id.
     *
     * @throws dev.rescind.domain.shared.InvalidInputException when it is not a valid id
     *
     * @param value the id
     */
    public ReturnId {
        value = AggregateId.requireValid(value);
    }

    /**
     * Reads an id.
     *
     * @param raw the id as received; null when absent
     * @return the id, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, ReturnId> of(String raw) {
        return AggregateId.parse(raw).map(ReturnId::new);
    }

    /**
     * Parses a return id as it arrives in a request (a path segment, a JSON field): never throws, so that a handler can
     * chain it into a command's answer with {@code flatMap}; bad input is a {@link Rejection.InvalidInput} whose errors
     * name the field {@code returnId}.
     *
     * @param raw the id as received; null when absent
     * @return the id, or an error at {@code returnId}
     */
    public static Either<Rejection, ReturnId> parse(String raw) {
        return Either.narrow(of(raw).mapLeft(invalid -> invalid.under("returnId")));
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
