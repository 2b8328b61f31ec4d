package dev.rescind.adapters.inmemory;

import dev.rescind.application.Applied;
import dev.rescind.application.Cursor;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.application.PageRequest;
import dev.rescind.application.port.CancellationRequests;
import dev.rescind.application.port.Commit;
import dev.rescind.application.port.CommitConflict;
import dev.rescind.application.port.EffectJournal;
import dev.rescind.application.port.Deadline;
import dev.rescind.application.port.Deadlines;
import dev.rescind.application.port.EffectOutbox;
import dev.rescind.application.port.EffectRecord;
import dev.rescind.application.port.EventLog;
import dev.rescind.application.port.EventLog.Failure;
import dev.rescind.application.port.FulfillmentOrders;
import dev.rescind.application.port.IdempotencyRecord;
import dev.rescind.application.port.IdempotencyRecords;
import dev.rescind.application.port.PlannedEffect;
import dev.rescind.application.port.Repository;
import dev.rescind.application.port.RescindStore;
import dev.rescind.application.port.Returns;
import dev.rescind.application.port.Shipments;
import dev.rescind.application.port.UnitOfWork;
import dev.rescind.application.port.Write;
import dev.rescind.domain.Aggregates;
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
import dev.rescind.domain.shared.Version;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A {@link RescindStore} in memory: thread-safe, with atomic commits, version checks, idempotency records,
 * an outbox with relay leases, attempts and dead letters kept by the store's clock, an effect outbox written
 * in the same commit with the same bookkeeping, a timer store of the deadlines commits set, due by the same
 * clock, and tenant-scoped,
 * keyset-paginated lists. It keeps the same contract as the JDBC store (the testkit's contract tests run
 * against both) but nothing survives the process.
 *
 * <p>All data lives in mutable indexes under one read-write lock: a commit changes them in place under the
 * write lock, and reads hold the read lock, so they always see whole commits and run side by side.
 */
public final class InMemoryStore implements RescindStore {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Lock readLock = lock.readLock();
    private final Lock writeLock = lock.writeLock();
    private final Clock clock;
    private final Data data = new Data();

    private final Shipments shipments = new ShipmentsView();
    private final Returns returns = new ReturnsView();
    private final FulfillmentOrders fulfillmentOrders = new FulfillmentOrdersView();
    private final CancellationRequests cancellationRequests = new CancellationRequestsView();
    private final EventLog events = new Outbox();
    private final IdempotencyRecords idempotency = new Idempotency();
    private final EffectJournal effects = new Effects();
    private final PlannedEffects effectOutbox = new PlannedEffects();
    private final Timers deadlines = new Timers();
    private final UnitOfWork unitOfWork = this::commit;

    /** A store on the system clock. */
    public InMemoryStore() {
        this(Clock.systemUTC());
    }

    /**
     * A store whose outbox keeps its times (leases, due times, commits, publications) by {@code clock}: the
     * in-memory stand-in for a database's clock.
     *
     * @param clock the store's clock, as a database's clock is for the JDBC store
     */
    public InMemoryStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public <A extends Aggregate, I extends AggregateId, S extends Enum<S>> Repository<A, I, S> repository(
            AggregateDescriptor<A, I, S> descriptor) {
        return new View<>(descriptor);
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
        return unitOfWork;
    }

    /** Where an aggregate lives: tenant, kind, id. */
    private record Key(TenantId tenant, AggregateType type, String id) {
    }

    /** The list an aggregate appears in: tenant, kind, and the status it is listed by. */
    private record StatusKey(TenantId tenant, AggregateType type, String status) {
    }

