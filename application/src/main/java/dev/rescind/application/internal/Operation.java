package dev.rescind.application.internal;

import dev.rescind.application.CommandContext;
import dev.rescind.application.port.RescindStore;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Decision;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * One command, described for the pipeline: what it addresses, how to load it, how the domain decides it, and
 * which best-effort effects follow a commit.
 *
 * @param name        the use case, for logs and fingerprints ({@code shipment.cancel})
 * @param arguments   everything besides the context that determines the outcome; with the name and the
 *                    actor it forms the idempotency fingerprint
 * @param targetId    the addressed aggregate's id; for a creation, the id it is to get
 * @param creation    whether the aggregate must not exist yet
 */
public record Operation<A extends Aggregate>(
        String name,
        CommandContext context,
        List<Object> arguments,
        AggregateType targetType,
        String targetId,
        boolean creation,
        Function<RescindStore, Option<A>> load,
        Decider<A> decide,
        Function<Decision<A>, List<PlannedEffect>> effects) {

    /** The domain's verdict on the loaded aggregate (absent only for a creation). */
    @FunctionalInterface
    public interface Decider<A extends Aggregate> {
        Verdict<A> decide(Option<A> current, Option<CancellationRequest> openRequest, Instant now);
    }

    /** A best-effort call to a gateway, made after the commit. */
    public record PlannedEffect(String name, Runnable call) {
    }
}
