package dev.rescind.events.cloudevents;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A CloudEvent as a broker message: text headers (in header order) and a body.
 *
 * @param headers the binding's attribute headers in binary mode; only the content type in structured mode
 * @param body    the event's JSON data (binary) or the whole CloudEvent (structured)
 */
public record BrokerMessage(Map<String, String> headers, byte[] body) {

    /**
     * Keeps a read-only copy of the headers, in their order.
     *
     * @param headers the binding's attribute headers in binary mode; only the content type in structured mode
     * @param body    the event's JSON data (binary) or the whole CloudEvent (structured)
     * @throws NullPointerException when {@code headers} or {@code body} is null
     */
    public BrokerMessage {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(headers, "headers")));
        Objects.requireNonNull(body, "body");
    }
}
