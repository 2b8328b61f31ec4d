package dev.rescind.adapters.json.internal;

import dev.rescind.domain.shared.Rejection;

/**
 * One case per member of the sealed {@link Rejection} hierarchy, so that each API's error mapping must say
 * what it answers for every kind of rejection: the compiler refuses an implementation that leaves one out.
 * Not part of the API.
 */
public interface RejectionCases<R> {

    R notFound(Rejection.NotFound rejection);

    R forbidden(Rejection.Forbidden rejection);

    R invalidInput(Rejection.InvalidInput rejection);

    R notAllowedInState(Rejection.NotAllowedInState rejection);

    R notCancellable(Rejection.NotCancellable rejection);

    R concurrentModification(Rejection.ConcurrentModification rejection);

    R exceedsRemainingQuantity(Rejection.ExceedsRemainingQuantity rejection);

    R idempotencyKeyReused(Rejection.IdempotencyKeyReused rejection);

    /** The case for {@code rejection}. */
    default R apply(Rejection rejection) {
        if (rejection instanceof Rejection.NotFound notFound) {
            return notFound(notFound);
        }
        if (rejection instanceof Rejection.Forbidden forbidden) {
            return forbidden(forbidden);
        }
        if (rejection instanceof Rejection.InvalidInput invalid) {
            return invalidInput(invalid);
        }
        if (rejection instanceof Rejection.NotAllowedInState notAllowed) {
            return notAllowedInState(notAllowed);
        }
        if (rejection instanceof Rejection.NotCancellable notCancellable) {
            return notCancellable(notCancellable);
        }
        if (rejection instanceof Rejection.ConcurrentModification concurrent) {
            return concurrentModification(concurrent);
        }
        if (rejection instanceof Rejection.ExceedsRemainingQuantity exceeds) {
            return exceedsRemainingQuantity(exceeds);
        }
        // The last member of the sealed hierarchy; a test checks that this list names every member.
        return idempotencyKeyReused((Rejection.IdempotencyKeyReused) rejection);
    }
}
