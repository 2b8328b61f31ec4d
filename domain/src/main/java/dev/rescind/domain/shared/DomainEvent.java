package dev.rescind.domain.shared;

import io.vavr.control.Option;

/**
 * A fact one accepted command produced for one aggregate. Each aggregate package declares a sealed
 * sub-interface listing its events; the event carries what changed, and its {@link Change} says who and when.
 */
public interface DomainEvent {

    /**
     * A stable name for the wire and the outbox, such as {@code ShipmentCancelled}.
     *
     * @return the event type
     */
    default String eventType() {
        return getClass().getSimpleName();
    }

    /**
     * The reason or message the event carries, for an audit trail's "why"; empty when it carries none.
     *
     * @return the detail, if any
     */
    default Option<String> detail() {
        return Option.none();
    }
}
