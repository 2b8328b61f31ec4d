package dev.rescind.application;

import dev.rescind.application.internal.EffectAttempts;
import dev.rescind.application.internal.EffectGateways;
import dev.rescind.application.internal.EffectRunner;
import dev.rescind.application.internal.Pipeline;
import dev.rescind.application.outbox.DeadlineRunner;
import dev.rescind.application.outbox.EffectRelay;
import dev.rescind.application.outbox.OutboxRelay;
import dev.rescind.application.port.AfterCommit;
import dev.rescind.application.port.CarrierCancellations;
import dev.rescind.application.port.DraftOrders;
import dev.rescind.application.port.EffectOutbox;
import dev.rescind.application.port.EventPublisher;
import dev.rescind.application.port.IdSupplier;
import dev.rescind.application.port.OrderTags;
import dev.rescind.application.port.RescindStore;
import dev.rescind.domain.Aggregates;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.NewFulfillmentOrder;
import dev.rescind.domain.returns.NewReturn;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.AggregateId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Command;
import dev.rescind.domain.shared.NewAggregate;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.Shipment;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one entry point a host builds once and shares: every use case, every query, the outbox relay and the
 * relay of planned effects.
 *
 * <pre>{@code
 * Rescind rescind = Rescind.builder()
 *         .store(store)
 *         .clock(Clock.systemUTC())
 *         .draftOrders(shopify::deleteDraftOrder)
 *         .build();
 * rescind.shipments().cancel(CommandContext.of(tenant, actor), shipmentId, reason);
 * }</pre>
 *
 * <p>Thread-safe. Answers are values ({@code Either<Rejection, …>}); only infrastructure failures of the
 * store are thrown.
 */
public final class Rescind {

    /** Enough for the effects of many concurrent commands; few enough that hung gateways cannot exhaust a host. */
    public static final int DEFAULT_EFFECT_THREADS = 16;

    private final RescindStore store;
    private final IdSupplier ids;
    private final RescindListener listener;
    private final EffectOutbox effectOutbox;
    private final EffectAttempts effectAttempts;
    private final ShipmentService shipments;
    private final ReturnService returns;
    private final FulfillmentOrderService fulfillmentOrders;
    private final CancellationRequestService cancellationRequests;
    /** Each commanded aggregate's {@code create} and {@code execute}, by type: where {@link #create} and {@link #execute} go. */
    private final Map<AggregateType, UseCases> useCases;
    private final AnswerTimes answerTimes;

    private Rescind(Builder builder) {
        this.store = Objects.requireNonNull(builder.store, "a store is required");
        this.ids = builder.ids;
        this.listener = builder.listener;
        Executor executor = builder.effectExecutor != null ? builder.effectExecutor
                : defaultEffectExecutor(builder.effectThreads);
        if (builder.effectSettings.lease().compareTo(builder.effectTimeout) <= 0) {
            throw new IllegalArgumentException("the effects' lease must outlast the effect timeout");
        }
        EffectGateways gateways = new EffectGateways(Option.of(builder.carrierCancellations),
                Option.of(builder.draftOrders), Option.of(builder.orderTags));
        RescindStore effectStore = builder.effectStore != null ? builder.effectStore : store;
        this.effectOutbox = effectStore.effectOutbox();
        this.effectAttempts = new EffectAttempts(effectStore, gateways, new EffectRunner(executor,
                builder.effectTimeout), builder.effectSettings, builder.clock, listener);
        Pipeline pipeline = new Pipeline(store, builder.clock, ids, effectAttempts, builder.afterCommit,
                "rescind-" + ids.nextId(), builder.maxAttempts, builder.listener);
        this.shipments = new ShipmentService(pipeline);
        this.answerTimes = builder.answerTimes;
        this.returns = new ReturnService(pipeline, gateways, answerTimes);
        this.fulfillmentOrders = new FulfillmentOrderService(pipeline, answerTimes);
        this.cancellationRequests = new CancellationRequestService(pipeline);
        this.useCases = Map.of(
                AggregateType.SHIPMENT, useCases(Shipment.DESCRIPTOR, NewShipment.class, shipments::create,
                        shipments::execute),
                AggregateType.RETURN, useCases(Return.DESCRIPTOR, NewReturn.class, returns::create, returns::execute),
                AggregateType.FULFILLMENT_ORDER, useCases(FulfillmentOrder.DESCRIPTOR, NewFulfillmentOrder.class,
                        fulfillmentOrders::create, fulfillmentOrders::execute));
    }

