package dev.rescind.application.internal;

import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * A decision as the pipeline sees it: accepted, or refused, where a refusal may still leave a fact to record
 * (a carrier scan that contradicts a cancellation is refused, and its anomaly committed).
 */
public sealed interface Verdict<A extends Aggregate> {

    record Accepted<A extends Aggregate>(Decision<A> decision) implements Verdict<A> {
    }

    record Refused<A extends Aggregate>(Rejection rejection, Option<Decision<A>> recordAnyway)
            implements Verdict<A> {
    }

    static <A extends Aggregate> Verdict<A> of(Either<Rejection, Decision<A>> decided) {
        return decided.fold(rejection -> new Refused<>(rejection, Option.none()),
                Accepted::new);
    }
}
