package dev.rescind.testkit.contract;

import static dev.rescind.testkit.contract.PipelineContract.ok;
import static dev.rescind.testkit.contract.StoreFixture.CARRIER;
import static dev.rescind.testkit.contract.StoreFixture.MERCHANT;
import static dev.rescind.testkit.contract.StoreFixture.freshId;
import static dev.rescind.testkit.contract.StoreFixture.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.Applied;
import dev.rescind.application.CommandContext;
import dev.rescind.application.EffectOutcome;
import dev.rescind.application.Rescind;
import dev.rescind.application.RescindListener;
import dev.rescind.application.outbox.EffectRelay;
import dev.rescind.application.outbox.OutboxRelay;
import dev.rescind.application.port.CarrierCancellations;
import dev.rescind.application.port.EffectOutbox;
import dev.rescind.application.port.EffectRecord;
import dev.rescind.application.port.RescindStore;
import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Effects as data: a decision's effects are stored with its commit and run after the commit that counts, the
 * store's own or the host's; a rolled-back transition never reaches a gateway; failed effects are retried
 * with backoff and dead-lettered; racing runners run each effect once per attempt. The effect here is the
 * carrier cancellation a return's cancellation request plans. See {@link StoreContract} for the hooks.
 */
public abstract class EffectsContract extends StoreContract {

    private static final int TRANSITIONS = 20;

    private final TenantId tenant = freshTenant();
    private final CommandContext merchant = CommandContext.of(tenant, MERCHANT);
    private final CommandContext carrier = CommandContext.of(tenant, CARRIER);
    private final Map<String, AtomicInteger> carrierCalls = new ConcurrentHashMap<>();

    /**
     * Opens a transaction of the host's own on {@code store}'s data, in which {@link HostTransaction#store()}
     * works; what it commits becomes visible to {@code store} only when the host commits.
     *
     * @param store the store under test
     * @return the open transaction
     */
    protected abstract HostTransaction beginHostTransaction(RescindStore store);

    @Test
    void a_transition_the_host_rolls_back_never_reaches_a_gateway_and_leaves_no_effect_behind() {
        RescindStore store = emptyStore();
        Rescind own = Rescind.builder().store(store).carrierCancellations(counting()).build();
        List<ReturnId> ids = announcedReturns(own, TRANSITIONS);

        for (ReturnId id : ids) {
            try (HostTransaction host = beginHostTransaction(store)) {
                Applied<Return> answer = ok(inHost(host, store).returns().requestCancellation(merchant, id,
                        Option.none()));
                assertThat(answer.effect(EffectOutcome.CARRIER_CANCELLATION).attempted()).isFalse();
                host.rollback();
            }
        }
        own.effectRelay("runner-after-rollbacks").drain(10);

        assertThat(carrierCalls).isEmpty();
        assertThat(store.effectOutbox().outstanding()).isZero();
        assertThat(ids).allSatisfy(id -> assertThat(store.returns().find(tenant, id).get().parcelStatus())
                .isEqualTo(ParcelStatus.ANNOUNCED));
    }

    @Test
    void a_transition_the_host_commits_runs_each_effect_once_after_the_commit() {
        RescindStore store = emptyStore();
        Rescind own = Rescind.builder().store(store).carrierCancellations(counting()).build();
        List<ReturnId> ids = announcedReturns(own, TRANSITIONS);

        for (ReturnId id : ids) {
            try (HostTransaction host = beginHostTransaction(store)) {
                ok(inHost(host, store).returns().requestCancellation(merchant, id, Option.none()));
                assertThat(carrierCalls).doesNotContainKey(id.value());
                host.commit();
            }
            assertThat(calls(id)).hasValue(1);
        }
        own.effectRelay("runner-after-commits").drain(10);

        assertThat(ids).allSatisfy(id -> {
            assertThat(calls(id)).hasValue(1);
            assertThat(store.returns().find(tenant, id).get().parcelStatus()).isEqualTo(ParcelStatus.CANCELLING);
            assertThat(store.effects().forAggregate(tenant, AggregateType.RETURN, id.value()))
                    .extracting(EffectRecord::outcome)
                    .containsExactly(EffectOutcome.succeeded(EffectOutcome.CARRIER_CANCELLATION));
        });
        assertThat(store.effectOutbox().outstanding()).isZero();
    }