    /** {@return a builder; only the store is required} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the shipment commands and queries} */
    public ShipmentService shipments() {
        return shipments;
    }

    /** {@return the return commands and queries} */
    public ReturnService returns() {
        return returns;
    }

    /** {@return the fulfillment order commands and queries} */
    public FulfillmentOrderService fulfillmentOrders() {
        return fulfillmentOrders;
    }

    /** {@return the cancellation request queries} */
    public CancellationRequestService cancellationRequests() {
        return cancellationRequests;
    }

    /**
     * Creates the aggregate {@code details} name, through that aggregate's use case ({@link ShipmentService#create}
     * and the others), for a host that handles commands generically.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param details the new aggregate's details
     * @return the aggregate created, or why it was refused
     */
    public Either<Rejection, ? extends Applied<?>> create(CommandContext context, NewAggregate details) {
        return Arguments.require("context", context).and("details", details).then(() -> {
            UseCases of = useCases.get(details.id().type());
            return of == null || !of.details().isInstance(details)
                    ? Either.left(notApplicable("details", details.id().type()))
                    : of.create().create(context, details);
        });
    }

    /**
     * Any command, given as its record, on the aggregate {@code id} names: through that aggregate's use cases
     * ({@link ShipmentService#execute}, {@link ReturnService#execute}, {@link FulfillmentOrderService#execute}),
     * for a host that handles commands generically. A command of another aggregate, or for an aggregate that
     * commands do not address, is {@link Rejection.InvalidInput}.
     *
     * @param context who sends it, for which tenant, with an idempotency key or expected version if any
     * @param id      the addressed aggregate's id
     * @param command one of that aggregate's commands
     * @return the change applied, or why it was refused
     */
    public Either<Rejection, ? extends Applied<?>> execute(CommandContext context, AggregateId id, Command command) {
        return Arguments.require("context", context).and("id", id).and("command", command).then(() -> {
            UseCases of = useCases.get(id.type());
            return of == null || !Aggregates.of(id.type()).accepts(command)
                    ? Either.left(notApplicable("command", id.type()))
                    : of.execute().execute(context, id, command);
        });
    }

    /**
     * The audit timeline of any aggregate, by its id: what each aggregate's service answers for it.
     *
     * @param tenant the tenant the aggregate belongs to
     * @param id     the aggregate's id
     * @return its timeline, or why it cannot be read
     */
    public Either<Rejection, List<TimelineEntry>> timeline(TenantId tenant, AggregateId id) {
        return Arguments.require("tenant", tenant).and("id", id).then(() -> new Queries(store).timeline(tenant,
                id.type(), id.value(), current -> find(current, Aggregates.of(id.type()), tenant, id)));
    }

    private static <A extends Aggregate, I extends AggregateId, S extends Enum<S>> Option<A> find(RescindStore store,
            AggregateDescriptor<A, I, S> descriptor, TenantId tenant, AggregateId id) {
        return store.repository(descriptor).find(tenant, descriptor.id(id.value()));
    }

    private static Rejection notApplicable(String field, AggregateType type) {
        return Rejection.InvalidInput.of(field, "not_applicable",
                "is not for a " + type.displayName().toLowerCase(Locale.ROOT));
    }

    /** One aggregate's {@code create} and {@code execute}, taking any details, id and command of its own. */
    private record UseCases(Class<? extends NewAggregate> details, Creator create, CommandHandler execute) {
    }

    @FunctionalInterface
    private interface Creator {
        Either<Rejection, ? extends Applied<?>> create(CommandContext context, NewAggregate details);
    }

    @FunctionalInterface
    private interface CommandHandler {
        Either<Rejection, ? extends Applied<?>> execute(CommandContext context, AggregateId id, Command command);
    }

    @FunctionalInterface
    private interface TypedCreator<A extends Aggregate, D extends NewAggregate> {
        Either<Rejection, Applied<A>> create(CommandContext context, D details);
    }

    @FunctionalInterface
    private interface TypedHandler<A extends Aggregate, I extends AggregateId, K extends Command> {
        Either<Rejection, Applied<A>> execute(CommandContext context, I id, K command);
    }

    /**
     * The use cases of one aggregate, reached with its own types: details and commands are looked up by the
     * type their id names and checked to be its own before they get here.
     */
    @SuppressWarnings("unchecked")
    private static <A extends Aggregate, I extends AggregateId, D extends NewAggregate, K extends Command> UseCases
            useCases(AggregateDescriptor<A, I, ?> descriptor, Class<D> details, TypedCreator<A, D> create,
                    TypedHandler<A, I, K> execute) {
        return new UseCases(details, (context, created) -> create.create(context, details.cast(created)),
                (context, id, command) -> execute.execute(context, descriptor.id(id.value()), (K) command));
    }

