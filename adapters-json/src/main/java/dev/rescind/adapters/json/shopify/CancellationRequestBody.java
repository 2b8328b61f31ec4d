package dev.rescind.adapters.json.shopify;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Message;
import io.vavr.control.Option;

/**
 * The body Shopify's cancellation request endpoints take, {@code {"cancellation_request": {"message": "…"}}},
 * for sending, accepting and rejecting alike. The message is optional.
 *
 * @param message {@code cancellation_request.message}, if any
 */
public record CancellationRequestBody(Option<Message> message) {

    /** A body without a message. */
    public static final CancellationRequestBody EMPTY = new CancellationRequestBody(Option.none());

    /**
     * Checks the component.
     *
     * @param message {@code cancellation_request.message}, if any
     * @throws dev.rescind.domain.shared.InvalidInputException when {@code message} is null (use {@code Option.none()})
     */
    public CancellationRequestBody {
        Check.start().required("message", message).orThrow();
    }
}
