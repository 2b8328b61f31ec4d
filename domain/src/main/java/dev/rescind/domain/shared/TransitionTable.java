package dev.rescind.domain.shared;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * An aggregate's state machine as data: which command may move it from which state to which state, under
 * which guard, and which action name (if any) the source API advertises for it.
 *
 * <p>The table is the single source: the aggregate asks it before every transition (and takes the target of
 * its row from it), {@code supported_actions} is derived from it, the state diagrams are generated from it
 * and the property tests enumerate it. It keeps what decisions need; path search lives in the testkit and
 * diagram rendering beside the docs' test. A
 * command may have several rows from one state when the data picks the target (a fulfillment that leaves
 * items open stays {@code IN_PROGRESS}; one that ships the rest closes the order). A terminal state absorbs:
 * its only rows are in-place ones that change data but never the state.
 *
 * @param <A> the aggregate, which guards inspect
 * @param <S> its state (an enum, or a record of enums)
 * @param <C> its command kinds
 */
public final class TransitionTable<A, S, C extends Enum<C> & CommandKind> {

    /**
     * One row: {@code command} moves the aggregate from {@code from} to {@code to} when {@code guard} holds.
     *
     * @param advertisedAs the source API's action name for this row, listed in {@code supported_actions}
     * @param <A>     the aggregate
     * @param <S>     its state
     * @param <C>     its command kinds
     * @param command the command kind
     * @param from    the state the row applies in
     * @param to      the state it leads to
     * @param guard   what the aggregate's data must also satisfy
     */
    public record Transition<A, S, C>(C command, S from, S to, Guard<A> guard, Option<String> advertisedAs) {
        /**
         * Checks that no component is null.
         *
         * @param advertisedAs the source API's action name for this row, listed in {@code supported_actions}
         * @param command the command kind
         * @param from    the state the row applies in
         * @param to      the state it leads to
         * @param guard   what the aggregate's data must also satisfy
         * @throws NullPointerException when a component is null
         */
        public Transition {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(guard, "guard");
            Objects.requireNonNull(advertisedAs, "advertisedAs");
        }

        @Override
        public String toString() {
            return command + ": " + from + " → " + to + (guard.isNone() ? "" : " [" + guard + "]");
        }
    }

    /**
     * A named condition on the aggregate's data that a row needs besides its state.
     *
     * @param <A>         the aggregate
     * @param description the condition in words, for diagrams and errors
     * @param test        the condition
     */
    public record Guard<A>(String description, Predicate<A> test) {
        private static final Guard<Object> NONE = new Guard<>("", aggregate -> true);

        /**
         * Checks that no component is null.
         *
         * @param description the condition in words, for diagrams and errors
         * @param test        the condition
         * @throws NullPointerException when a component is null
         */
        public Guard {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(test, "test");
        }

        /**
         * A guard that always holds.
         *
         * @param <A> the aggregate
         * @return the guard
         */
        @SuppressWarnings("unchecked")
        public static <A> Guard<A> none() {
            return (Guard<A>) NONE;
        }

        /** {@return whether this is the guard that always holds} */
        public boolean isNone() {
            return this == NONE;
        }

        /**
         * Whether the guard holds for {@code aggregate}.
         *
         * @param aggregate the aggregate
         * @return {@code true} when it holds
         */
        public boolean holdsFor(A aggregate) {
            return test.test(aggregate);
        }

        @Override
        public String toString() {
            return description;
        }
    }

    private final AggregateType aggregateType;
    private final List<S> states;
    private final Set<S> initial;
    private final Set<S> terminal;
    private final List<C> commands;
    private final List<Transition<A, S, C>> transitions;
    /** The rows by source state, and by source state and command: what every decision asks, without a scan. */
    private final Map<S, List<Transition<A, S, C>>> rowsFrom;
    private final Map<S, Map<C, Rows<A, S, C>>> rowsByCommand;
    /**
     * The same, as parallel arrays searched by identity: aggregates hold the table's own state constants, and
     * comparing a few references is cheaper than hashing a record state. An equal copy falls back to the map.
     */
    private final Object[] statesWithRows;
    private final Object[] rowsOfStates;

    /** The rows of one (state, command), with the answers for when every guard holds made once. */
    private static final class Rows<A, S, C> {
        private final List<Transition<A, S, C>> rows;
        private final Set<S> targets;
        private final Either<Rejection, Set<S>> allTargets;
        /** The only target, when there is one. */
        private final Either<Rejection, S> onlyTarget;

