package dev.rescind.domain.shared;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a command decided: the command's aggregate afterwards and every change to commit, in one unit of
 * work. A decision with no changes is an accepted no-op (parcelLab's {@code skipped}): nothing is written
 * and the version does not move.
 *
 * @param aggregate the aggregate the command addressed, as it is after the decision
 * @param changes   every aggregate this decision changes or creates, the addressed one first
 * @param report    what the command answers besides the aggregates, for a command whose API answers more
 */
public record Decision<A extends Aggregate>(A aggregate, List<Change> changes, Option<CommandReport> report) {

    /**
     * Checks that the addressed aggregate's change comes first, and copies the changes.
     *
     * @param aggregate the aggregate the command addressed, as it is after the decision
     * @param changes   every aggregate this decision changes or creates, the addressed one first
     * @param report    what the command answers besides the aggregates, if anything
     * @throws NullPointerException when {@code aggregate} is null
     * @throws IllegalArgumentException when the first change is of another aggregate
     */
    public Decision {
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(report, "report");
        changes = List.copyOf(changes);
        if (!changes.isEmpty() && changes.get(0).aggregate() != aggregate) {
            throw new IllegalArgumentException("the addressed aggregate's change comes first");
        }
    }

    /**
     * A decision without a report.
     *
     * @param aggregate the aggregate the command addressed, as it is after the decision
     * @param changes   every aggregate this decision changes or creates, the addressed one first
     */
    public Decision(A aggregate, List<Change> changes) {
        this(aggregate, changes, Option.none());
    }

    /**
     * A decision that changes nothing.
     *
     * @param <A>       the aggregate's type
     * @param aggregate the aggregate, as it was
     * @return the decision
     */
    public static <A extends Aggregate> Decision<A> unchanged(A aggregate) {
        return new Decision<>(aggregate, List.of());
    }

    /**
     * A decision that changes one aggregate, with its event.
     *
     * @param <A>       the aggregate's type
     * @param aggregate the aggregate afterwards
     * @param event     the event that explains the change
     * @param actor     who caused it
     * @param at        when
     * @return the decision
     */
    public static <A extends Aggregate> Decision<A> of(A aggregate, DomainEvent event, Actor actor, Instant at) {
        return new Decision<>(aggregate, List.of(new Change(aggregate, event, actor, at)));
    }

    /**
     * This decision plus a change to another aggregate that must commit together with it.
     *
     * @param related the other aggregate's change
     * @return the decision
     */
    public Decision<A> with(Change related) {
        if (changes.size() == 1) {
            return new Decision<>(aggregate, List.of(changes.get(0), related), report);
        }
        Change[] all = changes.toArray(new Change[changes.size() + 1]);
        all[changes.size()] = related;
        return new Decision<>(aggregate, List.of(all), report);
    }

    /**
     * This decision, answered with {@code answer} besides its aggregates.
     *
     * @param answer the command's report
     * @return the decision carrying it
     */
    public Decision<A> reporting(CommandReport answer) {
        return new Decision<>(aggregate, changes, Option.some(answer));
    }

    /** {@return whether nothing changed} */
    public boolean isNoOp() {
        return changes.isEmpty();
    }

    /**
     * The event recorded for the addressed aggregate, if anything changed.
     *
     * @return the event, or none
     */
    public Option<DomainEvent> event() {
        return changes.isEmpty() ? Option.none() : Option.some(changes.get(0).event());
    }

    /**
     * A changed or created aggregate of the given kind other than the addressed one, if any.
     *
     * @param <T>  the aggregate's class
     * @param kind the aggregate's class
     * @return the aggregate, or none
     */
    public <T extends Aggregate> Option<T> related(Class<T> kind) {
        for (int index = 1; index < changes.size(); index++) {
            Aggregate changed = changes.get(index).aggregate();
            if (kind.isInstance(changed)) {
                return Option.some(kind.cast(changed));
            }
        }
        return Option.none();
    }
}
