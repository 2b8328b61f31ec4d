package dev.rescind.spring.boot.autoconfigure;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs one of Rescind's background jobs (the relay, the effect and deadline runners, the retention clean-up) on a
 * thread of its own, with a fixed pause between runs, from the application's start until its shutdown. On shutdown it lets the run in
 * progress finish (up to {@code GRACE}) before the data source closes.
 */
public final class ScheduledRunner implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRunner.class);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final String name;
    private final Duration interval;
    private final Runnable job;
    private volatile ScheduledExecutorService scheduler;

    /**
     * A runner not yet started.
     *
     * @param name     the name of its thread
     * @param interval the pause between two runs
     * @param job      what one run does
     */
    public ScheduledRunner(String name, Duration interval, Runnable job) {
        this.name = Objects.requireNonNull(name, "name");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.job = Objects.requireNonNull(job, "job");
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A failed run is logged and the next one still comes: a scheduled task that throws is never run again. */
    private void runOnce() {
        try {
            job.run();
        } catch (RuntimeException failure) {
            LOG.warn("{}: run failed, trying again in {}: {}", name, interval, failure.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{}: still running after {}, interrupting it", name, GRACE);
                scheduler.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
        scheduler = null;
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
