package dev.rescind.domain;

import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shipment.Shipment;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every aggregate Rescind keeps, by its descriptor: the one list that names them all. Code that treats
 * aggregates alike (stores, codec, pipeline, testkit) iterates this list or looks a descriptor up here.
 */
public final class Aggregates {

    /** One descriptor per {@link AggregateType}, in the enum's order. */
    public static final List<AggregateDescriptor<?, ?, ?>> ALL = List.of(Shipment.DESCRIPTOR, Return.DESCRIPTOR,
            FulfillmentOrder.DESCRIPTOR, CancellationRequest.DESCRIPTOR);

    private static final Map<AggregateType, AggregateDescriptor<?, ?, ?>> BY_TYPE = byType();

    private Aggregates() {
    }

    /**
     * The descriptor of {@code type}.
     *
     * @param type an aggregate type
     * @return its descriptor
     */
    public static AggregateDescriptor<?, ?, ?> of(AggregateType type) {
        return BY_TYPE.get(type);
    }

    /**
     * The descriptor of {@code aggregate}'s type.
     *
     * @param aggregate an aggregate
     * @return the descriptor of its type
     */
    public static AggregateDescriptor<?, ?, ?> of(Aggregate aggregate) {
        return BY_TYPE.get(aggregate.type());
    }

    private static Map<AggregateType, AggregateDescriptor<?, ?, ?>> byType() {
        Map<AggregateType, AggregateDescriptor<?, ?, ?>> byType = new EnumMap<>(AggregateType.class);
        for (AggregateDescriptor<?, ?, ?> descriptor : ALL) {
            if (byType.put(descriptor.type(), descriptor) != null) {
                throw new IllegalStateException("two descriptors for " + descriptor.type());
            }
        }
        if (byType.size() != AggregateType.values().length) {
            throw new IllegalStateException("every aggregate type needs a descriptor");
        }
        return Map.copyOf(byType);
    }
}