        private Rows(List<Transition<A, S, C>> rows) {
            this.rows = List.copyOf(rows);
            Set<S> distinct = new LinkedHashSet<>();
            rows.forEach(row -> distinct.add(row.to()));
            this.targets = Collections.unmodifiableSet(distinct);
            this.allTargets = Either.right(targets);
            this.onlyTarget = targets.size() == 1 ? Either.right(targets.iterator().next()) : null;
        }
    }

    private TransitionTable(Builder<A, S, C> builder) {
        this.aggregateType = builder.aggregateType;
        this.states = List.copyOf(builder.states);
        this.initial = Set.copyOf(builder.initial);
        this.terminal = Set.copyOf(builder.terminal);
        this.commands = List.copyOf(EnumSet.allOf(builder.commandType));
        this.transitions = List.copyOf(builder.transitions);
        for (Transition<A, S, C> row : transitions) {
            if (!states.contains(row.from()) || !states.contains(row.to())) {
                throw new IllegalArgumentException("row uses an undeclared state: " + row);
            }
            if (terminal.contains(row.from()) && !row.to().equals(row.from())) {
                throw new IllegalArgumentException("a terminal state has no way out: " + row);
            }
        }
        Map<S, List<Transition<A, S, C>>> from = new HashMap<>();
        Map<S, Map<C, List<Transition<A, S, C>>>> byCommand = new HashMap<>();
        for (Transition<A, S, C> row : transitions) {
            from.computeIfAbsent(row.from(), state -> new ArrayList<>()).add(row);
            byCommand.computeIfAbsent(row.from(), state -> new EnumMap<>(builder.commandType))
                    .computeIfAbsent(row.command(), command -> new ArrayList<>()).add(row);
        }
        this.rowsFrom = new HashMap<>();
        from.forEach((state, rows) -> rowsFrom.put(state, List.copyOf(rows)));
        this.rowsByCommand = new HashMap<>();
        byCommand.forEach((state, rows) -> {
            Map<C, Rows<A, S, C>> indexed = new EnumMap<>(builder.commandType);
            rows.forEach((command, commandRows) -> indexed.put(command, new Rows<>(commandRows)));
            rowsByCommand.put(state, indexed);
        });
        this.statesWithRows = rowsByCommand.keySet().toArray();
        this.rowsOfStates = new Object[statesWithRows.length];
        for (int index = 0; index < statesWithRows.length; index++) {
            rowsOfStates[index] = rowsByCommand.get(statesWithRows[index]);
        }
    }

    /**
     * A builder of a table.
     *
     * @param <A>           the aggregate
     * @param <S>           its state
     * @param <C>           its command kinds
     * @param aggregateType the aggregate's type
     * @param states        every state, in order
     * @param commandType   the command kinds' enum
     * @return the builder
     */
    public static <A, S, C extends Enum<C> & CommandKind> Builder<A, S, C> builder(
            AggregateType aggregateType, Collection<S> states, Class<C> commandType) {
        return new Builder<>(aggregateType, states, commandType);
    }

    /** {@return the aggregate type the table is of} */
    public AggregateType aggregateType() {
        return aggregateType;
    }

    /**
     * Every state, in the order the table declares them.
     *
     * @return the states
     */
    public List<S> states() {
        return states;
    }

    /** {@return the states an aggregate is created in} */
    public Set<S> initialStates() {
        return initial;
    }

    /** {@return the states no command leaves} */
    public Set<S> terminalStates() {
        return terminal;
    }

    /**
     * Whether no command leaves {@code state}.
     *
     * @param state a state
     * @return {@code true} when it is terminal
     */
    public boolean isTerminal(S state) {
        return terminal.contains(state);
    }

    /** {@return every command kind, in the enum's order} */
    public List<C> commands() {
        return commands;
    }

    /** {@return every row, in the order it was declared} */
    public List<Transition<A, S, C>> transitions() {
        return transitions;
    }

    /**
     * The rows for {@code command} from {@code state}, whatever their guards.
     *
     * @param state   the state
     * @param command the command kind
     * @return the rows
     */
    public List<Transition<A, S, C>> rows(S state, C command) {
        Rows<A, S, C> rows = rowsOf(state, command);
        return rows == null ? List.of() : rows.rows;
    }