    /**
     * One outbox entry; {@code sequence} orders commits globally. An entry left the outbox once it has a
     * {@code publishedAt}: published, or discarded as a dead letter.
     */
    private record Entry(long sequence, EventEnvelope event, Instant committedAt, Option<Instant> publishedAt,
            Option<Lease> lease, int attempts, Option<Instant> dueAt, Option<String> lastError,
            Option<Instant> deadLetteredAt) {

        static Entry committed(long sequence, EventEnvelope event, Instant at) {
            return new Entry(sequence, event, at, Option.none(), Option.none(), 0, Option.none(), Option.none(),
                    Option.none());
        }

        Key aggregate() {
            return new Key(event.tenant(), event.aggregateType(), event.aggregateId());
        }

        boolean claimableBy(String relayId, Instant now) {
            return deadLetteredAt.isEmpty() && dueAt.forAll(due -> !due.isAfter(now))
                    && !lease.exists(held -> !held.relayId().equals(relayId) && held.until().isAfter(now));
        }

        boolean heldBy(String relayId) {
            return lease.exists(held -> held.relayId().equals(relayId));
        }

        Entry leased(Option<Lease> value) {
            return new Entry(sequence, event, committedAt, publishedAt, value, attempts, dueAt, lastError,
                    deadLetteredAt);
        }

        Entry leftOutbox(Instant at) {
            return new Entry(sequence, event, committedAt, Option.some(at), Option.none(), attempts, Option.none(),
                    lastError, deadLetteredAt);
        }

        Entry failed(String error, Option<Instant> due, Option<Instant> deadLettered) {
            return new Entry(sequence, event, committedAt, publishedAt, Option.none(), attempts + 1, due,
                    Option.some(error), deadLettered);
        }

        Entry revived() {
            return new Entry(sequence, event, committedAt, publishedAt, Option.none(), 0, Option.none(), lastError,
                    Option.none());
        }

        boolean isDeadLetter() {
            return deadLetteredAt.isDefined() && publishedAt.isEmpty();
        }
    }

    private record Lease(String relayId, Instant until) {
    }

    private record IdempotencyKeyOf(TenantId tenant, IdempotencyKey key) {
    }

    private record TargetKey(TenantId tenant, CancellationTarget target) {
    }

    /**
     * Everything the store keeps, guarded by {@link #lock}. {@code pending} holds the outbox sequences not yet
     * published, so that relays never walk the published history.
     */
    private static final class Data {
        final Map<Key, Aggregate> aggregates = new HashMap<>();
        final Map<StatusKey, TreeSet<String>> byStatus = new HashMap<>();
        final Map<TargetKey, List<String>> requestsByTarget = new HashMap<>();
        final Map<Key, List<Long>> eventsByAggregate = new HashMap<>();
        final TreeMap<Long, Entry> outbox = new TreeMap<>();
        final TreeSet<Long> pending = new TreeSet<>();
        final Map<String, Long> sequenceOfEvent = new HashMap<>();
        final Map<IdempotencyKeyOf, IdempotencyRecord> idempotency = new HashMap<>();
        final Map<TargetKey, CancellationRequestId> openRequests = new HashMap<>();
        final Map<Key, List<EffectRecord>> effects = new HashMap<>();
        long nextSequence = 1;

        /** Without these outbox entries, in the outbox and in their aggregates' histories. */
        void remove(List<Entry> entries) {
            for (Entry entry : entries) {
                List<Long> history = eventsByAggregate.get(entry.aggregate());
                if (history != null) {
                    history.remove(Long.valueOf(entry.sequence()));
                }
                outbox.remove(entry.sequence());
                sequenceOfEvent.remove(entry.event().eventId());
            }
        }
    }

    private <T> T reading(Supplier<T> read) {
        readLock.lock();
        try {
            return read.get();
        } finally {
            readLock.unlock();
        }
    }

    private <T> T writing(Supplier<T> write) {
        writeLock.lock();
        try {
            return write.get();
        } finally {
            writeLock.unlock();
        }
    }

    private Either<CommitConflict, UnitOfWork.Committed> commit(Commit commit) {
        return writing(() -> {
            Option<CommitConflict> conflict = conflictOf(commit);
            if (conflict.isDefined()) {
                return Either.left(conflict.get());
            }
            Instant now = clock.instant();
            apply(commit, now);
            effectOutbox.add(commit.effects(), now);
            deadlines.add(commit.deadlines());
            return Either.right(new UnitOfWork.Committed(commit.writes().size()));
        });
    }