    /**
     * A relay over this store's outbox; give each relay (thread or process) its own {@code relayId}.
     *
     * @param publisher the broker
     * @param relayId   this relay's id, unique among the running relays
     * @param batchSize events claimed per run
     * @param lease     how long claimed events stay this relay's
     * @return the relay
     */
    public OutboxRelay outboxRelay(EventPublisher publisher, String relayId, int batchSize, Duration lease) {
        return outboxRelay(publisher, relayId, OutboxRelay.Settings.defaults().withBatchSize(batchSize)
                .withLease(lease));
    }

    /**
     * A relay over this store's outbox that reports to this instance's {@link Builder#listener listener}.
     *
     * @param publisher the broker
     * @param relayId   this relay's id, unique among the running relays
     * @param settings  batch size, lease, attempts and backoff
     * @return the relay
     */
    public OutboxRelay outboxRelay(EventPublisher publisher, String relayId, OutboxRelay.Settings settings) {
        return new OutboxRelay(store.events(), publisher, relayId, settings, listener);
    }

    /**
     * A relay of the effects that are due again (failed, not finished in time, or left behind by a crash), with
     * this instance's gateways, effect threads, timeout, {@link Builder#effectRetries retry settings} and
     * listener; give each relay (thread or process) its own {@code runnerId} and run it on a schedule.
     *
     * @param runnerId this runner's id, unique among the running runners
     * @return the relay
     */
    public EffectRelay effectRelay(String runnerId) {
        return new EffectRelay(effectOutbox, effectAttempts, runnerId, listener);
    }

    /**
     * A runner of the deadlines that fell due, by the store's clock: unanswered cancellation requests expire, or
     * are escalated, as the {@link Builder#answerTimes answer times} say. Give each runner (thread or process)
     * its own {@code runnerId} and run it on a schedule.
     *
     * @param runnerId this runner's id, unique among the running runners
     * @return the runner
     */
    public DeadlineRunner deadlineRunner(String runnerId) {
        return deadlineRunner(runnerId, DeadlineRunner.Settings.defaults());
    }

    /**
     * A runner of the deadlines that fell due, claiming {@code settings}' batch for its lease.
     *
     * @param runnerId this runner's id, unique among the running runners
     * @param settings the batch size and lease
     * @return the runner
     */
    public DeadlineRunner deadlineRunner(String runnerId, DeadlineRunner.Settings settings) {
        return new DeadlineRunner(store.deadlines(), this, answerTimes.onUnanswered(), runnerId, settings, listener);
    }

    /**
     * The effects not yet done, and their dead letters to list, retry or discard.
     *
     * @return the effect outbox
     */
    public EffectOutbox effectOutbox() {
        return effectOutbox;
    }

