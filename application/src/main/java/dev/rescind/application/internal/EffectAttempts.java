package dev.rescind.application.internal;

import dev.rescind.application.EffectOutcome;
import dev.rescind.application.RescindListener;
import dev.rescind.application.outbox.OutboxRelay;
import dev.rescind.application.port.EffectOutbox;
import dev.rescind.application.port.EffectOutbox.Claimed;
import dev.rescind.application.port.EffectRecord;
import dev.rescind.application.port.EventLog.Failure;
import dev.rescind.application.port.IdempotencyRecords;
import dev.rescind.application.port.PlannedEffect;
import dev.rescind.application.port.RescindStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt at claimed effects: their gateway calls, bounded by the effect timeout, and what the effect
 * outbox, the journal and the listener learn of each. A success leaves the outbox; a failure or a call that
 * did not finish in time is due again after a backoff, or dead-lettered after the last allowed attempt; a call
 * that found no free thread is given back without counting as an attempt. Used right after the commit and by
 * every later run of an {@link dev.rescind.application.outbox.EffectRelay}.
 */
public final class EffectAttempts {

    private static final Logger LOG = LoggerFactory.getLogger(EffectAttempts.class);

    private final RescindStore store;
    private final EffectGateways gateways;
    private final EffectRunner runner;
    private final OutboxRelay.Settings settings;
    private final Clock clock;
    private final RescindListener listener;
    private final StoreRetry storeRetry;

    /**
     * @param store    where the outbox and the journal are kept; one that commits on its own
     * @param settings the lease a claim takes, the attempts allowed and the backoff between them
     */
    public EffectAttempts(RescindStore store, EffectGateways gateways, EffectRunner runner,
            OutboxRelay.Settings settings, Clock clock, RescindListener listener) {
        this.store = store;
        this.gateways = gateways;
        this.runner = runner;
        this.settings = settings;
        this.clock = clock;
        this.listener = listener;
        this.storeRetry = new StoreRetry(listener);
    }

    public OutboxRelay.Settings settings() {
        return settings;
    }

    /** The idempotency records of the store that commits on its own, where a host's committed answers are. */
    public IdempotencyRecords answers() {
        return store.idempotency();
    }

    /**
     * The first attempt at effects just committed, held by {@code runnerId}. An effect that found no free
     * thread in time, or that another runner holds (its lease ran out before the host committed), is pending:
     * it stays in the outbox and a runner does it later. When the store fails to hand them out, the effects
     * are not attempted and are due once their lease runs out.
     */
    public List<EffectOutcome> first(String runnerId, String command, List<PlannedEffect> planned) {
        List<Claimed> claimed = storeRetry.call(runnerId, "claiming effects just committed",
                () -> store.effectOutbox().claim(runnerId, planned.stream().map(PlannedEffect::effectId).toList(),
                        settings.lease()), null);
        if (claimed == null) {
            return planned.stream().map(effect -> EffectOutcome.notAttempted(effect.effect())).toList();
        }
        Map<String, EffectOutcome> byId = new HashMap<>();
        List<EffectOutcome> outcomes = run(runnerId, command, claimed);
        for (int index = 0; index < claimed.size(); index++) {
            EffectOutcome outcome = outcomes.get(index);
            byId.put(claimed.get(index).effect().effectId(),
                    outcome.attempted() ? outcome : EffectOutcome.pending(outcome.effect()));
        }
        return planned.stream().map(effect -> byId.getOrDefault(effect.effectId(),
                EffectOutcome.pending(effect.effect()))).toList();
    }

    /** Runs {@code claimed} and settles each; the outcomes in the same order. */
    public List<EffectOutcome> run(String runnerId, String command, List<Claimed> claimed) {
        if (claimed.isEmpty()) {
            return List.of();
        }
        List<EffectRunner.Task> tasks = new ArrayList<>();
        for (Claimed entry : claimed) {
            PlannedEffect effect = entry.effect();
            tasks.add(new EffectRunner.Task(effect.effect(), () -> gateways.call(effect).run()));
        }
        List<EffectOutcome> outcomes = runner.run(command, tasks);
        for (int index = 0; index < claimed.size(); index++) {
            settle(runnerId, claimed.get(index), outcomes.get(index));
        }
        return outcomes;
    }

    private void settle(String runnerId, Claimed entry, EffectOutcome outcome) {
        PlannedEffect effect = entry.effect();
        EffectOutbox outbox = store.effectOutbox();
        int attempt = entry.attempts() + 1;
        if (outcome.succeeded()) {
            storeRetry.run(runnerId, "recording a done effect",
                    () -> outbox.succeeded(runnerId, effect.effectId()));
        } else if (!outcome.attempted()) {
            storeRetry.run(runnerId, "giving back an effect not attempted",
                    () -> outbox.release(runnerId, effect.effectId()));
        } else {
            String error = outcome.error().getOrElse(this::unfinished);
            boolean exhausted = attempt >= settings.maxAttempts();
            Duration retryIn = settings.backoffAfter(attempt);
            storeRetry.run(runnerId, "recording a failed effect", () -> outbox.recordFailure(runnerId,
                    effect.effectId(), exhausted ? new Failure.Exhausted(error) : new Failure.Retry(error, retryIn)));
            if (exhausted) {
                LOG.error("effect {} {} of {} {} dead-lettered after {} attempts: {}", effect.effect(),
                        effect.effectId(), effect.aggregateType(), effect.aggregateId(), attempt, error);
            }
        }
        storeRetry.run(runnerId, "journaling an effect", () -> store.effects().record(new EffectRecord(
                effect.tenant(), effect.aggregateType(), effect.aggregateId(), effect.version(), outcome,
                clock.instant())));
        if (outcome.attempted()) {
            StoreRetry.notify(() -> listener.effectFinished(effect.effect(), outcome, attempt));
        }
        if (outcome.attempted() && !outcome.succeeded() && attempt >= settings.maxAttempts()) {
            String error = outcome.error().getOrElse(this::unfinished);
            StoreRetry.notify(() -> listener.effectDeadLettered(effect.effect(), effect.effectId(), attempt, error));
        }
    }

    private String unfinished() {
        return "did not finish within " + runner.timeout().toMillis() + " ms";
    }
}
