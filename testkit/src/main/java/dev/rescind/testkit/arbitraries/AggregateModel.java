package dev.rescind.testkit.arbitraries;

import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TransitionTable;
import dev.rescind.domain.shared.TransitionTable.Transition;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import net.jqwik.api.Arbitrary;

/**
 * One aggregate type described for generation: how to create one, how to issue each command of its
 * transition table, and how the domain decides. {@link Walks} turns a model into aggregates in any reachable
 * state by applying generated commands from creation, so every generated aggregate is one the domain itself
 * produced.
 *
 * @param <A> the aggregate
 * @param <S> its state
 * @param <C> its command kinds
 * @param <K> its command type
 */
public interface AggregateModel<A extends Aggregate, S, C extends Enum<C> & CommandKind, K> {

    /**
     * The aggregate's descriptor, by which code that treats aggregates alike finds this model.
     *
     * @return the descriptor
     */
    AggregateDescriptor<A, ?, ?> descriptor();

    /** {@return the aggregate's transition table, whose rows the walks follow} */
    TransitionTable<A, S, C> table();

    /**
     * The state of {@code aggregate} as the transition table names it.
     *
     * @param aggregate an aggregate of this type
     * @return its state
     */
    S stateOf(A aggregate);

    /**
     * Freshly created aggregates with generated details, at version 1.
     *
     * @param now the creation time
     * @return the aggregates
     */
    Arbitrary<A> created(Instant now);

    /**
     * Attempts that take {@code row} from {@code aggregate}'s state to exactly {@code row.to()}, or empty
     * when this aggregate's data leads the command elsewhere (for example a carrier's decline returns to
     * the status the parcel had, which history fixed).
     *
     * @param aggregate the aggregate, in {@code row}'s source state
     * @param row       the transition to take
     * @param now       when the command is issued
     * @return the attempts, or empty
     */
    Option<Arbitrary<Attempt<K>>> toward(A aggregate, Transition<A, S, C> row, Instant now);

    /**
     * A well-formed command of {@code kind}, issued by an actor allowed to issue it to this aggregate.
     *
     * @param aggregate the aggregate
     * @param kind      the command's kind
     * @param now       when the command is issued
     * @return the attempts
     */
    Arbitrary<Attempt<K>> wellFormed(A aggregate, C kind, Instant now);

    /**
     * Whether aggregates reached in {@code state} should sometimes take rows that stay in it, because a row
     * from it needs data only such loops build (two holds, to release one and stay held).
     *
     * @param state a state the walk reached
     * @return whether to take up to two of its loops
     */
    default boolean loopsAt(S state) {
        return false;
    }

    /**
     * Whether any actor may issue {@code kind} to this aggregate at all (some answers need an assigned party).
     *
     * @param aggregate the aggregate
     * @param kind      the command's kind
     * @return {@code false} when no actor may issue it
     */
    default boolean issuable(A aggregate, C kind) {
        return true;
    }

    /**
     * Commands that are wrong in a way the domain must catch: wrong actors, bad payloads, any state.
     *
     * @param aggregate the aggregate
     * @param now       when the command is issued
     * @return the attempts
     */
    Arbitrary<Attempt<K>> mistakes(A aggregate, Instant now);

    /**
     * The kind of {@code command}, as the transition table names it.
     *
     * @param command a command of this aggregate type
     * @return its kind
     */
    C kindOf(K command);

    /**
     * What the domain decides for {@code attempt}, given the cancellation requests of {@code world}.
     *
     * @param aggregate the aggregate
     * @param attempt   the command and its actor
     * @param world     the cancellation requests the aggregate may reference
     * @param now       when the command is decided
     * @return the decision, or the rejection
     */
    Either<Rejection, Decision<A>> decide(A aggregate, Attempt<K> attempt, World world, Instant now);

    /**
     * The invariants that span the aggregate and the cancellation requests it references.
     *
     * @param aggregate the aggregate
     * @param world     the cancellation requests it may reference
     * @throws AssertionError when an invariant is broken
     */
    void checkInvariants(A aggregate, World world);
}
