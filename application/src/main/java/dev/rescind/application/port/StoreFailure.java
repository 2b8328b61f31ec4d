package dev.rescind.application.port;

/**
 * A store could not do its work for a reason outside the library's rules: the database is down, a
 * connection broke, a constraint the schema should not have failed. Unlike a rejection this is not an
 * answer; the caller may retry with the same idempotency key.
 */
public class StoreFailure extends RuntimeException {

    /**
     * A failure with its cause.
     *
     * @param message what failed
     * @param cause   the driver's or client's exception
     */
    public StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * A failure without a cause.
     *
     * @param message what failed
     */
    public StoreFailure(String message) {
        super(message);
    }
}