    private Option<CommitConflict> conflictOf(Commit commit) {
        for (Write write : commit.writes()) {
            Aggregate aggregate = write.aggregate();
            Aggregate stored = data.aggregates.get(keyOf(aggregate));
            Version version = stored == null ? Version.NONE : stored.version();
            if (!version.equals(write.expectedVersion())) {
                return Option.some(new CommitConflict.VersionConflict(aggregate.type(), aggregate.id().value(),
                        write.expectedVersion(), version));
            }
        }
        if (commit.idempotencyRecord().exists(record -> data.idempotency
                .containsKey(new IdempotencyKeyOf(record.tenant(), record.key())))) {
            return Option.some(new CommitConflict.IdempotencyKeyTaken(commit.idempotencyRecord().get().key()));
        }
        // The open requests as the commit's writes so far leave them, without changing the store's.
        Map<TargetKey, Optional<CancellationRequestId>> changed = new HashMap<>();
        for (Write write : commit.writes()) {
            if (write.aggregate() instanceof CancellationRequest request) {
                TargetKey target = new TargetKey(request.tenant(), request.target());
                Optional<CancellationRequestId> open = changed.containsKey(target) ? changed.get(target)
                        : Optional.ofNullable(data.openRequests.get(target));
                if (request.isOpen() && open.filter(other -> !other.equals(request.id())).isPresent()) {
                    return Option.some(new CommitConflict.OpenCancellationRequestExists(request.target()));
                }
                changed.put(target, request.isOpen() ? Optional.of(request.id()) : Optional.empty());
            }
        }
        return Option.none();
    }

    private void apply(Commit commit, Instant committedAt) {
        for (Write write : commit.writes()) {
            Aggregate aggregate = write.aggregate();
            Key key = keyOf(aggregate);
            Aggregate before = data.aggregates.put(key, aggregate);
            if (before != null) {
                data.byStatus.get(statusKeyOf(before)).remove(key.id());
            }
            data.byStatus.computeIfAbsent(statusKeyOf(aggregate), ignored -> new TreeSet<>()).add(key.id());
            long sequence = data.nextSequence++;
            data.outbox.put(sequence, Entry.committed(sequence, write.event(), committedAt));
            data.pending.add(sequence);
            data.sequenceOfEvent.put(write.event().eventId(), sequence);
            data.eventsByAggregate.computeIfAbsent(key, ignored -> new ArrayList<>()).add(sequence);
            if (aggregate instanceof CancellationRequest request) {
                TargetKey target = new TargetKey(request.tenant(), request.target());
                if (request.isOpen()) {
                    data.openRequests.put(target, request.id());
                } else {
                    data.openRequests.remove(target);
                }
                if (before == null) {
                    data.requestsByTarget.computeIfAbsent(target, ignored -> new ArrayList<>()).add(key.id());
                }
            }
        }
        commit.idempotencyRecord().forEach(record -> data.idempotency.put(
                new IdempotencyKeyOf(record.tenant(), record.key()), record));
    }

    private static Key keyOf(Aggregate aggregate) {
        return new Key(aggregate.tenant(), aggregate.type(), aggregate.id().value());
    }

    /** The list the aggregate's descriptor files it under. */
    private static StatusKey statusKeyOf(Aggregate aggregate) {
        return new StatusKey(aggregate.tenant(), aggregate.type(),
                Aggregates.of(aggregate).statusOf(aggregate).name());
    }

    private <A extends Aggregate> Option<A> find(TenantId tenant, AggregateType type, String id, Class<A> kind) {
        return reading(() -> Option.of(data.aggregates.get(new Key(tenant, type, id))).map(kind::cast));
    }

    private <A extends Aggregate> List<A> list(TenantId tenant, AggregateType type, String status, PageRequest page,
            Class<A> kind) {
        return reading(() -> {
            TreeSet<String> ids = data.byStatus.get(new StatusKey(tenant, type, status));
            if (ids == null) {
                return List.of();
            }
            Option<String> after = page.after().map(Cursor::afterId);
            NavigableSet<String> remaining = after.isDefined() ? ids.tailSet(after.get(), false) : ids;
            List<A> items = new ArrayList<>(Math.min(page.limit(), remaining.size()));
            for (String id : remaining) {
                if (items.size() >= page.limit()) {
                    break;
                }
                items.add(kind.cast(data.aggregates.get(new Key(tenant, type, id))));
            }
            return items;
        });
    }

