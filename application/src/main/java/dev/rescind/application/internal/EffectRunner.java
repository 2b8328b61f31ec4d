package dev.rescind.application.internal;

import dev.rescind.application.EffectOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs after-commit effects concurrently, each bounded by the timeout. A gateway that throws or hangs yields
 * a failed outcome; a hanging call keeps its executor thread, never the caller.
 */
public final class EffectRunner {

    private static final Logger LOG = LoggerFactory.getLogger(EffectRunner.class);

    private final Executor executor;
    private final Duration timeout;

    public EffectRunner(Executor executor, Duration timeout) {
        this.executor = executor;
        this.timeout = timeout;
    }

    public List<EffectOutcome> run(String command, List<Operation.PlannedEffect> effects) {
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        for (Operation.PlannedEffect effect : effects) {
            calls.add(CompletableFuture.runAsync(effect.call(), executor));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<EffectOutcome> outcomes = new ArrayList<>();
        for (int index = 0; index < effects.size(); index++) {
            String name = effects.get(index).name();
            EffectOutcome outcome = await(calls.get(index), name, deadline);
            if (!outcome.succeeded()) {
                LOG.warn("{}: best-effort effect {} failed: {}", command, name, outcome.error().getOrElse("?"));
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    private EffectOutcome await(CompletableFuture<Void> call, String name, long deadline) {
        try {
            call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return EffectOutcome.succeeded(name);
        } catch (TimeoutException late) {
            call.cancel(true);
            return EffectOutcome.failed(name, "timed out after " + timeout.toMillis() + " ms");
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            return EffectOutcome.failed(name, cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return EffectOutcome.failed(name, "interrupted");
        }
    }
}