    @SuppressWarnings("unchecked")
    private Rows<A, S, C> rowsOf(S state, C command) {
        Map<C, Rows<A, S, C>> fromState = null;
        for (int index = 0; index < statesWithRows.length && fromState == null; index++) {
            if (statesWithRows[index] == state) {
                fromState = (Map<C, Rows<A, S, C>>) rowsOfStates[index];
            }
        }
        if (fromState == null) {
            fromState = rowsByCommand.get(state);
        }
        return fromState == null ? null : fromState.get(command);
    }

    /**
     * The states {@code command} may lead to from {@code state} for this aggregate, or the rejection that
     * names the state and the command (and the unmet guard, when rows exist but none applies).
     *
     * @param aggregate the aggregate
     * @param state     its state
     * @param command   the command kind
     * @return the states, or the rejection
     */
    public Either<Rejection, Set<S>> targets(A aggregate, S state, C command) {
        return targets(rowsOf(state, command), aggregate, state, command);
    }

    private Either<Rejection, Set<S>> targets(Rows<A, S, C> indexed, A aggregate, S state, C command) {
        if (indexed == null) {
            return Either.left(rejection(state, command, ""));
        }
        List<Transition<A, S, C>> rows = indexed.rows;
        int holding = 0;
        for (Transition<A, S, C> row : rows) {
            if (row.guard().holdsFor(aggregate)) {
                holding++;
            }
        }
        // Every row, or any row when all lead to one state, gives the whole target set in row order.
        if (holding == rows.size() || holding > 0 && indexed.targets.size() == 1) {
            return indexed.allTargets;
        }
        Set<S> targets = rows.stream()
                .filter(row -> row.guard().holdsFor(aggregate))
                .map(Transition::to)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (targets.isEmpty()) {
            String unmet = rows.stream().map(row -> row.guard().description()).distinct()
                    .collect(Collectors.joining(" or "));
            return Either.left(rejection(state, command, "requires " + unmet));
        }
        return Either.right(targets);
    }

    /**
     * The one state {@code command} leads to from {@code state}; for commands whose target is fixed.
     *
     * @param aggregate the aggregate
     * @param state     its state
     * @param command   the command kind
     * @return the state, or the rejection
     */
    public Either<Rejection, S> target(A aggregate, S state, C command) {
        Rows<A, S, C> indexed = rowsOf(state, command);
        Either<Rejection, Set<S>> allowed = targets(indexed, aggregate, state, command);
        if (indexed != null && allowed == indexed.allTargets && indexed.onlyTarget != null) {
            return indexed.onlyTarget;
        }
        return allowed.map(targets -> {
            if (targets.size() != 1) {
                throw new IllegalStateException(command + " from " + state + " has several targets: " + targets);
            }
            return targets.iterator().next();
        });
    }

    /**
     * Checks that the implementation chose a target the table allows; a mismatch is a defect in Rescind.
     *
     * @param aggregate the aggregate
     * @param state     its state
     * @param command   the command kind
     * @param chosen    the target the implementation chose
     * @return {@code chosen}
     * @throws IllegalStateException when the table does not allow it
     */
    public S requireTarget(A aggregate, S state, C command, S chosen) {
        Set<S> allowed = targets(aggregate, state, command).getOrElseThrow(
                rejection -> new IllegalStateException("table does not allow " + command + " from " + state));
        if (!allowed.contains(chosen)) {
            throw new IllegalStateException(command + " from " + state + " may not lead to " + chosen);
        }
        return chosen;
    }

    /**
     * Whether a row takes {@code command} from {@code state} for this aggregate.
     *
     * @param aggregate the aggregate
     * @param state     its state
     * @param command   the command kind
     * @return {@code true} when one does
     */
    public boolean allows(A aggregate, S state, C command) {
        return targets(aggregate, state, command).isRight();
    }

    /**
     * The advertised action names allowed from {@code state} for this aggregate, each once, in table order.
     *
     * @param aggregate the aggregate
     * @param state     its state
     * @return the action names
     */
    public List<String> advertisedActions(A aggregate, S state) {
        return rowsFrom.getOrDefault(state, List.of()).stream()
                .filter(row -> row.guard().holdsFor(aggregate))
                .flatMap(row -> row.advertisedAs().toJavaStream())
                .distinct()
                .toList();
    }

