package dev.rescind.application;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;

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

    /** Runs {@code then} when every argument is present, else answers which are missing. */
    <T> Either<Rejection, T> then(java.util.function.Supplier<Either<Rejection, T>> then) {
        return check.failed() ? Either.left(check.result(() -> null).getLeft()) : then.get();
    }
}
