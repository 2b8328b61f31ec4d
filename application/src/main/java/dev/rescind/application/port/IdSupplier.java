package dev.rescind.application.port;

/**
 * Makes the ids Rescind needs itself: event ids, cancellation request ids, replacement fulfillment order
 * ids, correlation ids. Must not repeat. Hosts with their own id scheme pass theirs.
 */
@FunctionalInterface
public interface IdSupplier {

    String nextId();

    /** Random (version 4) UUIDs, as {@code UUID.randomUUID()} makes them. */
    static IdSupplier randomUuids() {
        return new RandomUuids();
    }
}
