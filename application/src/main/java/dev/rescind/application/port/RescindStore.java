package dev.rescind.application.port;

import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.AggregateId;
import java.util.function.Supplier;

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

    UnitOfWork unitOfWork();

    /**
     * Runs one command: {@code work} reads from this store, decides, and commits through {@link #unitOfWork()},
     * perhaps more than once after a conflict. A store may run all of it on one connection, the reads inside
     * the transaction that the next commit ends; every promise of {@link UnitOfWork} holds at each commit as
     * it does outside. What {@code work} returns or throws is passed on. By default {@code work} simply runs.
     */
    default <T> T command(Supplier<T> work) {
        return work.get();
    }
}
