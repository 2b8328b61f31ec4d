package dev.rescind.application.port;

/**
 * Makes the ids Rescind needs itself: event ids, cancellation request ids, replacement fulfillment order
 * ids, correlation ids. Must not repeat. Hosts with their own id scheme pass theirs; the default is
 * {@link dev.rescind.application.RandomUuids}.
 */
@FunctionalInterface
public interface IdSupplier {

    String nextId();
}
