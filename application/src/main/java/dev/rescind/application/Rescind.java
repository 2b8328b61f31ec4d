package dev.rescind.application;

import dev.rescind.application.internal.EffectRunner;
import dev.rescind.application.internal.Pipeline;
import dev.rescind.application.outbox.OutboxRelay;
import dev.rescind.application.port.CarrierCancellations;
import dev.rescind.application.port.DraftOrders;
import dev.rescind.application.port.EventPublisher;
import dev.rescind.application.port.IdSupplier;
import dev.rescind.application.port.OrderTags;
import dev.rescind.application.port.RescindStore;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one entry point a host builds once and shares: every use case, every query, and the outbox relay.
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
    private final ShipmentService shipments;
    private final ReturnService returns;
    private final FulfillmentOrderService fulfillmentOrders;
    private final CancellationRequestService cancellationRequests;

    private Rescind(Builder builder) {
        this.store = Objects.requireNonNull(builder.store, "a store is required");
        this.ids = builder.ids;
        this.listener = builder.listener;
        Executor executor = builder.effectExecutor != null ? builder.effectExecutor
                : defaultEffectExecutor(builder.effectThreads);
        Pipeline pipeline = new Pipeline(store, builder.clock, ids, new EffectRunner(executor, builder.effectTimeout),
                builder.maxAttempts, builder.listener);
        this.shipments = new ShipmentService(pipeline);
        this.returns = new ReturnService(pipeline, Option.of(builder.carrierCancellations),
                Option.of(builder.draftOrders), Option.of(builder.orderTags));
        this.fulfillmentOrders = new FulfillmentOrderService(pipeline);
        this.cancellationRequests = new CancellationRequestService(pipeline);
    }

    public static Builder builder() {
        return new Builder();
    }

    public ShipmentService shipments() {
        return shipments;
    }

    public ReturnService returns() {
        return returns;
    }

    public FulfillmentOrderService fulfillmentOrders() {
        return fulfillmentOrders;
    }

    public CancellationRequestService cancellationRequests() {
        return cancellationRequests;
    }

    /** A relay over this store's outbox; give each relay (thread or process) its own {@code relayId}. */
    public OutboxRelay outboxRelay(EventPublisher publisher, String relayId, int batchSize, Duration lease) {
        return outboxRelay(publisher, relayId, OutboxRelay.Settings.defaults().withBatchSize(batchSize)
                .withLease(lease));
    }

    /** A relay over this store's outbox that reports to this instance's {@link Builder#listener listener}. */
    public OutboxRelay outboxRelay(EventPublisher publisher, String relayId, OutboxRelay.Settings settings) {
        return new OutboxRelay(store.events(), publisher, relayId, settings, listener);
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

        private Builder() {
        }

        public Builder store(RescindStore value) {
            store = Objects.requireNonNull(value, "store");
            return this;
        }

        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder ids(IdSupplier value) {
            ids = Objects.requireNonNull(value, "ids");
            return this;
        }

        public Builder draftOrders(DraftOrders value) {
            draftOrders = Objects.requireNonNull(value, "draftOrders");
            return this;
        }

        public Builder orderTags(OrderTags value) {
            orderTags = Objects.requireNonNull(value, "orderTags");
            return this;
        }

        public Builder carrierCancellations(CarrierCancellations value) {
            carrierCancellations = Objects.requireNonNull(value, "carrierCancellations");
            return this;
        }

        /**
         * Where after-commit effects run, instead of the default pool of {@link #effectThreads} daemon threads.
         * A call past the effect timeout is interrupted through this executor's thread; how many threads a
         * hanging gateway can hold is then the executor's bound.
         */
        public Builder effectExecutor(Executor value) {
            effectExecutor = Objects.requireNonNull(value, "effectExecutor");
            return this;
        }

        /**
         * The most threads the default effect executor starts, however many gateway calls hang. Default
         * {@value Rescind#DEFAULT_EFFECT_THREADS}.
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
         * interrupted; one that found no free thread by then is not attempted. Default 2 s.
         */
        public Builder effectTimeout(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("effect timeout must be positive");
            }
            effectTimeout = value;
            return this;
        }

        /** How often a command is decided again after losing a race without an expected version. Default 5. */
        public Builder maxAttempts(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("at least one attempt");
            }
            maxAttempts = value;
            return this;
        }

        /** Who hears of Rescind's work (commands, published, failed and dead-lettered events); nobody by default. */
        public Builder listener(RescindListener value) {
            listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        public Rescind build() {
            return new Rescind(this);
        }
    }
}
