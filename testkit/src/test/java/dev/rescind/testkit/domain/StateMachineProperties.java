package dev.rescind.testkit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.Change;
import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TransitionTable;
import dev.rescind.domain.shared.TransitionTable.Transition;
import dev.rescind.domain.shared.Version;
import dev.rescind.testkit.arbitraries.AggregateModel;
import dev.rescind.testkit.arbitraries.Attempt;
import dev.rescind.testkit.arbitraries.Paths;
import dev.rescind.testkit.arbitraries.Reached;
import dev.rescind.testkit.arbitraries.Values;
import dev.rescind.testkit.arbitraries.Walks;
import dev.rescind.testkit.arbitraries.World;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * The properties every aggregate's state machine must have, generated from its transition table: each row
 * is taken and lands where the table says; every pair the table refuses is rejected with the state and the
 * command named; random histories keep every invariant; every state is reachable and every state that is
 * not terminal has a way out. One subclass per aggregate supplies its {@link AggregateModel}.
 */
abstract class StateMachineProperties<A extends Aggregate, S, C extends Enum<C> & CommandKind, K> {

    /** Attempts per row, and per (state, command) pair, in one try. */
    private static final int DRAWS_PER_ROW = 3;

    abstract AggregateModel<A, S, C, K> model();

    private TransitionTable<A, S, C> table() {
        return model().table();
    }

    @Property(tries = 20, edgeCases = EdgeCasesMode.NONE)
    void every_row_of_the_table_is_accepted_and_lands_in_its_target(@ForAll Random random) {
        for (Transition<A, S, C> row : table().transitions()) {
            int taken = 0;
            for (int draw = 0; draw < DRAWS_PER_ROW * 20 && taken < DRAWS_PER_ROW; draw++) {
                Reached<A> reached = Sampling.sample(Walks.reaching(model(), row.from()), random);
                if (!row.guard().holdsFor(reached.aggregate())) {
                    continue;
                }
                Option<Arbitrary<Attempt<K>>> attempts = model().toward(reached.aggregate(), row, reached.next());
                if (attempts.isEmpty()) {
                    continue;
                }
                Attempt<K> attempt = Sampling.sample(attempts.get(), random);
                Either<Rejection, Decision<A>> decision = model().decide(reached.aggregate(), attempt,
                        reached.world(), reached.next());
                assertThat(decision.isRight())
                        .as("%s refused %s from %s: %s", row, attempt, reached,
                                decision.fold(Rejection::message, accepted -> ""))
                        .isTrue();
                assertThat(model().stateOf(decision.get().aggregate())).as("%s by %s", row, attempt)
                        .isEqualTo(row.to());
                assertWellFormed(reached.aggregate(), decision.get());
                model().checkInvariants(decision.get().aggregate(), reached.world().after(decision.get()));
                taken++;
            }
            assertThat(taken).as("row %s could not be taken from generated aggregates", row).isPositive();
        }
    }

    @Property(tries = 20, edgeCases = EdgeCasesMode.NONE)
    void every_pair_the_table_refuses_is_rejected_naming_state_and_command(@ForAll Random random) {
        for (S state : Paths.reachableStates(table())) {
            for (int draw = 0; draw < DRAWS_PER_ROW; draw++) {
                Reached<A> reached = Sampling.sample(Walks.reaching(model(), state), random);
                for (C kind : table().commands()) {
                    if (table().allows(reached.aggregate(), state, kind)
                            || !model().issuable(reached.aggregate(), kind)) {
                        continue;
                    }
                    Attempt<K> attempt = Sampling.sample(model().wellFormed(reached.aggregate(), kind,
                            reached.next()), random);
                    Either<Rejection, Decision<A>> decision = model().decide(reached.aggregate(), attempt,
                            reached.world(), reached.next());
                    assertThat(decision.isLeft()).as("%s accepted %s from %s", kind, attempt, reached).isTrue();
                    assertRefusalNames(decision.getLeft(), state, kind);
                }
            }
        }
    }

    @Property
    void random_histories_keep_every_invariant(@ForAll("histories") ActionChain<Reached<A>> history) {
        history.withInvariant("aggregate and its cancellation requests agree",
                        reached -> model().checkInvariants(reached.aggregate(), reached.world()))
                .run();
    }

