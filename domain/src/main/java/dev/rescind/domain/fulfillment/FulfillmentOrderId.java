package dev.rescind.domain.fulfillment;

import dev.rescind.domain.shared.AggregateId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;

/**
 * A fulfillment order's id; Shopify's are numbers, but any opaque id of the host's is accepted.
 *
 * @param value the id
 */
public record FulfillmentOrderId(String value) implements AggregateId {

    /**
     * Checks the id.
     *
     * @throws dev.rescind.domain.shared.InvalidInputException when it is not a valid id
     *
     * @param value the id
     */
    public FulfillmentOrderId {
        value = AggregateId.requireValid(value);
    }

    /**
     * Reads an id.
     *
     * @param raw the id as received; null when absent
     * @return the id, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, FulfillmentOrderId> of(String raw) {
        return AggregateId.parse(raw).map(FulfillmentOrderId::new);
    }

    /**
     * Parses a fulfillment order id as it arrives in a request (a path segment, a JSON field): never throws, so that a
     * handler can chain it into a command's answer with {@code flatMap}; bad input is a {@link Rejection.InvalidInput}
     * whose errors name the field {@code fulfillmentOrderId}.
     *
     * @param raw the id as received; null when absent
     * @return the id, or an error at {@code fulfillmentOrderId}
     */
    public static Either<Rejection, FulfillmentOrderId> parse(String raw) {
        return Either.narrow(of(raw).mapLeft(invalid -> invalid.under("fulfillmentOrderId")));
    }

    @Override
    public AggregateType type() {
        return AggregateType.FULFILLMENT_ORDER;
    }

    @Override
    public String toString() {
        return value;
    }
}
