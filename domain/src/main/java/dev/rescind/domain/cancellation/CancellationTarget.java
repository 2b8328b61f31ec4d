package dev.rescind.domain.cancellation;

import dev.rescind.domain.shared.AggregateId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Check;

/**
 * The aggregate a cancellation request is about: a return or a fulfillment order, by id only.
 *
 * @param type {@code RETURN} or {@code FULFILLMENT_ORDER}
 * @param id   the aggregate's id
 */
public record CancellationTarget(AggregateType type, String id) {

    /**
     * Checks the target.
     *
     * @param type {@code RETURN} or {@code FULFILLMENT_ORDER}
     * @param id   the aggregate's id
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null or the id is invalid
     * @throws IllegalArgumentException for an aggregate type that takes no cancellation requests
     */
    public CancellationTarget {
        Check.start().required("type", type).required("id", id).orThrow();
        id = AggregateId.requireValid(id);
        if (type != AggregateType.RETURN && type != AggregateType.FULFILLMENT_ORDER) {
            throw new IllegalArgumentException("only returns and fulfillment orders take cancellation requests");
        }
    }

    /**
     * The target of an aggregate's id.
     *
     * @param target a return's or fulfillment order's id
     * @return the target
     */
    public static CancellationTarget of(AggregateId target) {
        return new CancellationTarget(target.type(), target.value());
    }

    @Override
    public String toString() {
        return type.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
