package dev.rescind.application;

import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;

/** One item of a batch command: the aggregate's id and what this item got, exactly as a single command would. */
public record BatchItem<A extends Aggregate>(String id, Either<Rejection, Applied<A>> outcome) {

    public BatchItem {
        Check.start().required("id", id).required("outcome", outcome).orThrow();
    }

    public boolean applied() {
        return outcome.isRight();
    }
}
