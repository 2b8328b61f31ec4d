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
     *
     * @param <A>        the aggregate's type
     * @param <I>        its id type
     * @param <S>        its status type
     * @param descriptor the aggregate type's descriptor
     * @return the repository
     */
    <A extends Aggregate, I extends AggregateId, S extends Enum<S>> Repository<A, I, S> repository(
            AggregateDescriptor<A, I, S> descriptor);

    /** {@return the shipments} */
    Shipments shipments();

    /** {@return the returns} */
    Returns returns();

    /** {@return the fulfillment orders} */
    FulfillmentOrders fulfillmentOrders();

    /** {@return the cancellation requests} */
    CancellationRequests cancellationRequests();

    /** {@return the outbox of events and the aggregates' histories} */
    EventLog events();

    /** {@return the idempotency records} */
    IdempotencyRecords idempotency();

    /** {@return the journal of effect outcomes} */
    EffectJournal effects();

    /**
     * The planned effects not yet done, written by {@link #unitOfWork()} with their transitions.
     *
     * @return the effect outbox
     */
    EffectOutbox effectOutbox();

    /**
     * The deadlines not yet decided, written by {@link #unitOfWork()} with the decisions that set them.
     *
     * @return the timer store
     */
    Deadlines deadlines();

    /** {@return the unit of work that commits a command's changes} */
    UnitOfWork unitOfWork();

    /**
     * Runs one command: {@code work} reads from this store, decides, and commits through {@link #unitOfWork()},
     * perhaps more than once after a conflict. A store may run all of it on one connection, the reads inside
     * the transaction that the next commit ends; every promise of {@link UnitOfWork} holds at each commit as
     * it does outside. What {@code work} returns or throws is passed on. By default {@code work} simply runs.
     *
     * @param <T>  what the command answers
     * @param work the command's reads, decision and commits
     * @return what {@code work} returned
     */
    default <T> T command(Supplier<T> work) {
        return work.get();
    }
}
