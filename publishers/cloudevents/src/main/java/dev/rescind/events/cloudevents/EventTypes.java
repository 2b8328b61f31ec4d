package dev.rescind.events.cloudevents;

import dev.rescind.domain.cancellation.CancellationRequestEvent;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent;
import dev.rescind.domain.returns.ReturnEvent;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.DomainEvent;
import dev.rescind.domain.shipment.ShipmentEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CloudEvents {@code type} of every event record: {@code dev.rescind.<aggregate>.<event>.v<N>}, such as
 * {@code dev.rescind.shipment.cancelled.v1}. The event part is the record's name without its aggregate's
 * prefix, in snake_case. A type name, once published, never changes meaning: a change to an event's data
 * that a v1 consumer cannot read is published under v2.
 */
final class EventTypes {

    static final String PREFIX = "dev.rescind.";
    static final int VERSION = 1;

    /** One event record's published identity. */
    record EventType(String name, AggregateType aggregateType, Class<? extends DomainEvent> eventClass) {
    }

    private static final Map<AggregateType, Class<? extends DomainEvent>> FAMILIES = familiesInOrder();

    private static final List<EventType> ALL;
    private static final Map<String, EventType> BY_NAME = new LinkedHashMap<>();
    private static final Map<Class<?>, EventType> BY_CLASS = new LinkedHashMap<>();

    static {
        List<EventType> all = new ArrayList<>();
        FAMILIES.forEach((aggregateType, family) -> {
            for (Class<?> member : family.getPermittedSubclasses()) {
                EventType type = new EventType(nameOf(aggregateType, family, member), aggregateType,
                        member.asSubclass(DomainEvent.class));
                all.add(type);
                if (BY_NAME.put(type.name(), type) != null) {
                    throw new IllegalStateException("two events are published as " + type.name());
                }
                BY_CLASS.put(member, type);
            }
        });
        ALL = Collections.unmodifiableList(all);
    }

    private EventTypes() {
    }

    static List<EventType> all() {
        return ALL;
    }

    static EventType of(Class<?> eventClass) {
        EventType type = BY_CLASS.get(eventClass);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not a published Rescind event");
        }
        return type;
    }

    static EventType named(String name) {
        EventType type = BY_NAME.get(name);
        if (type == null) {
            throw new UnreadableEventException("type " + name + " is not a Rescind event type this version knows");
        }
        return type;
    }

    /** {@code FULFILLMENT_ORDER} is {@code fulfillment_order}, in type names and sources alike. */
    static String segment(AggregateType aggregateType) {
        return aggregateType.name().toLowerCase(Locale.ROOT);
    }

    static AggregateType aggregateTypeOf(String segment) {
        for (AggregateType type : FAMILIES.keySet()) {
            if (segment(type).equals(segment)) {
                return type;
            }
        }
        throw new UnreadableEventException("no aggregate type is named " + segment);
    }

    /** {@code ShipmentCancelled} of {@code ShipmentEvent} is {@code dev.rescind.shipment.cancelled.v1}. */
    private static String nameOf(AggregateType aggregateType, Class<?> family, Class<?> member) {
        String simpleName = member.getSimpleName();
        String aggregatePrefix = family.getSimpleName().substring(0, family.getSimpleName().length()
                - "Event".length());
        boolean prefixed = simpleName.startsWith(aggregatePrefix) && simpleName.length() > aggregatePrefix.length()
                && Character.isUpperCase(simpleName.charAt(aggregatePrefix.length()));
        String event = prefixed ? simpleName.substring(aggregatePrefix.length()) : simpleName;
        return PREFIX + segment(aggregateType) + "." + EventData.memberName(Character.toLowerCase(event.charAt(0))
                + event.substring(1)) + ".v" + VERSION;
    }

    private static Map<AggregateType, Class<? extends DomainEvent>> familiesInOrder() {
        Map<AggregateType, Class<? extends DomainEvent>> families = new LinkedHashMap<>();
        families.put(AggregateType.SHIPMENT, ShipmentEvent.class);
        families.put(AggregateType.RETURN, ReturnEvent.class);
        families.put(AggregateType.FULFILLMENT_ORDER, FulfillmentOrderEvent.class);
        families.put(AggregateType.CANCELLATION_REQUEST, CancellationRequestEvent.class);
        return Collections.unmodifiableMap(families);
    }
}