    /**
     * The rejection of {@code command} in {@code state}: {@code NotCancellable} for a cancellation, else
     * {@code NotAllowedInState}.
     *
     * @param state   the state
     * @param command the command kind
     * @param detail  why, in words
     * @return the rejection
     */
    public Rejection rejection(S state, C command, String detail) {
        return command.isCancellation()
                ? new Rejection.NotCancellable(aggregateType, state.toString(), command.label(), detail)
                : new Rejection.NotAllowedInState(aggregateType, state.toString(), command.label(), detail);
    }

    /** Declares a table row by row. */
    public static final class Builder<A, S, C extends Enum<C> & CommandKind> {
        private final AggregateType aggregateType;
        private final List<S> states;
        private final Class<C> commandType;
        private final Set<S> initial = new LinkedHashSet<>();
        private final Set<S> terminal = new LinkedHashSet<>();
        private final List<Transition<A, S, C>> transitions = new ArrayList<>();

        private Builder(AggregateType aggregateType, Collection<S> states, Class<C> commandType) {
            this.aggregateType = Objects.requireNonNull(aggregateType, "aggregateType");
            this.states = List.copyOf(states);
            this.commandType = Objects.requireNonNull(commandType, "commandType");
        }

        /**
         * Declares the initial states.
         *
         * @param states the states
         * @return this builder
         */
        @SafeVarargs
        public final Builder<A, S, C> initial(S... states) {
            initial.addAll(List.of(states));
            return this;
        }

        /**
         * Declares the terminal states.
         *
         * @param states the states
         * @return this builder
         */
        @SafeVarargs
        public final Builder<A, S, C> terminal(S... states) {
            terminal.addAll(List.of(states));
            return this;
        }

        /**
         * A row.
         *
         * @param command the command kind
         * @param from    the state it applies in
         * @param to      the state it leads to
         * @return this builder
         */
        public Builder<A, S, C> allow(C command, S from, S to) {
            return add(command, from, to, Guard.none(), null);
        }

        /**
         * A row under a guard.
         *
         * @param command the command kind
         * @param from    the state it applies in
         * @param to      the state it leads to
         * @param guard   what the data must satisfy
         * @return this builder
         */
        public Builder<A, S, C> allow(C command, S from, S to, Guard<A> guard) {
            return add(command, from, to, guard, null);
        }

        /**
         * A row listed in {@code supported_actions} as {@code action}.
         *
         * @param action  the API's action name
         * @param command the command kind
         * @param from    the state it applies in
         * @param to      the state it leads to
         * @return this builder
         */
        public Builder<A, S, C> advertise(String action, C command, S from, S to) {
            return add(command, from, to, Guard.none(), action);
        }

        /**
         * A row under a guard, listed in {@code supported_actions} as {@code action}.
         *
         * @param action  the API's action name
         * @param command the command kind
         * @param from    the state it applies in
         * @param to      the state it leads to
         * @param guard   what the data must satisfy
         * @return this builder
         */
        public Builder<A, S, C> advertise(String action, C command, S from, S to, Guard<A> guard) {
            return add(command, from, to, guard, action);
        }

        /**
         * The same command from several states to one target.
         *
         * @param command the command kind
         * @param from    the states it applies in
         * @param to      the state it leads to
         * @return this builder
         */
        public Builder<A, S, C> allowFrom(C command, Collection<S> from, S to) {
            from.forEach(state -> allow(command, state, to));
            return this;
        }

        /**
         * A command that changes data but not the state, allowed in each of {@code states}.
         *
         * @param command the command kind
         * @param states  the states
         * @return this builder
         */
        public Builder<A, S, C> allowInPlace(C command, Collection<S> states) {
            return allowInPlace(command, states, Guard.none());
        }

        /**
         * A command that changes data but not the state, allowed in each of {@code states} under a guard.
         *
         * @param command the command kind
         * @param states  the states
         * @param guard   what the data must satisfy
         * @return this builder
         */
        public Builder<A, S, C> allowInPlace(C command, Collection<S> states, Guard<A> guard) {
            states.forEach(state -> allow(command, state, state, guard));
            return this;
        }

        private Builder<A, S, C> add(C command, S from, S to, Guard<A> guard, String action) {
            transitions.add(new Transition<>(command, from, to, guard, Option.of(action)));
            return this;
        }

        /** {@return the table} */
        public TransitionTable<A, S, C> build() {
            return new TransitionTable<>(this);
        }
    }
}
