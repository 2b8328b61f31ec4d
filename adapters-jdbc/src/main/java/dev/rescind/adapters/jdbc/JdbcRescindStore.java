package dev.rescind.adapters.jdbc;

import dev.rescind.application.Applied;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.application.PageRequest;
import dev.rescind.application.port.CancellationRequests;
import dev.rescind.application.port.Deadline;
import dev.rescind.application.port.Deadlines;
import dev.rescind.application.port.EffectJournal;
import dev.rescind.application.port.EffectOutbox;
import dev.rescind.application.port.EffectRecord;
import dev.rescind.application.port.EventLog;
import dev.rescind.application.port.EventLog.Backlog;
import dev.rescind.application.port.EventLog.Claimed;
import dev.rescind.application.port.EventLog.DeadLetter;
import dev.rescind.application.port.EventLog.Failure;
import dev.rescind.application.port.FulfillmentOrders;
import dev.rescind.application.port.IdempotencyRecord;
import dev.rescind.application.port.IdempotencyRecords;
import dev.rescind.application.port.Repository;
import dev.rescind.application.port.RescindStore;
import dev.rescind.application.port.Returns;
import dev.rescind.application.port.Shipments;
import dev.rescind.application.port.StoreFailure;
import dev.rescind.application.port.UnitOfWork;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.cancellation.CancellationRequestStatus;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.FulfillmentOrderStatus;
import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.AggregateId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The {@link RescindStore} on a relational database through plain JDBC: PostgreSQL (15 and newer), H2 2.x
 * or MariaDB (10.6 and newer), or on another database through a {@link Dialect} of the host's own, in the
 * tables that the migrations under {@link Dialect#migrationLocation()} create: {@code rescind_}-prefixed in the
 * connections' default schema, or with the prefix and in the schema that {@link JdbcTables} names.
 *
 * <p>Every statement is a prepared statement with bound parameters, scoped by tenant (the outbox relay's
 * bookkeeping aside, which serves all tenants). A commit stores its aggregates with
 * {@code UPDATE … WHERE tenant_id = ? AND id = ? AND version = ?} or an {@code INSERT} under the primary
 * key, appends its events under a unique {@code (tenant, aggregate type, aggregate id, version)}, and stores
 * its idempotency record under a unique {@code (tenant, key)}, all in one transaction; a unique index lets a
 * target have at most one open cancellation request. A refused commit leaves nothing behind and is answered
 * with the {@link dev.rescind.application.port.CommitConflict} the in-memory store would give. Database
 * errors are thrown as {@link StoreFailure}.
 *
 * <p>Transactions are the store's own or the host's: see {@link ConnectionProvider}. The outbox relay's
 * claims lock what they take ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL and MariaDB, a lock row on H2),
 * so relays in any number of processes can drain one database; run them on a store-managed provider, so
 * that their leases are committed at once. A commit's planned effects go into {@code rescind_effect_outbox}
 * in the same transaction, and effect runners claim them the same way; so do a commit's deadlines into
 * {@code rescind_deadlines}, which deadline runners claim once they are due by the database's clock.
 *
 * <p>Thread-safe: it holds no connection between calls.
 */
public final class JdbcRescindStore implements RescindStore {

    private static final int MAX_RELAY_ID_LENGTH = 255;

    private final Transactions transactions;
    private final StatusTable<Shipment> shipmentTable;
    private final StatusTable<Return> returnTable;
    private final FulfillmentOrderTable fulfillmentOrderTable;
    private final CancellationRequestTable cancellationRequestTable;
    private final EventTable eventTable;
    private final IdempotencyTable idempotencyTable;
    private final EffectTable effectTable;
    private final EffectOutboxTable effectOutboxTable;
    private final DeadlineTable deadlineTable;
    private final Map<AggregateType, AggregateTable<?>> aggregateTables;
    private final Committer committer;

    private final Shipments shipments;
    private final Returns returns;
    private final FulfillmentOrders fulfillmentOrders;
    private final CancellationRequests cancellationRequests;
    private final EventLog events = new Outbox();
    private final IdempotencyRecords idempotency = new Idempotency();
    private final EffectJournal effects = new Effects();
    private final EffectOutbox effectOutbox = new PlannedEffects();
    private final Deadlines deadlines = new Timers();

