package dev.rescind.application.internal;

import dev.rescind.application.RescindListener;
import dev.rescind.application.port.StoreFailure;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Store operations of the relays (events and effects), tried again after a doubling pause when the store fails
 * (a killed connection, a failover), each failure reported to the {@link RescindListener}. A relay keeps
 * running: when every try failed it gets {@code otherwise} and leaves the rest to its next run.
 */
public final class StoreRetry {

    private static final Logger LOG = LoggerFactory.getLogger(StoreRetry.class);

    /** How often one store operation is tried, and the first pause between tries. */
    private static final int ATTEMPTS = 6;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(50);

    private final RescindListener listener;

    public StoreRetry(RescindListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Runs {@code work} for relay {@code relayId}; {@code otherwise} when every try failed or the thread was
     * interrupted.
     */
    public <T> T call(String relayId, String operation, Supplier<T> work, T otherwise) {
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (StoreFailure failure) {
                boolean willRetry = attempt < ATTEMPTS && !Thread.currentThread().isInterrupted();
                int tried = attempt;
                LOG.warn("relay {}: the store failed while {} (attempt {}, {}): {}", relayId, operation, attempt,
                        willRetry ? "will retry" : "giving up until the next run", failure.getMessage());
                notify(() -> listener.relayStoreFailed(relayId, operation, failure, tried, willRetry));
                if (!willRetry || !pause(pause)) {
                    return otherwise;
                }
                pause = pause.multipliedBy(2);
            }
        }
    }

    /** Runs {@code work} for relay {@code relayId} as {@link #call} does. */
    public void run(String relayId, String operation, Runnable work) {
        call(relayId, operation, () -> {
            work.run();
            return null;
        }, null);
    }

    private static boolean pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A listener that throws is logged and ignored: it must not stop a relay. */
    public static void notify(Runnable notification) {
        try {
            notification.run();
        } catch (RuntimeException failure) {
            LOG.warn("a listener failed and is ignored: {}", failure.toString());
        }
    }
}
