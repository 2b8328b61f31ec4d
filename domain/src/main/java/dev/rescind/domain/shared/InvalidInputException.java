package dev.rescind.domain.shared;

import java.util.Objects;

/**
 * Thrown only when a value is constructed directly with bad input, bypassing its {@code of(…)} factory.
 * The factories return the same {@link Rejection.InvalidInput} as a value; prefer them for anything a
 * person or another system typed.
 */
public final class InvalidInputException extends IllegalArgumentException {

    private final transient Rejection.InvalidInput invalidInput;

    /**
     * The exception for {@code invalidInput}.
     *
     * @param invalidInput what is wrong
     */
    public InvalidInputException(Rejection.InvalidInput invalidInput) {
        super(invalidInput.message());
        this.invalidInput = Objects.requireNonNull(invalidInput, "invalidInput");
    }

    /** {@return what is wrong, field by field} */
    public Rejection.InvalidInput invalidInput() {
        return invalidInput;
    }
}
