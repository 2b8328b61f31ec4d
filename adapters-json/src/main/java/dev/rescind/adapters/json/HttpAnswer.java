package dev.rescind.adapters.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescind.adapters.json.internal.StrictJson;
import java.util.Objects;

/**
 * What a host sends back for one request of a seed API: the HTTP status and the JSON body in that API's own
 * format. Every answer has a body, errors included.
 *
 * @param status an HTTP status code, 200 to 599
 * @param body   the body; the record keeps its own copy and hands out copies, so it never changes
 */
public record HttpAnswer(int status, JsonNode body) {

    /**
     * Checks the status and keeps a copy of the body.
     *
     * @param status an HTTP status code, 200 to 599
     * @param body   the body; the record keeps its own copy and hands out copies, so it never changes
     * @throws IllegalArgumentException when {@code status} is outside 200 to 599
     * @throws NullPointerException     when {@code body} is null
     */
    public HttpAnswer {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("not an answer's HTTP status: " + status);
        }
        body = Objects.requireNonNull(body, "body").deepCopy();
    }

    /** {@return a copy of the body, so that changing it leaves this answer as it was} */
    @Override
    public JsonNode body() {
        return body.deepCopy();
    }

    /**
     * The body as compact JSON text, ready to send with {@code Content-Type: application/json}.
     *
     * @return the body's JSON text
     */
    public String bodyText() {
        return StrictJson.write(body);
    }
}