    @Test
    void a_keyed_retry_after_the_host_committed_replays_the_effects_real_outcome() {
        RescindStore store = emptyStore();
        Rescind own = Rescind.builder().store(store).carrierCancellations(counting()).build();
        ReturnId id = announcedReturns(own, 1).get(0);
        CommandContext keyed = merchant.withIdempotencyKey("cancel-" + id.value());

        Applied<Return> first;
        try (HostTransaction host = beginHostTransaction(store)) {
            first = ok(inHost(host, store).returns().requestCancellation(keyed, id, Option.none()));
            host.commit();
        }
        Applied<Return> retried = ok(own.returns().requestCancellation(keyed, id, Option.none()));

        assertThat(first.effect(EffectOutcome.CARRIER_CANCELLATION).attempted()).isFalse();
        assertThat(retried.replayed()).isTrue();
        assertThat(retried.effect(EffectOutcome.CARRIER_CANCELLATION))
                .isEqualTo(EffectOutcome.succeeded(EffectOutcome.CARRIER_CANCELLATION));
        assertThat(calls(id)).hasValue(1);
    }

    @Test
    void a_store_managed_commit_runs_its_effect_once_before_the_answer() {
        RescindStore store = emptyStore();
        Rescind rescind = Rescind.builder().store(store).carrierCancellations(counting()).build();
        ReturnId id = announcedReturns(rescind, 1).get(0);

        Applied<Return> answer = ok(rescind.returns().requestCancellation(merchant, id, Option.none()));
        rescind.effectRelay("runner-after-own-commit").drain(10);

        assertThat(answer.effect(EffectOutcome.CARRIER_CANCELLATION))
                .isEqualTo(EffectOutcome.succeeded(EffectOutcome.CARRIER_CANCELLATION));
        assertThat(calls(id)).hasValue(1);
        assertThat(store.effectOutbox().outstanding()).isZero();
    }

    @Test
    void a_failed_effect_waits_for_its_backoff_before_it_is_tried_again() {
        RescindStore store = emptyStore();
        AtomicInteger tries = new AtomicInteger();
        Rescind rescind = Rescind.builder().store(store).carrierCancellations(failing(tries, new AtomicBoolean()))
                .effectRetries(retries(5, Duration.ofHours(1))).build();
        ReturnId id = announcedReturns(rescind, 1).get(0);

        Applied<Return> answer = ok(rescind.returns().requestCancellation(merchant, id, Option.none()));
        int succeeded = rescind.effectRelay("runner-before-the-backoff").drain(5);

        assertThat(answer.effect(EffectOutcome.CARRIER_CANCELLATION))
                .isEqualTo(EffectOutcome.failed(EffectOutcome.CARRIER_CANCELLATION, "carrier down"));
        assertThat(succeeded).isZero();
        assertThat(tries).hasValue(1);
        assertThat(store.effectOutbox().outstanding()).isEqualTo(1);
        assertThat(store.effectOutbox().deadLetters(10)).isEmpty();
    }

    @Test
    void a_failing_effect_is_retried_with_backoff_then_dead_lettered_and_can_be_retried() throws Exception {
        RescindStore store = emptyStore();
        AtomicInteger tries = new AtomicInteger();
        AtomicBoolean recovered = new AtomicBoolean();
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        Rescind rescind = Rescind.builder().store(store).carrierCancellations(failing(tries, recovered))
                .effectRetries(retries(3, Duration.ofMillis(20))).listener(new RescindListener() {
                    @Override
                    public void effectFinished(String effect, EffectOutcome outcome, int attempt) {
                        heard.add(effect + " attempt " + attempt + (outcome.succeeded() ? " succeeded" : " failed"));
                    }

                    @Override
                    public void effectDeadLettered(String effect, String effectId, int attempts, String error) {
                        heard.add(effect + " dead after " + attempts + ": " + error);
                    }
                }).build();
        ReturnId id = announcedReturns(rescind, 1).get(0);
        EffectRelay relay = rescind.effectRelay("runner-of-a-failing-effect");

        ok(rescind.returns().requestCancellation(merchant, id, Option.none()));
        runUntil(relay, () -> !store.effectOutbox().deadLetters(10).isEmpty());
        relay.drain(5);

        List<EffectOutbox.DeadLetter> dead = store.effectOutbox().deadLetters(10);
        assertThat(tries).hasValue(3);
        assertThat(dead).singleElement().satisfies(letter -> {
            assertThat(letter.effect().aggregateId()).isEqualTo(id.value());
            assertThat(letter.effect().effect()).isEqualTo(EffectOutcome.CARRIER_CANCELLATION);
            assertThat(letter.attempts()).isEqualTo(3);
            assertThat(letter.lastError()).isEqualTo("carrier down");
        });
        assertThat(heard).containsExactly("carrier_cancellation attempt 1 failed",
                "carrier_cancellation attempt 2 failed", "carrier_cancellation attempt 3 failed",
                "carrier_cancellation dead after 3: carrier down");

        recovered.set(true);
        assertThat(store.effectOutbox().retryDeadLetter(dead.get(0).effect().effectId())).isTrue();
        assertThat(relay.drain(5)).isEqualTo(1);

        assertThat(tries).hasValue(4);
        assertThat(store.effectOutbox().outstanding()).isZero();
        assertThat(store.effectOutbox().retryDeadLetter(dead.get(0).effect().effectId())).isFalse();
    }