    /**
     * A store on {@code connections}' database in the default tables, {@link JdbcTables#DEFAULT}.
     *
     * @param connections how the store gets its connections and whose transactions they are in
     * @param dialect     the database's dialect
     */
    public JdbcRescindStore(ConnectionProvider connections, Dialect dialect) {
        this(connections, dialect, JdbcTables.DEFAULT);
    }

    /**
     * A store on {@code connections}' database, in {@code tables}: the schema and prefix the migrations used.
     *
     * @param connections how the store gets its connections and whose transactions they are in
     * @param dialect     the database's dialect
     * @param tables      the schema and table prefix
     */
    public JdbcRescindStore(ConnectionProvider connections, Dialect dialect, JdbcTables tables) {
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(tables, "tables");
        DocumentCodec codec = new DocumentCodec();
        this.transactions = new Transactions(connections, dialect);
        this.shipmentTable = StatusTable.shipments(dialect, tables, codec);
        this.returnTable = StatusTable.returns(dialect, tables, codec);
        this.fulfillmentOrderTable = new FulfillmentOrderTable(dialect, tables, codec);
        this.cancellationRequestTable = new CancellationRequestTable(dialect, tables, codec);
        this.eventTable = new EventTable(dialect, tables, codec);
        this.idempotencyTable = new IdempotencyTable(dialect, tables, codec);
        this.effectTable = new EffectTable(dialect, tables, codec);
        this.effectOutboxTable = new EffectOutboxTable(dialect, tables, codec);
        this.deadlineTable = new DeadlineTable(dialect, tables);
        this.aggregateTables = Map.of(
                AggregateType.SHIPMENT, shipmentTable,
                AggregateType.RETURN, returnTable,
                AggregateType.FULFILLMENT_ORDER, fulfillmentOrderTable,
                AggregateType.CANCELLATION_REQUEST, cancellationRequestTable);
        this.committer = new Committer(transactions, dialect, aggregateTables, eventTable, idempotencyTable,
                effectOutboxTable, deadlineTable, cancellationRequestTable.openRequestIndex());
        this.shipments = new ShipmentsView();
        this.returns = new ReturnsView();
        this.fulfillmentOrders = new FulfillmentOrdersView();
        this.cancellationRequests = new CancellationRequestsView();
    }

    /**
     * A store that runs each operation in a transaction of its own, on {@code dataSource}'s database.
     *
     * @param dataSource the database, whose dialect is read from its metadata
     * @return the store
     * @throws StoreFailure when the metadata cannot be read
     */
    public static JdbcRescindStore of(DataSource dataSource) {
        try {
            return new JdbcRescindStore(ConnectionProvider.storeManaged(dataSource), Dialect.of(dataSource));
        } catch (SQLException failure) {
            throw new StoreFailure("could not tell which database the data source is: " + failure.getMessage(),
                    failure);
        }
    }

    /**
     * A store that runs each operation in a transaction of its own.
     *
     * @param dataSource the database
     * @param dialect    its dialect
     * @return the store
     */
    public static JdbcRescindStore of(DataSource dataSource, Dialect dialect) {
        return new JdbcRescindStore(ConnectionProvider.storeManaged(dataSource), dialect);
    }

    /**
     * A store that runs each operation in a transaction of its own, in {@code tables}.
     *
     * @param dataSource the database
     * @param dialect    its dialect
     * @param tables     the schema and table prefix
     * @return the store
     */
    public static JdbcRescindStore of(DataSource dataSource, Dialect dialect, JdbcTables tables) {
        return new JdbcRescindStore(ConnectionProvider.storeManaged(dataSource), dialect, tables);
    }

    /**
     * A store that works inside the host's transaction; see {@link ConnectionProvider#hostManaged}.
     *
     * @param current the host's connection of the transaction in progress
     * @param dialect its dialect
     * @return the store
     */
    public static JdbcRescindStore inHostTransaction(ConnectionProvider.HostConnection current, Dialect dialect) {
        return new JdbcRescindStore(ConnectionProvider.hostManaged(current), dialect);
    }