    /**
     * At most {@code threads} effect threads, however many gateway calls hang: a call past the effect timeout
     * is interrupted and its thread handed back, and a call still queued at its timeout is dropped. Idle threads
     * end after a minute; daemon threads never keep a host alive.
     */
    private static ExecutorService defaultEffectExecutor(int threads) {
        AtomicInteger started = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "rescind-effect-" + started.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Configures a {@link Rescind}; only the store is required. */
    public static final class Builder {
        private RescindStore store;
        private Clock clock = Clock.systemUTC();
        private IdSupplier ids = new RandomUuids();
        private DraftOrders draftOrders;
        private OrderTags orderTags;
        private CarrierCancellations carrierCancellations;
        private Executor effectExecutor;
        private Duration effectTimeout = Duration.ofSeconds(2);
        private int effectThreads = DEFAULT_EFFECT_THREADS;
        private int maxAttempts = 5;
        private RescindListener listener = RescindListener.NONE;
        private AfterCommit afterCommit = AfterCommit.IMMEDIATELY;
        private RescindStore effectStore;
        private OutboxRelay.Settings effectSettings = OutboxRelay.Settings.defaults();
        private AnswerTimes answerTimes = AnswerTimes.none();

        private Builder() {
        }

        /**
         * The store of aggregates, events, idempotency records and effects. Required.
         *
         * @param value the store
         * @return this builder
         */
        public Builder store(RescindStore value) {
            store = Objects.requireNonNull(value, "store");
            return this;
        }

        /**
         * The clock decisions are made at. Default: UTC system time.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Where new ids come from: events, effects, cancellation requests, replacement orders. Default: random UUIDs.
         *
         * @param value the supplier
         * @return this builder
         */
        public Builder ids(IdSupplier value) {
            ids = Objects.requireNonNull(value, "ids");
            return this;
        }

        /**
         * The gateway that deletes an exchange's draft order after {@code cancelExchange}.
         *
         * @param value the gateway
         * @return this builder
         */
        public Builder draftOrders(DraftOrders value) {
            draftOrders = Objects.requireNonNull(value, "draftOrders");
            return this;
        }

        /**
         * The gateway that tags the shop order after {@code cancelExchange}.
         *
         * @param value the gateway
         * @return this builder
         */
        public Builder orderTags(OrderTags value) {
            orderTags = Objects.requireNonNull(value, "orderTags");
            return this;
        }

        /**
         * The gateway that asks the carrier upstream after {@code requestCancellation}.
         *
         * @param value the gateway
         * @return this builder
         */
        public Builder carrierCancellations(CarrierCancellations value) {
            carrierCancellations = Objects.requireNonNull(value, "carrierCancellations");
            return this;
        }

        /**
         * Where after-commit effects run, instead of the default pool of {@link #effectThreads} daemon threads.
         * A call past the effect timeout is interrupted through this executor's thread; how many threads a
         * hanging gateway can hold is then the executor's bound.
         *
         * @param value the executor
         * @return this builder
         */
        public Builder effectExecutor(Executor value) {
            effectExecutor = Objects.requireNonNull(value, "effectExecutor");
            return this;
        }

        /**
         * The most threads the default effect executor starts, however many gateway calls hang. Default
         * {@value Rescind#DEFAULT_EFFECT_THREADS}.
         *
         * @param value the most threads, at least 1
         * @return this builder
         */
        public Builder effectThreads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("at least one effect thread");
            }
            effectThreads = value;
            return this;
        }

        /**
         * How long an answer waits for its effects. A call still running then is reported as pending and
         * interrupted; one that found no free thread by then is not attempted. Either is due again for an
         * {@link EffectRelay}. Default 2 s.
         *
         * @param value the timeout
         * @return this builder
         */
        public Builder effectTimeout(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("effect timeout must be positive");
            }
            effectTimeout = value;
            return this;
        }

        /**
         * How often a command is decided again after losing a race without an expected version. Default 5.
         *
         * @param value the most attempts, at least 1
         * @return this builder
         */
        public Builder maxAttempts(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("at least one attempt");
            }
            maxAttempts = value;
            return this;
        }

        /**
         * Who hears of Rescind's work (commands, published, failed and dead-lettered events); nobody by default.
         *
         * @param value the listener
         * @return this builder
         */
        public Builder listener(RescindListener value) {
            listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * How the transaction that counts says it committed, so that planned effects run only after it: for a
         * store in the host's transaction, the host's transaction manager's after-commit hook. Default
         * {@link AfterCommit#IMMEDIATELY}, right for a store that commits on its own.
         *
         * @param value the after-commit hook
         * @return this builder
         */
        public Builder afterCommit(AfterCommit value) {
            afterCommit = Objects.requireNonNull(value, "afterCommit");
            return this;
        }

        /**
         * Where the effects' bookkeeping after the commit goes (leases, outcomes, retries, the journal): a store
         * that commits on its own, over the same database. Needed when {@link #store} works in the host's
         * transaction, which is over by the time the effects run; the default is {@link #store} itself.
         *
         * @param value the store
         * @return this builder
         */
        public Builder effectStore(RescindStore value) {
            effectStore = Objects.requireNonNull(value, "effectStore");
            return this;
        }

        /**
         * How effects are retried: the lease a runner holds an effect for (longer than the effect timeout), the
         * attempts before one is dead-lettered, and the backoff between attempts; the batch size of an
         * {@link EffectRelay} run. Default {@link OutboxRelay.Settings#defaults()}.
         *
         * @param value the settings
         * @return this builder
         */
        public Builder effectRetries(OutboxRelay.Settings value) {
            effectSettings = Objects.requireNonNull(value, "effectRetries");
            return this;
        }

        /**
         * How long responders have to answer cancellation requests whose command gives no answer-by time, and
         * what the {@link DeadlineRunner} does once that passed. Default {@link AnswerTimes#none()}.
         *
         * @param value the answer times
         * @return this builder
         */
        public Builder answerTimes(AnswerTimes value) {
            answerTimes = Objects.requireNonNull(value, "answerTimes");
            return this;
        }

        /**
         * {@return the library}
         *
         * @throws NullPointerException when no store was given
         */
        public Rescind build() {
            return new Rescind(this);
        }
    }
}
