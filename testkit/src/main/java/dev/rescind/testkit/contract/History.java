package dev.rescind.testkit.contract;

import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.TenantId;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A generated history of one aggregate that can be replayed for any tenant: its creation and the accepted
 * commands after it. Generation happens once, for no tenant in particular; each replay decides the same
 * commands again for a fresh tenant, so that tests sharing one store never collide, even when jqwik replays a
 * case to shrink it.
 */
public final class History {

    private final Function<TenantId, List<Decision<?>>> replay;
    private final List<String> steps;

    History(Function<TenantId, List<Decision<?>>> replay, List<String> steps) {
        this.replay = Objects.requireNonNull(replay, "replay");
        this.steps = List.copyOf(steps);
    }

    /**
     * The decisions of this history for {@code tenant}, in order, starting with the creation.
     *
     * @param tenant the tenant to replay the history for
     * @return the decisions
     */
    public List<Decision<?>> replay(TenantId tenant) {
        return replay.apply(tenant);
    }

    /**
     * The commands of this history, as a failing property reports them.
     *
     * @return the steps, creation first
     */
    public List<String> steps() {
        return steps;
    }

    @Override
    public String toString() {
        return String.join(" → ", steps);
    }
}
