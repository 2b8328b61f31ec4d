package dev.rescind.events.cloudevents;

/** A message that is not a Rescind event of a known type; turned into an {@link UnreadableEvent} at the edge. */
final class UnreadableEventException extends RuntimeException {

    UnreadableEventException(String message) {
        super(message);
    }

    UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
