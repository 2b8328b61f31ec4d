package dev.rescind.testkit.contract;

import static dev.rescind.testkit.contract.StoreFixture.MERCHANT;
import static dev.rescind.testkit.contract.StoreFixture.NOW;
import static dev.rescind.testkit.contract.StoreFixture.freshId;
import static dev.rescind.testkit.contract.StoreFixture.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.Applied;
import dev.rescind.application.CommandContext;
import dev.rescind.application.EffectOutcome;
import dev.rescind.application.Rescind;
import dev.rescind.application.port.EffectRecord;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Best-effort effects, generated: whatever the draft-order, order-tag and carrier gateways do (succeed, throw a
 * runtime exception, an error or a checked exception, or hang), the transition commits, the answer reports
 * each effect as it went, the effect journal keeps the same outcomes, and a hanging gateway delays the answer
 * by no more than the effect timeout: the answer arrives while the gateway still hangs. See
 * {@link StoreContract} for the hooks.
 */
public abstract class BestEffortProperties extends StoreContract {

    /**
     * Short, so that hanging gateways keep the property quick, yet far longer than a gateway that returns at
     * once needs on threads that are already started.
     */
    private static final Duration EFFECT_TIMEOUT = Duration.ofMillis(250);

    /** What a gateway does when called. */
    public enum Behaviour {
        /** Returns normally. */
        SUCCEEDS,
        /** Throws a runtime exception. */
        THROWS_RUNTIME_EXCEPTION,
        /** Throws an error. */
        THROWS_ERROR,
        /** Throws a checked exception. */
        THROWS_CHECKED_EXCEPTION,
        /** Blocks until the test releases it. */
        HANGS;

        void act(CountDownLatch hanging) {
            switch (this) {
                case SUCCEEDS -> {
                }
                case THROWS_RUNTIME_EXCEPTION -> throw new IllegalStateException("gateway unavailable");
                case THROWS_ERROR -> throw new AssertionError("gateway broke");
                case THROWS_CHECKED_EXCEPTION ->
                        Behaviour.<RuntimeException>sneaky(new IOException("connection reset"));
                case HANGS -> awaitQuietly(hanging);
            }
        }

        void assertReported(EffectOutcome outcome) {
            assertThat(outcome.attempted()).as("%s attempted", outcome.effect()).isTrue();
            assertThat(outcome.succeeded()).as("%s succeeded", outcome.effect()).isEqualTo(this == SUCCEEDS);
            assertThat(outcome.pending()).as("%s pending", outcome.effect()).isEqualTo(this == HANGS);
            switch (this) {
                case SUCCEEDS, HANGS -> assertThat(outcome.error()).isEmpty();
                case THROWS_RUNTIME_EXCEPTION -> assertThat(outcome.error()).contains("gateway unavailable");
                case THROWS_ERROR -> assertThat(outcome.error()).contains("gateway broke");
                case THROWS_CHECKED_EXCEPTION -> assertThat(outcome.error()).contains("connection reset");
            }
        }

        @SuppressWarnings("unchecked")
        private static <T extends Throwable> void sneaky(Throwable throwable) throws T {
            throw (T) throwable;
        }
    }

    /**
     * Fewer tries than the default: a hanging gateway costs the effect timeout, up to twice per try.
     */
    @Property(tries = 60)
    void a_cancelled_exchange_commits_whatever_the_draft_order_and_tag_gateways_do(
            @ForAll Behaviour draftOrders, @ForAll Behaviour orderTags) {
        CountDownLatch hanging = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        ThreadPoolExecutor effects = startedPool();
        try {
            Rescind rescind = Rescind.builder().store(store()).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .effectExecutor(effects).effectTimeout(EFFECT_TIMEOUT)
                    .draftOrders((tenant, draft) -> {
                        calls.incrementAndGet();
                        draftOrders.act(hanging);
                    })
                    .orderTags((tenant, order, tag) -> {
                        calls.incrementAndGet();
                        orderTags.act(hanging);
                    })
                    .build();
            TenantId tenant = freshTenant();
            ReturnId id = createReturn(rescind, tenant);

            Applied<Return> updated = PipelineContract.ok(rescind.returns().cancelExchange(
                    CommandContext.of(tenant, MERCHANT), id, Option.none()));

            assertThat(hanging.getCount()).as("answered while a gateway may still hang").isEqualTo(1);
            assertThat(calls).hasValue(2);
            draftOrders.assertReported(updated.effect(EffectOutcome.DELETE_DRAFT_ORDER));
            orderTags.assertReported(updated.effect(EffectOutcome.TAG_ORDER));
            assertThat(updated.aggregate().hasExchange()).isFalse();
            assertThat(rescind.returns().get(tenant, id).get()).isEqualTo(updated.aggregate());
            assertThat(journal(tenant, id)).containsExactlyInAnyOrderElementsOf(updated.effects());
        } finally {
            hanging.countDown();
            effects.shutdown();
        }
    }

    @Property(tries = 30)
    void a_requested_return_cancellation_commits_whatever_the_carrier_gateway_does(@ForAll Behaviour carrier) {
        CountDownLatch hanging = new CountDownLatch(1);
        ThreadPoolExecutor effects = startedPool();
        try {
            Rescind rescind = Rescind.builder().store(store()).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .effectExecutor(effects).effectTimeout(EFFECT_TIMEOUT)
                    .carrierCancellations((tenant, returnId, carrierId, parcel, request) -> carrier.act(hanging))
                    .build();
            TenantId tenant = freshTenant();
            ReturnId id = createReturn(rescind, tenant);

            Applied<Return> requested = PipelineContract.ok(rescind.returns().requestCancellation(
                    CommandContext.of(tenant, MERCHANT), id, Option.none()));

            carrier.assertReported(requested.effect(EffectOutcome.CARRIER_CANCELLATION));
            assertThat(requested.aggregate().parcelStatus()).isEqualTo(ParcelStatus.CANCELLING);
            CancellationRequest request = requested.related(CancellationRequest.class).get();
            assertThat(rescind.cancellationRequests().get(tenant, request.id()).get()).isEqualTo(request);
            assertThat(journal(tenant, id)).containsExactlyElementsOf(requested.effects());
        } finally {
            hanging.countDown();
            effects.shutdown();
        }
    }

    /** Effect threads started before the command, so that only a hanging gateway can miss the timeout. */
    private static ThreadPoolExecutor startedPool() {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(2);
        pool.prestartAllCoreThreads();
        return pool;
    }

    private List<EffectOutcome> journal(TenantId tenant, ReturnId id) {
        return store().effects().forAggregate(tenant, AggregateType.RETURN, id.value()).stream()
                .map(EffectRecord::outcome).toList();
    }

    private static ReturnId createReturn(Rescind rescind, TenantId tenant) {
        ReturnId id = new ReturnId(freshId());
        PipelineContract.ok(rescind.returns().create(CommandContext.of(tenant, MERCHANT),
                StoreFixture.newReturn(id)));
        return id;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
