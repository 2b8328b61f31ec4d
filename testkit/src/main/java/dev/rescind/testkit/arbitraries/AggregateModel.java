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

    /** The aggregate's descriptor, by which code that treats aggregates alike finds this model. */
    AggregateDescriptor<A, ?, ?> descriptor();

    TransitionTable<A, S, C> table();

    S stateOf(A aggregate);

    /** Freshly created aggregates with generated details, at version 1. */
    Arbitrary<A> created(Instant now);

    /**
     * Attempts that take {@code row} from {@code aggregate}'s state to exactly {@code row.to()}, or empty
     * when this aggregate's data leads the command elsewhere (for example a carrier's decline returns to
     * the status the parcel had, which history fixed).
     */
    Option<Arbitrary<Attempt<K>>> toward(A aggregate, Transition<A, S, C> row, Instant now);

    /** A well-formed command of {@code kind}, issued by an actor allowed to issue it to this aggregate. */
    Arbitrary<Attempt<K>> wellFormed(A aggregate, C kind, Instant now);

    /**
     * Whether aggregates reached in {@code state} should sometimes take rows that stay in it, because a row
     * from it needs data only such loops build (two holds, to release one and stay held).
     */
    default boolean loopsAt(S state) {
        return false;
    }

    /** Whether any actor may issue {@code kind} to this aggregate at all (some answers need an assigned party). */
    default boolean issuable(A aggregate, C kind) {
        return true;
    }

    /** Commands that are wrong in a way the domain must catch: wrong actors, bad payloads, any state. */
    Arbitrary<Attempt<K>> mistakes(A aggregate, Instant now);

    C kindOf(K command);

    Either<Rejection, Decision<A>> decide(A aggregate, Attempt<K> attempt, World world, Instant now);

    /** The invariants that span the aggregate and the cancellation requests it references. */
    void checkInvariants(A aggregate, World world);
}
