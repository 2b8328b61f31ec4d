package dev.rescind.testkit.arbitraries;

import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TransitionTable;
import dev.rescind.domain.shared.TransitionTable.Transition;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Aggregates in reachable states, built the only honest way: create one, then apply generated commands
 * along the transition table. A generated command the domain refuses on the way is a defect of the model
 * or of the domain, and fails loudly.
 */
public final class Walks {

    private Walks() {
    }

    /**
     * Aggregates in {@code goal}, reached through a random waypoint: the table's shortest path to the
     * waypoint, then on to the goal, then (where the model asks for it) up to two of the goal's rows that stay
     * in it. Waypoints and loops vary the histories, which matters where history decides a later target (a
     * declined cancellation returns to the status the parcel had; releasing one of two holds keeps an order
     * held).
     *
     * @param <A>   the aggregate's type
     * @param <S>   its state
     * @param <C>   its command kinds
     * @param <K>   its command type
     * @param model the aggregate's model
     * @param goal  the state to reach
     * @return the reached aggregates
     */
    public static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K> Arbitrary<Reached<A>> reaching(
            AggregateModel<A, S, C, K> model, S goal) {
        return model.created(Values.EPOCH)
                .flatMap(created -> Arbitraries.of(model.table().states())
                        .flatMap(waypoint -> pathVia(model, created, waypoint, goal)
                                .map(path -> follow(model, new Reached<>(created, World.empty(), Values.EPOCH,
                                        List.of("created")), path, 0))
                                .getOrElse(Arbitraries.just(Option.none()))))
                .flatMap(reached -> reached.isEmpty() || !model.loopsAt(goal) ? Arbitraries.just(reached)
                        : Arbitraries.integers().between(0, 2).flatMap(loops -> loop(model, reached.get(), loops)
                                .map(Option::some)))
                .filter(reached -> reached.exists(end -> model.stateOf(end.aggregate()).equals(goal)))
                .map(Option::get);
    }

    private static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K>
            Option<List<Transition<A, S, C>>> pathVia(AggregateModel<A, S, C, K> model, A created, S waypoint,
                    S goal) {
        TransitionTable<A, S, C> table = model.table();
        return Paths.shortestPath(table, model.stateOf(created), waypoint, row -> row.guard().holdsFor(created))
                .flatMap(first -> Paths.shortestPath(table, waypoint, goal, row -> row.guard().holdsFor(created))
                        .map(second -> {
                            List<Transition<A, S, C>> path = new ArrayList<>(first);
                            path.addAll(second);
                            return path;
                        }));
    }

    /**
     * Aggregates in any state the table can reach, each state about equally often.
     *
     * @param <A>   the aggregate's type
     * @param <S>   its state
     * @param <C>   its command kinds
     * @param <K>   its command type
     * @param model the aggregate's model
     * @return the reached aggregates
     */
    public static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K> Arbitrary<Reached<A>> anyReachable(
            AggregateModel<A, S, C, K> model) {
        return Arbitraries.of(List.copyOf(Paths.reachableStates(model.table())))
                .flatMap(state -> reaching(model, state));
    }

    /**
     * Up to {@code steps} random steps from creation, each a well-formed command of a random kind (most
     * refused, some applied), so that histories wander through the table as real traffic would.
     *
     * @param <A>   the aggregate's type
     * @param <S>   its state
     * @param <C>   its command kinds
     * @param <K>   its command type
     * @param model the aggregate's model
     * @param steps the most steps
     * @return the reached aggregates
     */
    public static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K> Arbitrary<Reached<A>> wandering(
            AggregateModel<A, S, C, K> model, int steps) {
        return model.created(Values.EPOCH)
                .flatMap(created -> wander(model, new Reached<>(created, World.empty(), Values.EPOCH,
                        List.of("created")), steps));
    }

    /** Up to {@code loops} rows from the aggregate's state back to it, each picked at random among those its data takes. */
    private static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K> Arbitrary<Reached<A>> loop(
            AggregateModel<A, S, C, K> model, Reached<A> reached, int loops) {
        S state = model.stateOf(reached.aggregate());
        List<Arbitrary<Attempt<K>>> choices = new ArrayList<>();
        for (Transition<A, S, C> row : model.table().transitions()) {
            if (loops > 0 && row.from().equals(state) && row.to().equals(state)
                    && row.guard().holdsFor(reached.aggregate())) {
                model.toward(reached.aggregate(), row, reached.next()).forEach(choices::add);
            }
        }
        if (choices.isEmpty()) {
            return Arbitraries.just(reached);
        }
        return Arbitraries.oneOf(choices).flatMap(attempt -> loop(model, apply(model, reached, attempt)
                .getOrElseThrow(rejection -> new AssertionError("the domain refused a generated step " + attempt
                        + " from " + state + ": " + rejection.message() + "; history " + reached.history())),
                loops - 1));
    }

    /** Follows {@code path}; empty when the aggregate's data cannot take one of its rows. */
    private static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K> Arbitrary<Option<Reached<A>>> follow(
            AggregateModel<A, S, C, K> model, Reached<A> reached, List<Transition<A, S, C>> path, int index) {
        if (index == path.size()) {
            return Arbitraries.just(Option.some(reached));
        }
        Transition<A, S, C> row = path.get(index);
        Option<Arbitrary<Attempt<K>>> attempts = model.toward(reached.aggregate(), row, reached.next());
        if (attempts.isEmpty()) {
            return Arbitraries.just(Option.none());
        }
        return attempts.get().flatMap(attempt -> {
            Reached<A> after = apply(model, reached, attempt).getOrElseThrow(rejection -> new AssertionError(
                    "the domain refused a generated step " + attempt + " along " + row + ": " + rejection.message()
                            + "; history " + reached.history()));
            return follow(model, after, path, index + 1);
        });
    }

    private static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K> Arbitrary<Reached<A>> wander(
            AggregateModel<A, S, C, K> model, Reached<A> reached, int steps) {
        if (steps == 0) {
            return Arbitraries.just(reached);
        }
        return Arbitraries.of(model.table().commands())
                .flatMap(kind -> model.wellFormed(reached.aggregate(), kind, reached.next()))
                .flatMap(attempt -> wander(model,
                        apply(model, reached, attempt).getOrElse(reached), steps - 1));
    }

    /**
     * One step: the reached state after {@code attempt}, or the rejection (and nothing changes).
     *
     * @param <A>     the aggregate's type
     * @param <S>     its state
     * @param <C>     its command kinds
     * @param <K>     its command type
     * @param model   the aggregate's model
     * @param reached where the history is
     * @param attempt the next command
     * @return the history one step on, or the rejection
     */
    public static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K> Either<Rejection, Reached<A>> apply(
            AggregateModel<A, S, C, K> model, Reached<A> reached, Attempt<K> attempt) {
        Either<Rejection, Decision<A>> decision = model.decide(reached.aggregate(), attempt, reached.world(),
                reached.next());
        return decision.map(decided -> {
            List<String> history = new ArrayList<>(reached.history());
            history.add(model.kindOf(attempt.command()).label() + " → " + decided.aggregate().stateName());
            return new Reached<>(decided.aggregate(), reached.world().after(decided), reached.next(), history);
        });
    }
}
