package dev.rescind.domain.shipment;

import dev.rescind.domain.shared.AggregateId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;

/**
 * A shipment's id; ReturnQueen uses UUIDs, but any opaque id of the host's is accepted.
 *
 * @param value the id
 */
public record ShipmentId(String value) implements AggregateId {

    /**
     * Checks the id.
     *
     * @throws dev.rescind.domain.shared.InvalidInputException when it is not a valid id
     *
     * @param value the id
     */
    public ShipmentId {
        value = AggregateId.requireValid(value);
    }

    /**
     * Reads an id.
     *
     * @param raw the id as received; null when absent
     * @return the id, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, ShipmentId> of(String raw) {
        return AggregateId.parse(raw).map(ShipmentId::new);
    }

    /**
     * Parses a shipment id as it arrives in a request (a path segment, a JSON field): never throws, so that a handler
     * can chain it into a command's answer with {@code flatMap}; bad input is a {@link Rejection.InvalidInput} whose
     * errors name the field {@code shipmentId}.
     *
     * @param raw the id as received; null when absent
     * @return the id, or an error at {@code shipmentId}
     */
    public static Either<Rejection, ShipmentId> parse(String raw) {
        return Either.narrow(of(raw).mapLeft(invalid -> invalid.under("shipmentId")));
    }

    @Override
    public AggregateType type() {
        return AggregateType.SHIPMENT;
    }

    @Override
    public String toString() {
        return value;
    }
}
