package dev.rescind.application;

import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;

/**
 * One item of a batch command: the aggregate's id and what this item got, exactly as a single command would.
 *
 * @param <A>     the aggregate's type
 * @param id      the aggregate's id, as the batch named it
 * @param outcome the change applied, or why this item was refused
 */
public record BatchItem<A extends Aggregate>(String id, Either<Rejection, Applied<A>> outcome) {

    /**
     * Checks that no component is null.
     *
     * @param id      the aggregate's id, as the batch named it
     * @param outcome the change applied, or why this item was refused
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public BatchItem {
        Check.start().required("id", id).required("outcome", outcome).orThrow();
    }

    /** {@return whether this item was applied} */
    public boolean applied() {
        return outcome.isRight();
    }
}
