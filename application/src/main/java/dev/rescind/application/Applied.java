package dev.rescind.application;

import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.CommandReport;
import io.vavr.control.Option;
import java.util.List;

/**
 * The answer to an accepted command.
 *
 * @param aggregate      the addressed aggregate afterwards
 * @param related        other aggregates the command created or changed in the same commit (the cancellation
 *                       request it opened or answered, a replacement fulfillment order)
 * @param events         the events committed, in order; empty for an accepted no-op
 * @param effects        what became of the first attempt at each planned effect
 * @param report         what the command answers besides the aggregates, when its API answers more
 *                       (parcelLab's counts for {@code cancel_exchange}): read it with {@link #report(Class)}
 * @param replayed       whether this answer was replayed for a repeated idempotency key
 */
public record Applied<A extends Aggregate>(
        A aggregate,
        List<Aggregate> related,
        List<EventEnvelope> events,
        List<EffectOutcome> effects,
        Option<CommandReport> report,
        boolean replayed) {

    /**
     * Checks that no component is null, and copies the lists.
     *
     * @param aggregate      the addressed aggregate afterwards
     * @param related        other aggregates the command created or changed in the same commit (the cancellation
     *                       request it opened or answered, a replacement fulfillment order)
     * @param events         the events committed, in order; empty for an accepted no-op
     * @param effects        what became of the first attempt at each planned effect
     * @param report         the command's report, for a command whose API answers more (parcelLab's
     *                       {@code cancel_exchange} counts)
     * @param replayed       whether this answer was replayed for a repeated idempotency key
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public Applied {
        Check.start()
                .required("aggregate", aggregate)
                .required("related", related)
                .required("events", events)
                .required("effects", effects)
                .required("report", report)
                .orThrow();
        related = List.copyOf(related);
        events = List.copyOf(events);
        effects = List.copyOf(effects);
    }

    /**
     * The related aggregate of the given kind, if the command touched one.
     *
     * @param <T>  the aggregate's class
     * @param kind the aggregate's class, such as {@code CancellationRequest.class}
     * @return the related aggregate, if any
     */
    public <T extends Aggregate> Option<T> related(Class<T> kind) {
        return Option.ofOptional(related.stream().filter(kind::isInstance).map(kind::cast).findFirst());
    }

    /**
     * The command's report, if it gave one of {@code type}.
     *
     * @param <R>  the report's type
     * @param type the report's record
     * @return the report, if the command gave one of that type
     */
    public <R extends CommandReport> Option<R> report(Class<R> type) {
        return report.filter(type::isInstance).map(type::cast);
    }

    /**
     * The outcome of the named effect, or not attempted when the command had no such effect.
     *
     * @param name the effect's name, such as {@link EffectOutcome#DELETE_DRAFT_ORDER}
     * @return its outcome
     */
    public EffectOutcome effect(String name) {
        return effects.stream().filter(outcome -> outcome.effect().equals(name)).findFirst()
                .orElse(EffectOutcome.notAttempted(name));
    }

    /**
     * This answer with the outcomes of the effects' first attempts.
     *
     * @param outcomes the outcomes, one per planned effect
     * @return the answer
     */
    public Applied<A> withEffects(List<EffectOutcome> outcomes) {
        return new Applied<>(aggregate, related, events, outcomes, report, replayed);
    }

    /** {@return this answer as replayed for a repeated idempotency key} */
    public Applied<A> asReplay() {
        return new Applied<>(aggregate, related, events, effects, report, true);
    }
}
