package com.example.testing;

import dev.rescind.domain.fulfillment.FulfillmentOrder;

/** A host's own view of a fulfillment order: the badge its back office shows. */
public final class OrderBadge {

    private OrderBadge() {
    }

    public static String of(FulfillmentOrder order) {
        return switch (order.status()) {
            case OPEN, SCHEDULED -> "Waiting";
            case ON_HOLD -> "On hold";
            case IN_PROGRESS -> switch (order.requestStatus()) {
                case CANCELLATION_REQUESTED -> "Cancelling…";
                default -> "Being packed";
            };
            case INCOMPLETE -> "Needs attention";
            case CLOSED -> "Done";
            case CANCELLED -> "Cancelled";
        };
    }
}
