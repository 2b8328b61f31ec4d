package dev.rescind.benchmarks.decision;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;

/**
 * The vocabulary the peer implementations share: the part of the fulfillment order's machine that a
 * cancellation request walks through, and the guards Rescind's table and authorisation apply to it.
 */
final class CancellationMachine {

    /** {@code IN_PROGRESS} with the request statuses of Shopify's cancellation request, and the end. */
    enum State {
        ACCEPTED,
        CANCELLATION_REQUESTED,
        CANCELLATION_REJECTED,
        CANCELLED
    }

    enum Trigger {
        SEND_CANCELLATION_REQUEST,
        ACCEPT_CANCELLATION_REQUEST,
        REJECT_CANCELLATION_REQUEST
    }

    private CancellationMachine() {
    }

    /** Sending needs the merchant's side, and an order assigned to a fulfillment service. */
    static boolean maySend(Actor actor, String assignedService) {
        return actor.kind().actsForMerchant() && assignedService != null;
    }

    /** Answering needs the assigned fulfillment service itself. */
    static boolean mayAnswer(Actor actor, String assignedService) {
        return actor.kind() == ActorKind.FULFILLMENT_SERVICE && actor.id().equals(assignedService);
    }
}
