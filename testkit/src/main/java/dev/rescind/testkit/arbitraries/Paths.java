package dev.rescind.testkit.arbitraries;

import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.TransitionTable;
import dev.rescind.domain.shared.TransitionTable.Transition;
import io.vavr.control.Option;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Searches a transition table's rows as a graph, for walks and properties that must reach a state. */
public final class Paths {

    private Paths() {
    }

    /**
     * States reachable from the initial states through the rows, ignoring guards.
     *
     * @param <A>   the aggregate's type
     * @param <S>   its state
     * @param <C>   its command kinds
     * @param table the transition table
     * @return the reachable states
     */
    public static <A, S, C extends Enum<C> & CommandKind> Set<S> reachableStates(TransitionTable<A, S, C> table) {
        Set<S> seen = new LinkedHashSet<>(table.initialStates());
        Deque<S> queue = new ArrayDeque<>(table.initialStates());
        while (!queue.isEmpty()) {
            S state = queue.removeFirst();
            for (Transition<A, S, C> row : table.transitions()) {
                if (row.from().equals(state) && seen.add(row.to())) {
                    queue.addLast(row.to());
                }
            }
        }
        return seen;
    }

    /**
     * The shortest sequence of usable rows from {@code start} to {@code goal}, if there is one.
     *
     * @param <A>    the aggregate's type
     * @param <S>    its state
     * @param <C>    its command kinds
     * @param table  the transition table
     * @param start  the state to start from
     * @param goal   the state to reach
     * @param usable which rows may be taken
     * @return the rows in order, empty when {@code start} is {@code goal}; none when the goal cannot be reached
     */
    public static <A, S, C extends Enum<C> & CommandKind> Option<List<Transition<A, S, C>>> shortestPath(
            TransitionTable<A, S, C> table,
            S start, S goal, Predicate<Transition<A, S, C>> usable) {
        record Step<A, S, C>(S state, List<Transition<A, S, C>> path) {
        }
        Deque<Step<A, S, C>> queue = new ArrayDeque<>();
        queue.add(new Step<>(start, List.of()));
        Set<S> seen = new LinkedHashSet<>(List.of(start));
        while (!queue.isEmpty()) {
            Step<A, S, C> step = queue.removeFirst();
            if (step.state().equals(goal)) {
                return Option.some(step.path());
            }
            for (Transition<A, S, C> row : table.transitions()) {
                if (row.from().equals(step.state()) && usable.test(row) && seen.add(row.to())) {
                    List<Transition<A, S, C>> path = new ArrayList<>(step.path());
                    path.add(row);
                    queue.addLast(new Step<>(row.to(), path));
                }
            }
        }
        return Option.none();
    }
}
