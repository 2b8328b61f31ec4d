package dev.rescind.adapters.json.shopify;

import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Message;
import io.vavr.control.Option;

/**
 * The body Shopify's cancellation request endpoints take, {@code {"cancellation_request": {"message": "…"}}},
 * for sending, accepting and rejecting alike. The message is optional.
 */
public record CancellationRequestBody(Option<Message> message) {

    public static final CancellationRequestBody EMPTY = new CancellationRequestBody(Option.none());

    public CancellationRequestBody {
        Check.start().required("message", message).orThrow();
    }
}
