package dev.rescind.application.port;

/**
 * Everything Rescind keeps, as one store a host plugs in (the in-memory store, the JDBC store, or its own;
 * the testkit's contract tests say whether a store keeps these promises).
 */
public interface RescindStore {

    Shipments shipments();

    Returns returns();

    FulfillmentOrders fulfillmentOrders();

    CancellationRequests cancellationRequests();

    EventLog events();

    IdempotencyRecords idempotency();

    EffectJournal effects();

    UnitOfWork unitOfWork();
}