    /** Any aggregate type, read through its descriptor. */
    private class View<A extends Aggregate, I extends AggregateId, S extends Enum<S>> implements Repository<A, I, S> {
        private final AggregateDescriptor<A, I, S> descriptor;

        View(AggregateDescriptor<A, I, S> descriptor) {
            this.descriptor = descriptor;
        }

        @Override
        public Option<A> find(TenantId tenant, I id) {
            return InMemoryStore.this.find(tenant, descriptor.type(), id.value(), descriptor.aggregateClass());
        }

        @Override
        public List<A> list(TenantId tenant, S status, PageRequest page) {
            return InMemoryStore.this.list(tenant, descriptor.type(), status.name(), page,
                    descriptor.aggregateClass());
        }
    }

    private final class ShipmentsView extends View<Shipment, ShipmentId, ShipmentStatus> implements Shipments {
        ShipmentsView() {
            super(Shipment.DESCRIPTOR);
        }

        @Override
        public List<Shipment> findAll(TenantId tenant, Collection<ShipmentId> ids) {
            return reading(() -> {
                List<Shipment> found = new ArrayList<>();
                for (ShipmentId id : new HashSet<>(ids)) {
                    Aggregate aggregate = data.aggregates.get(new Key(tenant, AggregateType.SHIPMENT, id.value()));
                    if (aggregate != null) {
                        found.add((Shipment) aggregate);
                    }
                }
                return found;
            });
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
            return reading(() -> data.requestsByTarget.getOrDefault(new TargetKey(tenant, target), List.of())
                    .stream()
                    .map(id -> (CancellationRequest) data.aggregates.get(
                            new Key(tenant, AggregateType.CANCELLATION_REQUEST, id)))
                    .toList());
        }
    }

    private final class Outbox implements EventLog {
        @Override
        public List<EventEnvelope> history(TenantId tenant, AggregateType aggregateType, String aggregateId) {
            return reading(() -> data.eventsByAggregate
                    .getOrDefault(new Key(tenant, aggregateType, aggregateId), List.of()).stream()
                    .map(sequence -> data.outbox.get(sequence).event())
                    .toList());
        }

        @Override
        public List<Claimed> claim(String relayId, int limit, Duration lease) {
            return writing(() -> {
                Instant now = clock.instant();
                Set<Key> blocked = new HashSet<>();
                Option<Lease> held = Option.some(new Lease(relayId, now.plus(lease)));
                List<Claimed> claimed = new ArrayList<>();
                for (Long sequence : data.pending) {
                    if (claimed.size() >= limit) {
                        break;
                    }
                    Entry entry = data.outbox.get(sequence);
                    if (blocked.contains(entry.aggregate())) {
                        continue;
                    }
                    if (!entry.claimableBy(relayId, now)) {
                        blocked.add(entry.aggregate());
                        continue;
                    }
                    data.outbox.put(sequence, entry.leased(held));
                    claimed.add(new Claimed(entry.event(), entry.attempts()));
                }
                return claimed;
            });
        }

        @Override
        public void markPublished(String relayId, List<String> eventIds) {
            update(eventIds, (entry, now) -> entry.publishedAt().isEmpty() ? entry.leftOutbox(now) : entry);
        }

        @Override
        public void release(String relayId, List<String> eventIds) {
            update(eventIds, (entry, now) -> entry.heldBy(relayId) && entry.publishedAt().isEmpty()
                    ? entry.leased(Option.none())
                    : entry);
        }

        @Override
        public void recordFailure(String relayId, String eventId, Failure failure) {
            update(List.of(eventId), (entry, now) -> {
                if (!entry.heldBy(relayId) || entry.publishedAt().isDefined()) {
                    return entry;
                }
                if (failure instanceof Failure.Retry retry) {
                    return entry.failed(retry.error(), Option.some(now.plus(retry.after())), Option.none());
                }
                return entry.failed(failure.error(), Option.none(), Option.some(now));
            });
        }

