package dev.rescind.events.cloudevents;

import java.util.Objects;

/**
 * Why a message could not be read as a Rescind event: not a CloudEvent, a type this version does not know,
 * an attribute missing or malformed, or data the event's validation refuses.
 *
 * @param reason what is wrong, naming the attribute or data member
 */
public record UnreadableEvent(String reason) {

    /**
     * Checks the reason.
     *
     * @param reason what is wrong, naming the attribute or data member
     * @throws NullPointerException when {@code reason} is null
     */
    public UnreadableEvent {
        Objects.requireNonNull(reason, "reason");
    }
}
