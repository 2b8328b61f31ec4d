package dev.rescind.spring.boot.autoconfigure;

import dev.rescind.adapters.jdbc.Dialect;
import dev.rescind.adapters.jdbc.JdbcRescindStore;
import dev.rescind.adapters.jdbc.JdbcTables;
import dev.rescind.application.port.CancellationRequests;
import dev.rescind.application.port.Deadlines;
import dev.rescind.application.port.EffectJournal;
import dev.rescind.application.port.EffectOutbox;
import dev.rescind.application.port.EventLog;
import dev.rescind.application.port.FulfillmentOrders;
import dev.rescind.application.port.IdempotencyRecords;
import dev.rescind.application.port.Repository;
import dev.rescind.application.port.RescindStore;
import dev.rescind.application.port.Returns;
import dev.rescind.application.port.Shipments;
import dev.rescind.application.port.UnitOfWork;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.AggregateId;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The JDBC store on a Spring application's {@link DataSource}: inside a Spring transaction (a
 * {@code @Transactional} method) Rescind's statements join it and commit or roll back with it; outside one each
 * operation runs in a short transaction of its own, so reads and plain calls work anywhere. Which applies is
 * decided at every store operation, on the calling thread.
 */
public final class SpringTransactionStore implements RescindStore {

    private final JdbcRescindStore joined;
    private final JdbcRescindStore own;

    /**
     * A store on {@code dataSource} that joins the caller's Spring transaction, or runs its own without one.
     *
     * @param dataSource the application's data source
     * @param dialect    its dialect
     * @param tables     the tables' schema and prefix
     */
    public SpringTransactionStore(DataSource dataSource, Dialect dialect, JdbcTables tables) {
        this.joined = JdbcRescindStore.inHostTransaction(() -> DataSourceUtils.getConnection(dataSource), dialect,
                tables);
        this.own = JdbcRescindStore.of(dataSource, dialect, tables);
    }

    /**
     * The store that runs in transactions of its own, whatever the caller has open: for the relay.
     *
     * @return the store with transactions of its own
     */
    public RescindStore ownTransactions() {
        return own;
    }

    private RescindStore current() {
        return TransactionSynchronizationManager.isActualTransactionActive() ? joined : own;
    }

    @Override
    public <A extends Aggregate, I extends AggregateId, S extends Enum<S>> Repository<A, I, S> repository(
            AggregateDescriptor<A, I, S> descriptor) {
        return current().repository(descriptor);
    }

    @Override
    public Shipments shipments() {
        return current().shipments();
    }

    @Override
    public Returns returns() {
        return current().returns();
    }

    @Override
    public FulfillmentOrders fulfillmentOrders() {
        return current().fulfillmentOrders();
    }

    @Override
    public CancellationRequests cancellationRequests() {
        return current().cancellationRequests();
    }

    @Override
    public EventLog events() {
        return current().events();
    }

    @Override
    public IdempotencyRecords idempotency() {
        return current().idempotency();
    }

    @Override
    public EffectJournal effects() {
        return current().effects();
    }

    @Override
    public EffectOutbox effectOutbox() {
        return current().effectOutbox();
    }

    /** Claims commit at once, in their own transactions, so that a lease is visible to other runners. */
    @Override
    public Deadlines deadlines() {
        return own.deadlines();
    }

    @Override
    public UnitOfWork unitOfWork() {
        return current().unitOfWork();
    }

    @Override
    public <T> T command(Supplier<T> work) {
        return current().command(work);
    }
}
