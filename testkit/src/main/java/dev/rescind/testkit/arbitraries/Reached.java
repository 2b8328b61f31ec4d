package dev.rescind.testkit.arbitraries;

import dev.rescind.domain.shared.Aggregate;
import java.time.Instant;
import java.util.List;

/**
 * An aggregate produced by a generated history, with the cancellation requests that history opened, the
 * time of its last step, and the steps (for reports of failing properties).
 *
 * @param <A>       the aggregate's type
 * @param aggregate the aggregate
 * @param world     the cancellation requests its history opened
 * @param now       the time of the last step
 * @param history   the steps, for reports
 */
public record Reached<A extends Aggregate>(A aggregate, World world, Instant now, List<String> history) {

    /**
     * Keeps a copy of the history.
     *
     * @param aggregate the aggregate
     * @param world     the cancellation requests its history opened
     * @param now       the time of the last step
     * @param history   the steps, for reports
     */
    public Reached {
        history = List.copyOf(history);
    }

    /**
     * A moment after this history, for the next command.
     *
     * @return a minute after {@code now}
     */
    public Instant next() {
        return now.plusSeconds(60);
    }

    @Override
    public String toString() {
        return aggregate.stateName() + " v" + aggregate.version() + " via " + history;
    }
}