        @Override
        public long unpublished() {
            return reading(() -> (long) data.pending.size());
        }

        @Override
        public Backlog backlog() {
            return reading(() -> {
                Instant now = clock.instant();
                long deadLettered = data.pending.stream().filter(sequence -> data.outbox.get(sequence).isDeadLetter())
                        .count();
                Duration oldest = data.pending.isEmpty() ? Duration.ZERO
                        : Duration.between(data.outbox.get(data.pending.first()).committedAt(), now);
                return new Backlog(data.pending.size(), deadLettered, oldest.isNegative() ? Duration.ZERO : oldest);
            });
        }

        @Override
        public List<DeadLetter> deadLetters(int limit) {
            return reading(() -> data.pending.stream()
                    .map(data.outbox::get)
                    .filter(Entry::isDeadLetter)
                    .limit(Math.max(limit, 0))
                    .map(entry -> new DeadLetter(entry.event(), entry.attempts(), entry.lastError().getOrElse(""),
                            entry.deadLetteredAt().get()))
                    .toList());
        }

        @Override
        public boolean retryDeadLetter(String eventId) {
            return changeDeadLetter(eventId, (entry, now) -> entry.revived());
        }

        @Override
        public boolean discardDeadLetter(String eventId) {
            return changeDeadLetter(eventId, (entry, now) -> entry.leftOutbox(now));
        }

        @Override
        public int deletePublished(Duration olderThan, int limit) {
            if (olderThan.isNegative()) {
                throw new IllegalArgumentException("retention cannot reach into the future");
            }
            return writing(() -> {
                Instant cutoff = clock.instant().minus(olderThan);
                List<Entry> expired = data.outbox.values().stream()
                        .filter(entry -> entry.publishedAt().exists(at -> at.isBefore(cutoff)))
                        .limit(Math.max(limit, 0))
                        .toList();
                data.remove(expired);
                return expired.size();
            });
        }

        private boolean changeDeadLetter(String eventId, BiFunction<Entry, Instant, Entry> change) {
            boolean[] changed = {false};
            update(List.of(eventId), (entry, now) -> {
                if (!entry.isDeadLetter()) {
                    return entry;
                }
                changed[0] = true;
                return change.apply(entry, now);
            });
            return changed[0];
        }

        private void update(List<String> eventIds, BiFunction<Entry, Instant, Entry> change) {
            writing(() -> {
                Instant now = clock.instant();
                for (String eventId : eventIds) {
                    Long sequence = data.sequenceOfEvent.get(eventId);
                    if (sequence != null) {
                        Entry changed = change.apply(data.outbox.get(sequence), now);
                        data.outbox.put(sequence, changed);
                        if (changed.publishedAt().isDefined()) {
                            data.pending.remove(sequence);
                        }
                    }
                }
                return null;
            });
        }
    }

    private final class Idempotency implements IdempotencyRecords {
        @Override
        public Option<IdempotencyRecord> find(TenantId tenant, IdempotencyKey key) {
            return reading(() -> Option.of(data.idempotency.get(new IdempotencyKeyOf(tenant, key))));
        }

        @Override
        public void completeAnswer(TenantId tenant, IdempotencyKey key, Applied<?> answer) {
            writing(() -> data.idempotency.computeIfPresent(new IdempotencyKeyOf(tenant, key),
                    (id, record) -> record.withAnswer(answer)));
        }
    }

    private final class Effects implements EffectJournal {
        @Override
        public void record(EffectRecord record) {
            writing(() -> data.effects.computeIfAbsent(
                    new Key(record.tenant(), record.aggregateType(), record.aggregateId()),
                    ignored -> new ArrayList<>()).add(record));
        }

        @Override
        public List<EffectRecord> forAggregate(TenantId tenant, AggregateType aggregateType, String aggregateId) {
            return reading(() -> List.copyOf(data.effects.getOrDefault(new Key(tenant, aggregateType, aggregateId),
                    List.of())));
        }
    }

