package dev.rescind.application;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/** The validate step: every argument a use case takes must be present before anything else happens. */
final class Arguments {

    private final Check check = Check.start();

    private Arguments() {
    }

    static Arguments require(String name, Object value) {
        return new Arguments().and(name, value);
    }

    Arguments and(String name, Object value) {
        check.required(name, value);
        return this;
    }

    /** The refusal of a list with a missing element, if it has one; immutable lists throw on contains(null). */
    static Option<Rejection> noMissingElement(String name, List<?> values) {
        for (int index = 0; index < values.size(); index++) {
            if (values.get(index) == null) {
                return Option.some(Rejection.InvalidInput.of(name + "[" + index + "]", "required", "is required"));
            }
        }
        return Option.none();
    }

    /** Runs {@code then} when every argument is present, else answers which are missing. */
    <T> Either<Rejection, T> then(java.util.function.Supplier<Either<Rejection, T>> then) {
        return check.failed() ? Either.left(check.result(() -> null).getLeft()) : then.get();
    }
}
