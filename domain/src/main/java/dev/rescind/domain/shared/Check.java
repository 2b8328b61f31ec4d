package dev.rescind.domain.shared;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every field error of one input before answering, so that a caller learns about all of its
 * mistakes at once rather than one per round trip.
 */
public final class Check {

    /** Made on the first error: canonical constructors run a check on every new value, and nearly all pass. */
    private List<FieldError> errors;

    private Check() {
    }

    /** {@return a check that has found nothing wrong yet} */
    public static Check start() {
        return new Check();
    }

    /**
     * Records the errors of a nested parse under {@code path}; returns the parsed value, or {@code null}.
     *
     * @param <T>    the value's type
     * @param path   where the value is
     * @param parsed the parse's answer
     * @return the value, or {@code null}
     */
    public <T> T field(String path, Either<Rejection.InvalidInput, T> parsed) {
        if (parsed.isLeft()) {
            errors().addAll(parsed.getLeft().under(path).errors());
            return null;
        }
        return parsed.get();
    }

    /**
     * Records that a required value is missing unless it is present.
     *
     * @param path  where the value is
     * @param value the value
     * @return this check
     */
    public Check required(String path, Object value) {
        if (value == null) {
            errors().add(new FieldError(path, "required", "is required"));
        }
        return this;
    }

    /**
     * Records an error unless {@code holds}.
     *
     * @param holds   whether the rule holds
     * @param path    where the value is
     * @param code    the error's code
     * @param message the error's message
     * @return this check
     */
    public Check require(boolean holds, String path, String code, String message) {
        if (!holds) {
            errors().add(new FieldError(path, code, message));
        }
        return this;
    }

    /** {@return whether an error was found} */
    public boolean failed() {
        return errors != null;
    }

    /**
     * The built value when nothing failed, else every error found. {@code build} runs only on success.
     *
     * @param <T>   the value's type
     * @param build makes the value
     * @return the value, or every error found
     */
    public <T> Either<Rejection.InvalidInput, T> result(Supplier<T> build) {
        return errors == null ? Either.right(build.get()) : Either.left(new Rejection.InvalidInput(errors));
    }

    /** For canonical constructors: throws the collected errors instead of returning them. */
    public void orThrow() {
        if (errors != null) {
            throw new InvalidInputException(new Rejection.InvalidInput(errors));
        }
    }

    /**
     * For canonical constructors, after checking a list's elements and before copying it: throws the errors
     * collected so far if an element is missing, which the copy and every later check could not read.
     *
     * @param values the list's elements
     */
    public void orThrowIfAnyMissing(List<?> values) {
        for (Object value : values) {
            if (value == null) {
                orThrow();
            }
        }
    }

    private List<FieldError> errors() {
        if (errors == null) {
            errors = new ArrayList<>();
        }
        return errors;
    }
}
