package dev.rescind.events.cloudevents;

/** How a CloudEvent travels in a broker message (CloudEvents 1.0, "content modes"). */
public enum ContentMode {
    /** Attributes in the message's headers, the event's JSON data as the body. */
    BINARY,
    /** The whole CloudEvent as one JSON object in the body, {@code application/cloudevents+json}. */
    STRUCTURED
}
