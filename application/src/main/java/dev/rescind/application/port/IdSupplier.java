package dev.rescind.application.port;

/**
 * Makes the ids Rescind needs itself: event ids, cancellation request ids, replacement fulfillment order
 * ids, correlation ids. Must not repeat. Hosts with their own id scheme pass theirs; the default is
 * {@link dev.rescind.application.RandomUuids}.
 */
@FunctionalInterface
public interface IdSupplier {

    /**
     * {@return a new id, never handed out before: for events, effects, cancellation requests and replacement orders}
     */
    String nextId();
}
