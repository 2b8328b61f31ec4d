package dev.rescind.testkit.arbitraries;

import dev.rescind.domain.shared.Aggregate;
import java.time.Instant;
import java.util.List;

/**
 * An aggregate produced by a generated history, with the cancellation requests that history opened, the
 * time of its last step, and the steps (for reports of failing properties).
 */
public record Reached<A extends Aggregate>(A aggregate, World world, Instant now, List<String> history) {

    public Reached {
        history = List.copyOf(history);
    }

    /** A moment after this history, for the next command. */
    public Instant next() {
        return now.plusSeconds(60);
    }

    @Override
    public String toString() {
        return aggregate.stateName() + " v" + aggregate.version() + " via " + history;
    }
}