    /**
     * A store that works inside the host's transaction, in {@code tables}.
     *
     * @param current the host's connection of the transaction in progress
     * @param dialect its dialect
     * @param tables  the schema and table prefix
     * @return the store
     */
    public static JdbcRescindStore inHostTransaction(ConnectionProvider.HostConnection current, Dialect dialect,
            JdbcTables tables) {
        return new JdbcRescindStore(ConnectionProvider.hostManaged(current), dialect, tables);
    }

    @Override
    public <A extends Aggregate, I extends AggregateId, S extends Enum<S>> Repository<A, I, S> repository(
            AggregateDescriptor<A, I, S> descriptor) {
        return new View<>(descriptor);
    }

    /** The table that keeps {@code descriptor}'s aggregates. */
    @SuppressWarnings("unchecked")
    private <A extends Aggregate> AggregateTable<A> tableOf(AggregateDescriptor<A, ?, ?> descriptor) {
        AggregateTable<?> table = aggregateTables.get(descriptor.type());
        if (table == null || table.type() != descriptor.aggregateClass()) {
            throw new IllegalArgumentException("no table keeps " + descriptor.type());
        }
        return (AggregateTable<A>) table;
    }

    @Override
    public Shipments shipments() {
        return shipments;
    }

    @Override
    public Returns returns() {
        return returns;
    }

    @Override
    public FulfillmentOrders fulfillmentOrders() {
        return fulfillmentOrders;
    }

    @Override
    public CancellationRequests cancellationRequests() {
        return cancellationRequests;
    }

    @Override
    public EventLog events() {
        return events;
    }

    @Override
    public IdempotencyRecords idempotency() {
        return idempotency;
    }

    @Override
    public EffectJournal effects() {
        return effects;
    }

    @Override
    public EffectOutbox effectOutbox() {
        return effectOutbox;
    }

    @Override
    public Deadlines deadlines() {
        return deadlines;
    }

    @Override
    public UnitOfWork unitOfWork() {
        return committer::commit;
    }

    /**
     * On a store-managed provider, one connection and one transaction for the command's reads and its commit:
     * the reads run at {@code READ COMMITTED} inside the transaction, and the commit's version-guarded updates
     * and unique keys decide every race as they do for a commit alone. On the host's connection the command's
     * operations run as they would one by one.
     */
    @Override
    public <T> T command(Supplier<T> work) {
        return transactions.command(work);
    }

    /** Any aggregate type, read from the table that keeps it. */
    private class View<A extends Aggregate, I extends AggregateId, S extends Enum<S>> implements Repository<A, I, S> {
        private final AggregateTable<A> table;
        private final String finding;
        private final String listing;

        View(AggregateDescriptor<A, I, S> descriptor) {
            this.table = tableOf(descriptor);
            String noun = descriptor.type().displayName().toLowerCase(Locale.ROOT);
            this.finding = "finding a " + noun;
            this.listing = "listing " + noun + "s";
        }

        @Override
        public Option<A> find(TenantId tenant, I id) {
            return transactions.read(finding, connection -> table.find(connection, tenant, id.value()));
        }

        @Override
        public List<A> list(TenantId tenant, S status, PageRequest page) {
            return transactions.read(listing, connection -> table.list(connection, tenant, status.name(), page));
        }
    }

    private final class ShipmentsView extends View<Shipment, ShipmentId, ShipmentStatus> implements Shipments {
        ShipmentsView() {
            super(Shipment.DESCRIPTOR);
        }

        @Override
        public List<Shipment> findAll(TenantId tenant, Collection<ShipmentId> ids) {
            List<String> values = ids.stream().map(ShipmentId::value).toList();
            return transactions.read("finding shipments",
                    connection -> shipmentTable.findAll(connection, tenant, values));
        }
    }

    private final class ReturnsView extends View<Return, ReturnId, ParcelStatus> implements Returns {
        ReturnsView() {
            super(Return.DESCRIPTOR);
        }
    }

    private final class FulfillmentOrdersView extends View<FulfillmentOrder, FulfillmentOrderId, FulfillmentOrderStatus>
            implements FulfillmentOrders {
        FulfillmentOrdersView() {
            super(FulfillmentOrder.DESCRIPTOR);
        }
    }

