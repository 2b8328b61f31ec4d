package dev.rescind.application.outbox;

import dev.rescind.application.RescindListener;
import dev.rescind.application.internal.EffectAttempts;
import dev.rescind.application.internal.StoreRetry;
import dev.rescind.application.port.EffectOutbox;
import dev.rescind.application.port.EffectOutbox.Claimed;
import dev.rescind.application.port.StoreFailure;
import dev.rescind.domain.shared.InvalidInputException;
import dev.rescind.domain.shared.Text;
import java.util.List;
import java.util.Objects;

/**
 * Runs the planned effects that are due again: those whose first attempt after the commit failed, did not
 * finish in time or never happened (the process crashed after the commit, or the host's commit came after the
 * lease ran out). Build it with {@code Rescind.effectRelay} and run {@link #runOnce()} on a schedule, from as
 * many threads or processes as you like, each with its own id: the effect outbox's leases, kept by the store's
 * clock, hand an effect to one runner at a time.
 *
 * <p>A failed attempt makes the effect due again after an exponential backoff; after the configured number of
 * attempts it is dead-lettered, for the host to list, retry or discard through {@link EffectOutbox}. Each
 * effect runs at least once; a runner that crashes inside a gateway call leaves it to be run again when its
 * lease runs out, so gateways should be idempotent (deleting a deleted draft order succeeds).
 *
 * <p>A failing store (a killed connection, a failover) is retried with a growing pause a few times within a
 * run, as {@link OutboxRelay} does; a run never throws a {@link StoreFailure}, it reports it to the
 * {@link RescindListener#relayStoreFailed listener} and gives the rest to the next run.
 */
public final class EffectRelay {

    private final EffectOutbox outbox;
    private final EffectAttempts attempts;
    private final String runnerId;
    private final StoreRetry storeRetry;

    /**
     * Made by {@code Rescind.effectRelay}, which knows the gateways, the effect threads and the listener.
     *
     * @param outbox   the effect outbox
     * @param attempts how an effect is attempted
     * @param runnerId this runner's id
     * @param listener who hears of the outcomes
     */
    public EffectRelay(EffectOutbox outbox, EffectAttempts attempts, String runnerId, RescindListener listener) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.runnerId = Text.token(runnerId, OutboxRelay.MAX_RELAY_ID_LENGTH)
                .getOrElseThrow(invalid -> new InvalidInputException(invalid.under("runnerId")));
        this.storeRetry = new StoreRetry(listener);
    }

    /**
     * Claims one batch of due effects and attempts each; the number that succeeded.
     *
     * @return the number of effects that succeeded
     */
    public int runOnce() {
        List<Claimed> claimed = storeRetry.call(runnerId, "claiming due effects",
                () -> outbox.claimDue(runnerId, attempts.settings().batchSize(), attempts.settings().lease()),
                List.of());
        return (int) attempts.run(runnerId, "effect relay " + runnerId, claimed).stream()
                .filter(outcome -> outcome.succeeded()).count();
    }

    /**
     * Runs until a run claims nothing that succeeds or {@code maxBatches} ran; the number that succeeded.
     *
     * @param maxBatches the most runs
     * @return the number of effects that succeeded
     */
    public int drain(int maxBatches) {
        int total = 0;
        for (int batch = 0; batch < maxBatches; batch++) {
            int succeeded = runOnce();
            if (succeeded == 0) {
                break;
            }
            total += succeeded;
        }
        return total;
    }
}
