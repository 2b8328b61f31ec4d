package dev.rescind.domain.cancellation;

import dev.rescind.domain.shared.AggregateId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Check;

/** The aggregate a cancellation request is about: a return or a fulfillment order, by id only. */
public record CancellationTarget(AggregateType type, String id) {

    public CancellationTarget {
        Check.start().required("type", type).required("id", id).orThrow();
        id = AggregateId.requireValid(id);
        if (type != AggregateType.RETURN && type != AggregateType.FULFILLMENT_ORDER) {
            throw new IllegalArgumentException("only returns and fulfillment orders take cancellation requests");
        }
    }

    public static CancellationTarget of(AggregateId target) {
        return new CancellationTarget(target.type(), target.value());
    }

    @Override
    public String toString() {
        return type.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