    /** An effect in the outbox; {@code lease} and {@code dueAt} are by the store's clock. */
    private record EffectEntry(PlannedEffect effect, Option<Lease> lease, int attempts, Option<Instant> dueAt,
            Option<String> lastError, Option<Instant> deadLetteredAt) {

        boolean freeFor(String runnerId, Instant now) {
            return deadLetteredAt.isEmpty()
                    && !lease.exists(held -> !held.relayId().equals(runnerId) && held.until().isAfter(now));
        }

        boolean heldBy(String runnerId) {
            return lease.exists(held -> held.relayId().equals(runnerId));
        }

        EffectEntry leased(Option<Lease> value) {
            return new EffectEntry(effect, value, attempts, dueAt, lastError, deadLetteredAt);
        }
    }

    /**
     * The effect outbox, beside the indexes and under the same write lock, so that a commit's effects are
     * added atomically with it; in insertion order, which is commit order.
     */
    private final class PlannedEffects implements EffectOutbox {
        private final java.util.Map<String, EffectEntry> entries = new java.util.LinkedHashMap<>();

        /** Called by a commit under the write lock. */
        void add(Commit.Effects planned, Instant now) {
            Option<Lease> held = Option.some(new Lease(planned.heldBy(), now.plus(planned.heldFor())));
            for (PlannedEffect effect : planned.planned()) {
                entries.put(effect.effectId(), new EffectEntry(effect, held, 0, Option.none(), Option.none(),
                        Option.none()));
            }
        }

        @Override
        public List<EffectOutbox.Claimed> claim(String runnerId, List<String> effectIds, Duration lease) {
            return locked(now -> {
                List<EffectOutbox.Claimed> claimed = new ArrayList<>();
                for (String effectId : effectIds) {
                    EffectEntry entry = entries.get(effectId);
                    if (entry != null && entry.freeFor(runnerId, now)) {
                        claimed.add(take(entry, runnerId, now, lease));
                    }
                }
                return claimed;
            });
        }

        @Override
        public List<EffectOutbox.Claimed> claimDue(String runnerId, int limit, Duration lease) {
            return locked(now -> {
                List<EffectOutbox.Claimed> claimed = new ArrayList<>();
                for (EffectEntry entry : List.copyOf(entries.values())) {
                    if (claimed.size() >= limit) {
                        break;
                    }
                    if (entry.freeFor(runnerId, now) && entry.dueAt().forAll(due -> !due.isAfter(now))) {
                        claimed.add(take(entry, runnerId, now, lease));
                    }
                }
                return claimed;
            });
        }

        private EffectOutbox.Claimed take(EffectEntry entry, String runnerId, Instant now, Duration lease) {
            entries.put(entry.effect().effectId(), entry.leased(Option.some(new Lease(runnerId, now.plus(lease)))));
            return new EffectOutbox.Claimed(entry.effect(), entry.attempts());
        }

        @Override
        public void succeeded(String runnerId, String effectId) {
            changeHeld(runnerId, effectId, (entry, now) -> null);
        }

        @Override
        public void release(String runnerId, String effectId) {
            changeHeld(runnerId, effectId, (entry, now) -> entry.leased(Option.none()));
        }

        @Override
        public void recordFailure(String runnerId, String effectId, Failure failure) {
            changeHeld(runnerId, effectId, (entry, now) -> new EffectEntry(entry.effect(), Option.none(),
                    entry.attempts() + 1,
                    failure instanceof Failure.Retry retry ? Option.some(now.plus(retry.after())) : Option.none(),
                    Option.some(failure.error()),
                    failure instanceof Failure.Exhausted ? Option.some(now) : Option.none()));
        }

        @Override
        public long outstanding() {
            return locked(now -> (long) entries.size());
        }

        @Override
        public List<EffectOutbox.DeadLetter> deadLetters(int limit) {
            return locked(now -> entries.values().stream().filter(entry -> entry.deadLetteredAt().isDefined())
                    .limit(Math.max(0, limit))
                    .map(entry -> new EffectOutbox.DeadLetter(entry.effect(), entry.attempts(),
                            entry.lastError().getOrElse(""), entry.deadLetteredAt().get()))
                    .toList());
        }

