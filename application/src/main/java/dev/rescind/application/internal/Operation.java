package dev.rescind.application.internal;

import dev.rescind.application.CommandContext;
import dev.rescind.application.port.RescindStore;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateId;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.Decision;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One command, described for the pipeline: what it addresses, how to load it, how the domain decides it, and
 * which effects it plans for after the commit. Made by {@link #create} or {@link #command}, which name it after
 * the aggregate type and the command kind ({@code fulfillment_order.hold}).
 */
public final class Operation<A extends Aggregate> {

    private final String name;
    private final CommandContext context;
    private final List<Object> arguments;
    private final AggregateType targetType;
    private final String targetId;
    private final boolean creation;
    private final Function<RescindStore, Option<A>> load;
    private final Decider<A> decide;
    private final Function<Decision<A>, List<EffectPlan>> effects;

    private Operation(String name, CommandContext context, List<Object> arguments, AggregateType targetType,
            String targetId, boolean creation, Function<RescindStore, Option<A>> load, Decider<A> decide,
            Function<Decision<A>, List<EffectPlan>> effects) {
        this.name = name;
        this.context = Objects.requireNonNull(context, "context");
        this.arguments = List.copyOf(arguments);
        this.targetType = targetType;
        this.targetId = targetId;
        this.creation = creation;
        this.load = Objects.requireNonNull(load, "load");
        this.decide = Objects.requireNonNull(decide, "decide");
        this.effects = Objects.requireNonNull(effects, "effects");
    }

    /**
     * Creates the aggregate {@code id}, which must not exist yet: named {@code <type>.create}.
     *
     * @param details what the aggregate is created from; with the name, the actor and the id it forms the
     *                idempotency fingerprint
     */
    public static <A extends Aggregate> Operation<A> create(CommandContext context, AggregateId id, Object details,
            Function<RescindStore, Option<A>> load, Creator<A> create) {
        return new Operation<>(id.type().key() + ".create", context, List.of(details), id.type(),
                id.value(), true, load,
                (current, open, now) -> create.create(now), decision -> List.of());
    }

    /**
     * Applies a command of {@code kind} to the existing aggregate {@code id}: named {@code <type>.<kind>}.
     *
     * @param arguments what besides the context determines the outcome (usually the command record); ids
     *                  made up per attempt are left out, so that a retry has the same fingerprint
     */
    public static <A extends Aggregate> Operation<A> command(CommandContext context, AggregateId id,
            CommandKind kind, List<Object> arguments, Function<RescindStore, Option<A>> load, Decider<A> decide) {
        return new Operation<>(id.type().key() + "." + kind.name().toLowerCase(Locale.ROOT), context, arguments,
                id.type(), id.value(), false, load, decide, decision -> List.of());
    }

    /** This operation with effects planned from its decision, stored with its commit and run after it. */
    public Operation<A> withEffects(Function<Decision<A>, List<EffectPlan>> planned) {
        return new Operation<>(name, context, arguments, targetType, targetId, creation, load, decide,
                planned);
    }

    /** The use case, for logs and fingerprints ({@code shipment.cancel}). */
    public String name() {
        return name;
    }

    /** Who asks, for which tenant, with which idempotency key and expected version. */
    public CommandContext context() {
        return context;
    }

    /** Everything besides the context that determines the outcome; part of the idempotency fingerprint. */
    public List<Object> arguments() {
        return arguments;
    }

    /** The addressed aggregate's type. */
    public AggregateType targetType() {
        return targetType;
    }

    /** The addressed aggregate's id; for a creation, the id it is to get. */
    public String targetId() {
        return targetId;
    }

    /** Whether the aggregate must not exist yet. */
    public boolean creation() {
        return creation;
    }

    /** Loads the addressed aggregate, tenant-scoped. */
    public Function<RescindStore, Option<A>> load() {
        return load;
    }

    /** The domain's verdict on the loaded aggregate. */
    public Decider<A> decide() {
        return decide;
    }

    /** The best-effort effects an accepted decision calls for. */
    public Function<Decision<A>, List<EffectPlan>> effects() {
        return effects;
    }

    /** The domain's verdict on the loaded aggregate (absent only for a creation). */
    @FunctionalInterface
    public interface Decider<A extends Aggregate> {
        /** Decides on {@code current} (and its open cancellation request, if it references one) at {@code now}. */
        Verdict<A> decide(Option<A> current, Option<CancellationRequest> openRequest, Instant now);
    }

    /** The domain's verdict on creating an aggregate. */
    @FunctionalInterface
    public interface Creator<A extends Aggregate> {
        /** Decides the creation at {@code now}. */
        Verdict<A> create(Instant now);
    }

    /**
     * A gateway call a decision calls for, as data: stored with the commit and run after it.
     *
     * @param arguments the call's arguments by name, as {@link EffectGateways} reads them
     */
    public record EffectPlan(String name, Map<String, String> arguments) {
        public EffectPlan {
            arguments = Map.copyOf(arguments);
        }
    }
}