    @Test
    void a_discarded_dead_letter_never_runs() {
        RescindStore store = emptyStore();
        AtomicInteger tries = new AtomicInteger();
        Rescind rescind = Rescind.builder().store(store).carrierCancellations(failing(tries, new AtomicBoolean()))
                .effectRetries(retries(1, Duration.ofMillis(1))).build();
        ReturnId id = announcedReturns(rescind, 1).get(0);

        ok(rescind.returns().requestCancellation(merchant, id, Option.none()));
        String effectId = store.effectOutbox().deadLetters(10).get(0).effect().effectId();

        assertThat(store.effectOutbox().discardDeadLetter(effectId)).isTrue();
        rescind.effectRelay("runner-after-a-discard").drain(5);
        assertThat(tries).hasValue(1);
        assertThat(store.effectOutbox().outstanding()).isZero();
        assertThat(store.effectOutbox().discardDeadLetter(effectId)).isFalse();
    }

    @Test
    void two_runners_racing_run_each_effect_once_per_attempt() throws Exception {
        RescindStore store = emptyStore();
        Set<String> failedOnce = ConcurrentHashMap.newKeySet();
        Set<String> running = ConcurrentHashMap.newKeySet();
        AtomicInteger overlaps = new AtomicInteger();
        CarrierCancellations firstFails = (owner, returnId, carrierId, parcel, request) -> {
            calls(returnId).getAndIncrement();
            if (!running.add(returnId.value())) {
                overlaps.incrementAndGet();
            }
            try {
                if (failedOnce.add(returnId.value())) {
                    throw new IllegalStateException("carrier busy");
                }
                pause(Duration.ofMillis(2));
            } finally {
                running.remove(returnId.value());
            }
        };
        Rescind rescind = Rescind.builder().store(store).carrierCancellations(firstFails)
                .effectRetries(retries(5, Duration.ofMillis(1)).withBatchSize(4)).build();
        List<ReturnId> ids = announcedReturns(rescind, TRANSITIONS);
        ids.forEach(id -> ok(rescind.returns().requestCancellation(merchant, id, Option.none())));

        ExecutorService runners = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String runnerId : List.of("runner-a", "runner-b")) {
                EffectRelay relay = rescind.effectRelay(runnerId);
                done.add(runners.submit(() -> runUntil(relay, () -> store.effectOutbox().outstanding() == 0)));
            }
            for (Future<?> runner : done) {
                runner.get();
            }
        } finally {
            runners.shutdownNow();
        }

        assertThat(overlaps).hasValue(0);
        assertThat(ids).allSatisfy(id -> assertThat(calls(id)).hasValue(2));
        assertThat(store.effectOutbox().outstanding()).isZero();
    }

    private Rescind inHost(HostTransaction host, RescindStore store) {
        return Rescind.builder().store(host.store()).effectStore(store).afterCommit(host)
                .carrierCancellations(counting()).build();
    }

    private List<ReturnId> announcedReturns(Rescind rescind, int count) {
        List<ReturnId> ids = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            ReturnId id = new ReturnId(freshId());
            ok(rescind.returns().create(merchant, StoreFixture.newReturn(id)));
            ok(rescind.returns().announce(carrier, id));
            ids.add(id);
        }
        return ids;
    }

    private CarrierCancellations counting() {
        return (owner, returnId, carrierId, parcel, request) -> calls(returnId).incrementAndGet();
    }

    /** Fails with a message a wrapping exception put a class name in front of, until {@code recovered}. */
    private static CarrierCancellations failing(AtomicInteger tries, AtomicBoolean recovered) {
        return (owner, returnId, carrierId, parcel, request) -> {
            tries.incrementAndGet();
            if (!recovered.get()) {
                throw new IllegalStateException("java.io.IOException: carrier down");
            }
        };
    }

    private static OutboxRelay.Settings retries(int attempts, Duration backoff) {
        return OutboxRelay.Settings.defaults().withMaxAttempts(attempts).withBackoff(backoff, backoff);
    }

    private AtomicInteger calls(ReturnId id) {
        return carrierCalls.computeIfAbsent(id.value(), key -> new AtomicInteger());
    }

    /** Runs the relay until {@code done}, for at most ten seconds; the backoffs here are milliseconds. */
    private static void runUntil(EffectRelay relay, BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("effects still outstanding after 10 s").isLessThan(deadline);
            relay.runOnce();
            pause(Duration.ofMillis(5));
        }
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
