package dev.rescind.examples;

import dev.rescind.application.port.CarrierCancellations;
import dev.rescind.application.port.DraftOrders;
import dev.rescind.application.port.OrderTags;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The demo's stand-ins for Shopify and the carrier. The draft-order API is down, to show that a failed
 * best-effort effect is reported and the transition still stands.
 */
final class Gateways {

    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    DraftOrders failingDraftOrders() {
        return (tenant, draftOrderId) -> {
            calls.add("DELETE draft order " + draftOrderId + " → 503");
            throw new IllegalStateException("Shopify answered 503 Service Unavailable");
        };
    }

    OrderTags orderTags() {
        return (tenant, orderId, tag) -> calls.add("tag order " + orderId + " with " + tag);
    }

    CarrierCancellations carrier() {
        return (tenant, returnId, carrierId, parcelId, requestId) -> calls.add("ask carrier "
                + carrierId.map(Object::toString).getOrElse("?") + " to cancel the label of return " + returnId
                + " (request " + requestId + ")");
    }

    /** The calls made, sorted: effects of one command run concurrently, in no fixed order. */
    List<String> calls() {
        return calls.stream().sorted().toList();
    }
}
