package dev.rescind.application.port;

import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.AggregateId;

/**
 * Everything Rescind keeps, as one store a host plugs in (the in-memory store, the JDBC store, or its own;
 * the testkit's contract tests say whether a store keeps these promises).
 */
public interface RescindStore {

    /**
     * The repository of the aggregates {@code descriptor} describes: the same data as the typed accessors
     * below ({@link #shipments()} for {@code Shipment.DESCRIPTOR}), for code that treats every aggregate
     * alike.
     */
    <A extends Aggregate, I extends AggregateId, S extends Enum<S>> Repository<A, I, S> repository(
            AggregateDescriptor<A, I, S> descriptor);

    Shipments shipments();

    Returns returns();

    FulfillmentOrders fulfillmentOrders();

    CancellationRequests cancellationRequests();

    EventLog events();

    IdempotencyRecords idempotency();

    EffectJournal effects();

    /** The planned effects not yet done, written by {@link #unitOfWork()} with their transitions. */
    EffectOutbox effectOutbox();

    /** The deadlines not yet decided, written by {@link #unitOfWork()} with the decisions that set them. */
    Deadlines deadlines();

    UnitOfWork unitOfWork();
}
