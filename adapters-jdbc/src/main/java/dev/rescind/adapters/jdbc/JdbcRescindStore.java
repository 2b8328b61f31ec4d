package dev.rescind.adapters.jdbc;

import dev.rescind.application.Applied;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.application.PageRequest;
import dev.rescind.application.port.CancellationRequests;
import dev.rescind.application.port.EffectJournal;
import dev.rescind.application.port.EffectRecord;
import dev.rescind.application.port.EventLog;
import dev.rescind.application.port.FulfillmentOrders;
import dev.rescind.application.port.IdempotencyRecord;
import dev.rescind.application.port.IdempotencyRecords;
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
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The {@link RescindStore} on a relational database through plain JDBC: PostgreSQL (15 and newer), H2 2.x
 * or MariaDB (10.6 and newer), in the {@code rescind_}-prefixed tables that the migrations under
 * {@link Dialect#migrationLocation()} create.
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
 * that their leases are committed at once.
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
    private final Committer committer;

    private final Shipments shipments = new ShipmentsView();
    private final Returns returns = new ReturnsView();
    private final FulfillmentOrders fulfillmentOrders = new FulfillmentOrdersView();
    private final CancellationRequests cancellationRequests = new CancellationRequestsView();
    private final EventLog events = new Outbox();
    private final IdempotencyRecords idempotency = new Idempotency();
    private final EffectJournal effects = new Effects();

    /**
     * A store on the connections {@code connections} provides, writing the SQL of {@code dialect}. It reads
     * and writes the tables the dialect's migrations create, and creates none itself.
     *
     * @param connections where the connections come from, and who owns the transactions
     * @param dialect     the database's SQL dialect
     * @throws NullPointerException when either is {@code null}
     */
    public JdbcRescindStore(ConnectionProvider connections, Dialect dialect) {
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(dialect, "dialect");
        DocumentCodec codec = new DocumentCodec();
        this.transactions = new Transactions(connections, dialect);
        this.shipmentTable = StatusTable.shipments(dialect, codec);
        this.returnTable = StatusTable.returns(dialect, codec);
        this.fulfillmentOrderTable = new FulfillmentOrderTable(dialect, codec);
        this.cancellationRequestTable = new CancellationRequestTable(dialect, codec);
        this.eventTable = new EventTable(dialect, codec);
        this.idempotencyTable = new IdempotencyTable(dialect, codec);
        this.effectTable = new EffectTable(dialect, codec);
        Map<AggregateType, AggregateTable<?>> tables = Map.of(
                AggregateType.SHIPMENT, shipmentTable,
                AggregateType.RETURN, returnTable,
                AggregateType.FULFILLMENT_ORDER, fulfillmentOrderTable,
                AggregateType.CANCELLATION_REQUEST, cancellationRequestTable);
        this.committer = new Committer(transactions, dialect, tables, eventTable, idempotencyTable);
    }

    /**
     * A store that runs each operation in a transaction of its own, on {@code dataSource}'s database, whose
     * dialect it reads from the metadata of one borrowed connection.
     *
     * @param dataSource the database, with Rescind's migrations applied
     * @return the store
     * @throws StoreFailure when no connection can be had to recognise the database
     * @throws IllegalArgumentException for a database other than PostgreSQL, H2 or MariaDB
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
     * A store that runs each operation in a transaction of its own; it borrows no connection until used.
     *
     * @param dataSource the database, with Rescind's migrations applied
     * @param dialect    the database's SQL dialect
     * @return the store
     */
    public static JdbcRescindStore of(DataSource dataSource, Dialect dialect) {
        return new JdbcRescindStore(ConnectionProvider.storeManaged(dataSource), dialect);
    }

    /**
     * A store that works inside the host's transaction; see {@link ConnectionProvider#hostManaged}.
     *
     * @param current answers the connection of the calling thread's transaction
     * @param dialect the database's SQL dialect
     * @return the store
     */
    public static JdbcRescindStore inHostTransaction(ConnectionProvider.HostConnection current, Dialect dialect) {
        return new JdbcRescindStore(ConnectionProvider.hostManaged(current), dialect);
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
    public UnitOfWork unitOfWork() {
        return committer::commit;
    }

    private final class ShipmentsView implements Shipments {
        @Override
        public Option<Shipment> find(TenantId tenant, ShipmentId id) {
            return transactions.read("finding a shipment",
                    connection -> shipmentTable.find(connection, tenant, id.value()));
        }

        @Override
        public List<Shipment> findAll(TenantId tenant, Collection<ShipmentId> ids) {
            List<String> values = ids.stream().map(ShipmentId::value).toList();
            return transactions.read("finding shipments",
                    connection -> shipmentTable.findAll(connection, tenant, values));
        }

        @Override
        public List<Shipment> list(TenantId tenant, ShipmentStatus status, PageRequest page) {
            return transactions.read("listing shipments",
                    connection -> shipmentTable.list(connection, tenant, status.name(), page));
        }
    }

    private final class ReturnsView implements Returns {
        @Override
        public Option<Return> find(TenantId tenant, ReturnId id) {
            return transactions.read("finding a return",
                    connection -> returnTable.find(connection, tenant, id.value()));
        }

        @Override
        public List<Return> list(TenantId tenant, ParcelStatus status, PageRequest page) {
            return transactions.read("listing returns",
                    connection -> returnTable.list(connection, tenant, status.name(), page));
        }
    }

    private final class FulfillmentOrdersView implements FulfillmentOrders {
        @Override
        public Option<FulfillmentOrder> find(TenantId tenant, FulfillmentOrderId id) {
            return transactions.read("finding a fulfillment order",
                    connection -> fulfillmentOrderTable.find(connection, tenant, id.value()));
        }

        @Override
        public List<FulfillmentOrder> list(TenantId tenant, FulfillmentOrderStatus status, PageRequest page) {
            return transactions.read("listing fulfillment orders",
                    connection -> fulfillmentOrderTable.list(connection, tenant, status.name(), page));
        }
    }

    private final class CancellationRequestsView implements CancellationRequests {
        @Override
        public Option<CancellationRequest> find(TenantId tenant, CancellationRequestId id) {
            return transactions.read("finding a cancellation request",
                    connection -> cancellationRequestTable.find(connection, tenant, id.value()));
        }

        @Override
        public List<CancellationRequest> forTarget(TenantId tenant, CancellationTarget target) {
            return transactions.read("finding the cancellation requests of a target",
                    connection -> cancellationRequestTable.forTarget(connection, tenant, target));
        }

        @Override
        public List<CancellationRequest> list(TenantId tenant, CancellationRequestStatus status, PageRequest page) {
            return transactions.read("listing cancellation requests",
                    connection -> cancellationRequestTable.list(connection, tenant, status.name(), page));
        }
    }

    private final class Outbox implements EventLog {
        @Override
        public List<EventEnvelope> history(TenantId tenant, AggregateType aggregateType, String aggregateId) {
            return transactions.read("reading an aggregate's events",
                    connection -> eventTable.history(connection, tenant, aggregateType, aggregateId));
        }

        @Override
        public List<EventEnvelope> claim(String relayId, int limit, Instant now, Duration lease) {
            requireRelayId(relayId);
            if (limit < 1) {
                return List.of();
            }
            return transactions.atomically("claiming events", connection -> Either.<Void, List<EventEnvelope>>right(
                    eventTable.claim(connection, relayId, limit, now, lease))).get();
        }

        @Override
        public void markPublished(String relayId, List<String> eventIds, Instant now) {
            if (eventIds.isEmpty()) {
                return;
            }
            transactions.atomically("marking events published", connection -> {
                eventTable.markPublished(connection, eventIds, now);
                return Either.right(null);
            });
        }

        @Override
        public void release(String relayId, List<String> eventIds) {
            requireRelayId(relayId);
            if (eventIds.isEmpty()) {
                return;
            }
            transactions.atomically("releasing leases", connection -> {
                eventTable.release(connection, relayId, eventIds);
                return Either.right(null);
            });
        }

        @Override
        public long unpublished() {
            return transactions.read("counting unpublished events", eventTable::unpublished);
        }

        private static void requireRelayId(String relayId) {
            if (relayId == null || relayId.isBlank() || relayId.length() > MAX_RELAY_ID_LENGTH) {
                throw new IllegalArgumentException("a relay id has 1 to " + MAX_RELAY_ID_LENGTH + " characters");
            }
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
            transactions.atomically("completing an idempotent answer", connection -> {
                idempotencyTable.replaceAnswer(connection, tenant, key, answer);
                return Either.right(null);
            });
        }
    }

    private final class Effects implements EffectJournal {
        @Override
        public void record(EffectRecord record) {
            transactions.atomically("recording an effect", connection -> {
                effectTable.insert(connection, record);
                return Either.right(null);
            });
        }

        @Override
        public List<EffectRecord> forAggregate(TenantId tenant, AggregateType aggregateType, String aggregateId) {
            return transactions.read("reading an aggregate's effects",
                    connection -> effectTable.forAggregate(connection, tenant, aggregateType, aggregateId));
        }
    }
}