        @Override
        public boolean retryDeadLetter(String effectId) {
            return changeDeadLetter(effectId, entry -> new EffectEntry(entry.effect(), Option.none(), 0,
                    Option.none(), entry.lastError(), Option.none()));
        }

        @Override
        public boolean discardDeadLetter(String effectId) {
            return changeDeadLetter(effectId, entry -> null);
        }

        private boolean changeDeadLetter(String effectId, java.util.function.UnaryOperator<EffectEntry> change) {
            return locked(now -> {
                EffectEntry entry = entries.get(effectId);
                if (entry == null || entry.deadLetteredAt().isEmpty()) {
                    return false;
                }
                put(effectId, change.apply(entry));
                return true;
            });
        }

        /** Changes an effect {@code runnerId} holds; a {@code null} change removes it. */
        private void changeHeld(String runnerId, String effectId, BiFunction<EffectEntry, Instant, EffectEntry> change) {
            locked(now -> {
                EffectEntry entry = entries.get(effectId);
                if (entry != null && entry.heldBy(runnerId)) {
                    put(effectId, change.apply(entry, now));
                }
                return null;
            });
        }

        private void put(String effectId, EffectEntry entry) {
            if (entry == null) {
                entries.remove(effectId);
            } else {
                entries.put(effectId, entry);
            }
        }

        private <T> T locked(java.util.function.Function<Instant, T> work) {
            writeLock.lock();
            try {
                return work.apply(clock.instant());
            } finally {
                writeLock.unlock();
            }
        }
    }

    /** A deadline not yet decided; its lease is by the store's clock. */
    private record TimerEntry(Deadline deadline, long sequence, Option<Lease> lease) {

        boolean claimableBy(String runnerId, Instant now) {
            return !deadline.dueAt().isAfter(now)
                    && !lease.exists(held -> !held.relayId().equals(runnerId) && held.until().isAfter(now));
        }

        boolean heldBy(String runnerId) {
            return lease.exists(held -> held.relayId().equals(runnerId));
        }
    }

    /**
     * The timer store, beside the snapshot but under the same write lock, so that a commit's deadlines are added
     * atomically with it. Due times are compared with the store's clock, as a database compares with its own.
     */
    private final class Timers implements Deadlines {
        private final java.util.Map<String, TimerEntry> entries = new java.util.HashMap<>();
        private long nextSequence;

        /** Called by a commit under the write lock. */
        void add(List<Deadline> added) {
            for (Deadline deadline : added) {
                entries.put(deadline.deadlineId(), new TimerEntry(deadline, nextSequence++, Option.none()));
            }
        }

        @Override
        public List<Deadline> claimDue(String runnerId, int limit, Duration lease) {
            return effectOutbox.locked(now -> entries.values().stream()
                    .filter(entry -> entry.claimableBy(runnerId, now))
                    .sorted(java.util.Comparator.comparing((TimerEntry entry) -> entry.deadline().dueAt())
                            .thenComparingLong(TimerEntry::sequence))
                    .limit(Math.max(0, limit))
                    .toList().stream()
                    .map(entry -> {
                        entries.put(entry.deadline().deadlineId(), new TimerEntry(entry.deadline(), entry.sequence(),
                                Option.some(new Lease(runnerId, now.plus(lease)))));
                        return entry.deadline();
                    })
                    .toList());
        }

        @Override
        public void decided(String runnerId, String deadlineId) {
            effectOutbox.locked(now -> {
                TimerEntry entry = entries.get(deadlineId);
                if (entry != null && entry.heldBy(runnerId)) {
                    entries.remove(deadlineId);
                }
                return null;
            });
        }

        @Override
        public void release(String runnerId, String deadlineId) {
            effectOutbox.locked(now -> {
                TimerEntry entry = entries.get(deadlineId);
                if (entry != null && entry.heldBy(runnerId)) {
                    entries.put(deadlineId, new TimerEntry(entry.deadline(), entry.sequence(), Option.none()));
                }
                return null;
            });
        }

        @Override
        public long pending() {
            return effectOutbox.locked(now -> (long) entries.size());
        }
    }
}