    private final class CancellationRequestsView
            extends View<CancellationRequest, CancellationRequestId, CancellationRequestStatus>
            implements CancellationRequests {
        CancellationRequestsView() {
            super(CancellationRequest.DESCRIPTOR);
        }

        @Override
        public List<CancellationRequest> forTarget(TenantId tenant, CancellationTarget target) {
            return transactions.read("finding the cancellation requests of a target",
                    connection -> cancellationRequestTable.forTarget(connection, tenant, target));
        }
    }

    private final class Outbox implements EventLog {
        @Override
        public List<EventEnvelope> history(TenantId tenant, AggregateType aggregateType, String aggregateId) {
            return transactions.read("reading an aggregate's events",
                    connection -> eventTable.history(connection, tenant, aggregateType, aggregateId));
        }

        @Override
        public List<Claimed> claim(String relayId, int limit, Duration lease) {
            requireRelayId(relayId);
            if (limit < 1) {
                return List.of();
            }
            requirePositive(lease, "a lease");
            return transactions.atomically("claiming events", connection -> Either.<Void, List<Claimed>>right(
                    eventTable.claim(connection, relayId, limit, lease))).get();
        }

        @Override
        public void markPublished(String relayId, List<String> eventIds) {
            if (eventIds.isEmpty()) {
                return;
            }
            transactions.inTransaction("marking events published",
                    connection -> eventTable.markPublished(connection, eventIds));
        }

        @Override
        public void release(String relayId, List<String> eventIds) {
            requireRelayId(relayId);
            if (eventIds.isEmpty()) {
                return;
            }
            transactions.inTransaction("releasing leases",
                    connection -> eventTable.release(connection, relayId, eventIds));
        }

        @Override
        public void recordFailure(String relayId, String eventId, Failure failure) {
            requireRelayId(relayId);
            Objects.requireNonNull(failure, "failure");
            if (failure instanceof Failure.Retry retry) {
                requirePositive(retry.after(), "a retry's pause");
            }
            transactions.inTransaction("recording a failed attempt",
                    connection -> eventTable.recordFailure(connection, relayId, eventId, failure));
        }

        @Override
        public long unpublished() {
            return transactions.read("counting unpublished events", eventTable::unpublished);
        }

        @Override
        public Backlog backlog() {
            return transactions.read("measuring the outbox backlog", eventTable::backlog);
        }

        @Override
        public List<DeadLetter> deadLetters(int limit) {
            if (limit < 1) {
                return List.of();
            }
            return transactions.read("listing dead letters", connection -> eventTable.deadLetters(connection, limit));
        }

        @Override
        public boolean retryDeadLetter(String eventId) {
            return settle("retrying a dead letter", eventId, true);
        }

        @Override
        public boolean discardDeadLetter(String eventId) {
            return settle("discarding a dead letter", eventId, false);
        }

        @Override
        public int deletePublished(Duration olderThan, int limit) {
            if (limit < 1) {
                return 0;
            }
            if (olderThan.isNegative()) {
                throw new IllegalArgumentException("retention cannot reach into the future");
            }
            return transactions.atomically("deleting published events", connection -> Either.<Void, Integer>right(
                    eventTable.deletePublished(connection, olderThan, limit))).get();
        }

        private boolean settle(String what, String eventId, boolean retry) {
            return transactions.atomically(what, connection -> Either.<Void, Boolean>right(
                    eventTable.settleDeadLetter(connection, eventId, retry))).get();
        }

    }

