package dev.rescind.application.internal;

import dev.rescind.application.EffectOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs gateway calls concurrently on the executor, each bounded by the timeout, and says what became of each:
 * succeeded, failed (the gateway threw), pending (called but not finished in time: its thread is interrupted
 * and handed back) or not attempted (no thread was free before the deadline, so the call is dropped here and
 * left to a later attempt). The caller never waits longer than the timeout.
 */
public final class EffectRunner {

    private static final Logger LOG = LoggerFactory.getLogger(EffectRunner.class);

    /** {@code java.io.IOException: } and the like, which wrapping exceptions put in front of their message. */
    private static final Pattern CLASS_NAME_PREFIX =
            Pattern.compile("^([A-Za-z_$][\\w$]*\\.)*[A-Z][\\w$]*(Exception|Error|Throwable)(: ?|$)");

    private final Executor executor;
    private final Duration timeout;

    public EffectRunner(Executor executor, Duration timeout) {
        this.executor = executor;
        this.timeout = timeout;
    }

    /** One gateway call, named after its effect. */
    public record Task(String name, Runnable call) {
    }

    public List<EffectOutcome> run(String command, List<Task> effects) {
        List<Call> calls = new ArrayList<>();
        for (Task effect : effects) {
            calls.add(start(effect));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<EffectOutcome> outcomes = new ArrayList<>();
        for (Call call : calls) {
            EffectOutcome outcome = call.await(deadline);
            if (!outcome.succeeded()) {
                LOG.warn("{}: effect {} {}", command, outcome.effect(), outcome.pending()
                        ? "did not finish within " + timeout.toMillis() + " ms"
                        : outcome.attempted() ? "failed: " + outcome.error().get() : "found no free thread in time");
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    private Call start(Task effect) {
        Call call = new Call(effect);
        try {
            executor.execute(call.task);
        } catch (RejectedExecutionException full) {
            call.abandon();
        }
        return call;
    }

    /** The message of a gateway's failure without the class names Java puts in front of it. */
    public Duration timeout() {
        return timeout;
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage().strip();
        String stripped = CLASS_NAME_PREFIX.matcher(message).replaceFirst("");
        while (!stripped.equals(message)) {
            message = stripped;
            stripped = CLASS_NAME_PREFIX.matcher(message).replaceFirst("");
        }
        return message.isEmpty() ? "the gateway failed without saying why" : message;
    }

    /**
     * One effect's gateway call. Whoever moves it out of {@code WAITING} first decides: the worker, which then
     * calls the gateway, or the caller abandoning it at the deadline, after which the worker skips it.
     */
    private final class Call {
        private static final int WAITING = 0;
        private static final int RUNNING = 1;
        private static final int ABANDONED = 2;

        private final String name;
        private final AtomicInteger state = new AtomicInteger(WAITING);
        private final FutureTask<Void> task;

        Call(Task effect) {
            this.name = effect.name();
            this.task = new FutureTask<>(() -> {
                if (state.compareAndSet(WAITING, RUNNING)) {
                    effect.call().run();
                }
                return null;
            });
        }

        boolean abandon() {
            return state.compareAndSet(WAITING, ABANDONED);
        }

        EffectOutcome await(long deadline) {
            if (state.get() == ABANDONED) {
                return EffectOutcome.notAttempted(name);
            }
            try {
                task.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException late) {
                return giveUp();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return giveUp();
            } catch (ExecutionException failed) {
                return EffectOutcome.failed(name, describe(failed.getCause()));
            }
            return state.get() == RUNNING ? EffectOutcome.succeeded(name) : EffectOutcome.notAttempted(name);
        }

        private EffectOutcome giveUp() {
            if (abandon()) {
                // A pool's queue would otherwise hold it until a thread is free, which may be never.
                if (executor instanceof ThreadPoolExecutor pool) {
                    pool.remove(task);
                }
                return EffectOutcome.notAttempted(name);
            }
            // FutureTask knows its worker: cancelling interrupts the gateway call and hands the thread back.
            if (task.cancel(true)) {
                return EffectOutcome.pending(name);
            }
            try {
                task.get();
                return EffectOutcome.succeeded(name);
            } catch (ExecutionException failed) {
                return EffectOutcome.failed(name, describe(failed.getCause()));
            } catch (InterruptedException | CancellationException impossible) {
                return EffectOutcome.pending(name);
            }
        }
    }
}