    @Example
    void every_state_is_reachable_from_creation() {
        assertThat(Paths.reachableStates(table())).containsExactlyInAnyOrderElementsOf(table().states());
    }

    @Example
    void every_state_that_is_not_terminal_has_a_way_out() {
        for (S state : table().states()) {
            boolean hasExit = table().transitions().stream()
                    .anyMatch(row -> row.from().equals(state) && !row.to().equals(state));
            assertThat(hasExit).as("%s (terminal: %s)", state, table().isTerminal(state))
                    .isEqualTo(!table().isTerminal(state));
        }
    }

    /** Random histories: mostly well-formed commands of random kinds, some deliberate mistakes. */
    @Provide
    Arbitrary<ActionChain<Reached<A>>> histories() {
        Action.Dependent<Reached<A>> wellFormed = reached -> Arbitraries.of(table().commands())
                .flatMap(kind -> model().wellFormed(reached.aggregate(), kind, reached.next()))
                .map(this::step);
        Action.Dependent<Reached<A>> mistaken = reached -> model().mistakes(reached.aggregate(), reached.next())
                .map(this::step);
        return model().created(Values.EPOCH).flatMap(created -> ActionChain
                .startWith(() -> new Reached<>(created, World.empty(), Values.EPOCH, List.of("created")))
                .withAction(4, wellFormed)
                .withAction(1, mistaken)
                .withMaxTransformations(25));
    }

    /**
     * One step of a history and what it must satisfy: a refusal changes nothing; an acceptance moves the
     * version by one, lands in a target the table allows, and never leaves a terminal state.
     */
    private Transformer<Reached<A>> step(Attempt<K> attempt) {
        return Transformer.transform(model().kindOf(attempt.command()).label() + " by " + attempt.actor(),
                reached -> {
                    A current = reached.aggregate();
                    S before = model().stateOf(current);
                    C kind = model().kindOf(attempt.command());
                    Either<Rejection, Reached<A>> after = Walks.apply(model(), reached, attempt);
                    if (after.isLeft()) {
                        return new Reached<>(current, reached.world(), reached.next(), reached.history());
                    }
                    A next = after.get().aggregate();
                    S landed = model().stateOf(next);
                    assertThat(table().targets(current, before, kind).get()).as("%s from %s", kind, before)
                            .contains(landed);
                    if (table().isTerminal(before)) {
                        assertThat(landed).as("terminal %s absorbs %s", before, kind).isEqualTo(before);
                    }
                    assertThat(next.version().value() - current.version().value()).as("version step")
                            .isBetween(0L, 1L);
                    return after.get();
                });
    }

    /** Version +1 and one event per changed aggregate; a no-op changes nothing at all. */
    private void assertWellFormed(A before, Decision<A> decision) {
        if (decision.isNoOp()) {
            assertThat(decision.aggregate()).isEqualTo(before);
            return;
        }
        assertThat(decision.aggregate().version()).isEqualTo(before.version().next());
        assertThat(decision.changes().get(0).aggregate()).isSameAs(decision.aggregate());
        for (Change change : decision.changes()) {
            assertThat(change.version()).isEqualTo(change.expectedVersion().next());
            assertThat(change.aggregate().tenant()).isEqualTo(before.tenant());
            if (change.isCreation()) {
                assertThat(change.expectedVersion()).isEqualTo(Version.NONE);
            }
        }
    }

    private void assertRefusalNames(Rejection rejection, S state, C kind) {
        if (kind.isCancellation()) {
            assertThat(rejection).isInstanceOf(Rejection.NotCancellable.class);
            Rejection.NotCancellable refusal = (Rejection.NotCancellable) rejection;
            assertThat(refusal.state()).isEqualTo(state.toString());
            assertThat(refusal.command()).isEqualTo(kind.label());
            assertThat(refusal.aggregateType()).isEqualTo(table().aggregateType());
        } else {
            assertThat(rejection).isInstanceOf(Rejection.NotAllowedInState.class);
            Rejection.NotAllowedInState refusal = (Rejection.NotAllowedInState) rejection;
            assertThat(refusal.state()).isEqualTo(state.toString());
            assertThat(refusal.command()).isEqualTo(kind.label());
            assertThat(refusal.aggregateType()).isEqualTo(table().aggregateType());
        }
    }

}