    private static void requirePositive(Duration duration, String what) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be positive");
        }
    }

    /** Relay and effect runner ids are kept with each lease. */
    private static void requireRelayId(String relayId) {
        if (relayId == null || relayId.isBlank() || relayId.length() > MAX_RELAY_ID_LENGTH) {
            throw new IllegalArgumentException("a relay id has 1 to " + MAX_RELAY_ID_LENGTH + " characters");
        }
    }

    private final class Idempotency implements IdempotencyRecords {
        @Override
        public Option<IdempotencyRecord> find(TenantId tenant, IdempotencyKey key) {
            return transactions.read("finding an idempotency record",
                    connection -> idempotencyTable.find(connection, tenant, key));
        }

        @Override
        public void completeAnswer(TenantId tenant, IdempotencyKey key, Applied<?> answer) {
            transactions.inTransaction("completing an idempotent answer",
                    connection -> idempotencyTable.replaceAnswer(connection, tenant, key, answer));
        }
    }

    private final class Effects implements EffectJournal {
        @Override
        public void record(EffectRecord record) {
            transactions.inTransaction("recording an effect", connection -> effectTable.insert(connection, record));
        }

        @Override
        public List<EffectRecord> forAggregate(TenantId tenant, AggregateType aggregateType, String aggregateId) {
            return transactions.read("reading an aggregate's effects",
                    connection -> effectTable.forAggregate(connection, tenant, aggregateType, aggregateId));
        }
    }

    private final class PlannedEffects implements EffectOutbox {
        @Override
        public List<EffectOutbox.Claimed> claim(String runnerId, List<String> effectIds, Duration lease) {
            requireRelayId(runnerId);
            if (effectIds.isEmpty()) {
                return List.of();
            }
            requirePositive(lease, "a lease");
            return transactions.atomically("claiming effects",
                    connection -> Either.<Void, List<EffectOutbox.Claimed>>right(
                            effectOutboxTable.claim(connection, runnerId, effectIds, lease))).get();
        }

        @Override
        public List<EffectOutbox.Claimed> claimDue(String runnerId, int limit, Duration lease) {
            requireRelayId(runnerId);
            if (limit < 1) {
                return List.of();
            }
            requirePositive(lease, "a lease");
            return transactions.atomically("claiming due effects",
                    connection -> Either.<Void, List<EffectOutbox.Claimed>>right(
                            effectOutboxTable.claimDue(connection, runnerId, limit, lease))).get();
        }

        @Override
        public void succeeded(String runnerId, String effectId) {
            transactions.inTransaction("recording a done effect",
                    connection -> effectOutboxTable.succeeded(connection, runnerId, effectId));
        }

        @Override
        public void release(String runnerId, String effectId) {
            transactions.inTransaction("giving back an effect",
                    connection -> effectOutboxTable.release(connection, runnerId, effectId));
        }

        @Override
        public void recordFailure(String runnerId, String effectId, Failure failure) {
            Objects.requireNonNull(failure, "failure");
            if (failure instanceof Failure.Retry retry) {
                requirePositive(retry.after(), "a retry's pause");
            }
            transactions.inTransaction("recording a failed effect",
                    connection -> effectOutboxTable.recordFailure(connection, runnerId, effectId, failure));
        }

        @Override
        public long outstanding() {
            return transactions.read("counting outstanding effects", effectOutboxTable::outstanding);
        }

        @Override
        public List<EffectOutbox.DeadLetter> deadLetters(int limit) {
            if (limit < 1) {
                return List.of();
            }
            return transactions.read("listing dead effects",
                    connection -> effectOutboxTable.deadLetters(connection, limit));
        }

        @Override
        public boolean retryDeadLetter(String effectId) {
            return settle("retrying a dead effect", effectId, true);
        }

        @Override
        public boolean discardDeadLetter(String effectId) {
            return settle("discarding a dead effect", effectId, false);
        }

        private boolean settle(String what, String effectId, boolean retry) {
            return transactions.atomically(what, connection -> Either.<Void, Boolean>right(
                    effectOutboxTable.settleDeadLetter(connection, effectId, retry))).get();
        }
    }

    private final class Timers implements Deadlines {
        @Override
        public List<Deadline> claimDue(String runnerId, int limit, Duration lease) {
            requireRelayId(runnerId);
            if (limit < 1) {
                return List.of();
            }
            requirePositive(lease, "a lease");
            return transactions.atomically("claiming due deadlines",
                    connection -> Either.<Void, List<Deadline>>right(
                            deadlineTable.claimDue(connection, runnerId, limit, lease))).get();
        }

        @Override
        public void decided(String runnerId, String deadlineId) {
            transactions.inTransaction("recording a decided deadline",
                    connection -> deadlineTable.decided(connection, runnerId, deadlineId));
        }

        @Override
        public void release(String runnerId, String deadlineId) {
            transactions.inTransaction("giving back a deadline",
                    connection -> deadlineTable.release(connection, runnerId, deadlineId));
        }

        @Override
        public long pending() {
            return transactions.read("counting pending deadlines", deadlineTable::pending);
        }
    }
}
