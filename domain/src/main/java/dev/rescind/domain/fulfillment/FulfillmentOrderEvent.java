package dev.rescind.domain.fulfillment;

import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.shared.DomainEvent;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reference;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;

/** What happens to a fulfillment order. */
public sealed interface FulfillmentOrderEvent extends DomainEvent {

    /**
     * A new order; {@code replaces} names the order it took its units from, after a direct cancel or a move.
     */
    record FulfillmentOrderCreated(NewFulfillmentOrder details, Option<FulfillmentOrderId> replaces)
            implements FulfillmentOrderEvent {
    }

    /**
     * The merchant asked for fulfillment.
     *
     * @param message the merchant's message, if any
     */
    record FulfillmentRequestSubmitted(Option<Message> message) implements FulfillmentOrderEvent {
        @Override
        public Option<String> detail() {
            return message.map(Message::value);
        }
    }

    /**
     * The service accepted the fulfillment request.
     *
     * @param message the service's message, if any
     */
    record FulfillmentRequestAccepted(Option<Message> message) implements FulfillmentOrderEvent {
        @Override
        public Option<String> detail() {
            return message.map(Message::value);
        }
    }

    /**
     * The service rejected the fulfillment request.
     *
     * @param message the service's message, if any
     */
    record FulfillmentRequestRejected(Option<Message> message) implements FulfillmentOrderEvent {
        @Override
        public Option<String> detail() {
            return message.map(Message::value);
        }
    }

    /**
     * Cancelled directly, before any service accepted; the remaining units moved to {@code replacement}.
     *
     * @param replacement the order that took the remaining units
     */
    record FulfillmentOrderCancelled(FulfillmentOrderId replacement) implements FulfillmentOrderEvent {
    }

    /**
     * The merchant asked the service to cancel.
     *
     * @param requestId the cancellation request opened
     * @param message   the merchant's message, if any
     */
    record CancellationRequestSent(CancellationRequestId requestId, Option<Message> message)
            implements FulfillmentOrderEvent {
        @Override
        public Option<String> detail() {
            return message.map(Message::value);
        }
    }

    /**
     * The service accepted the cancellation request: the order is cancelled.
     *
     * @param requestId the request answered
     * @param message   the service's message, if any
     */
    record CancellationRequestAccepted(CancellationRequestId requestId, Option<Message> message)
            implements FulfillmentOrderEvent {
        @Override
        public Option<String> detail() {
            return message.map(Message::value);
        }
    }

    /**
     * The service rejected the cancellation request.
     *
     * @param requestId the request answered
     * @param message   the service's message, if any
     */
    record CancellationRequestRejected(CancellationRequestId requestId, Option<Message> message)
            implements FulfillmentOrderEvent {
        @Override
        public Option<String> detail() {
            return message.map(Message::value);
        }
    }

    /**
     * Rescind's extension: the cancellation request passed {@code answerBy} unanswered and expired; the order is
     * back in progress as after a rejection, with the reason {@code expired}.
     */
    record CancellationRequestExpired(CancellationRequestId requestId, java.time.Instant answerBy)
            implements FulfillmentOrderEvent {
        @Override
        public Option<String> detail() {
            return Option.some(CancellationRequest.EXPIRED_REASON.value());
        }
    }

    /**
     * Rescind's extension: {@code fulfillBy} passed and the order still has units to ship; nothing else changes.
     */
    record FulfillmentOrderOverdue(java.time.Instant fulfillBy) implements FulfillmentOrderEvent {
    }

    /**
     * Units shipped. {@code answeredRequest} is a pending cancellation request that shipping the last units
     * answered with a rejection.
     *
     * @param lines           the lines and units shipped
     * @param orderClosed     whether every unit has now shipped
     * @param answeredRequest the cancellation request this rejected, if any
     */
    record FulfillmentCreated(List<FulfillmentLine> lines, boolean orderClosed,
            Option<CancellationRequestId> answeredRequest) implements FulfillmentOrderEvent {
    }

    /**
     * The order was put on hold.
     *
     * @param hold the hold
     */
    record FulfillmentOrderHeld(FulfillmentHold hold) implements FulfillmentOrderEvent {
        @Override
        public Option<String> detail() {
            return Option.some(hold.reason().wireName() + hold.reasonNotes().map(notes -> ": " + notes.value())
                    .getOrElse(""));
        }
    }

    /**
     * Holds released: {@code releasedHolds} by id; {@code holdsRemaining} zero when the order opened again.
     * {@code holdsReleased} counts them, as events before hold ids did.
     */
    record FulfillmentOrderReleased(int holdsReleased, List<Reference> releasedHolds, int holdsRemaining)
            implements FulfillmentOrderEvent {
    }

    /**
     * {@code fulfill_at} moved.
     *
     * @param fulfillAt the new time
     */
    record FulfillmentOrderRescheduled(Instant fulfillAt) implements FulfillmentOrderEvent {
    }

    /** A scheduled order was opened. */
    record FulfillmentOrderOpened() implements FulfillmentOrderEvent {
    }

    /**
     * The service closed the order incomplete.
     *
     * @param message the service's message, if any
     */
    record FulfillmentOrderClosedIncomplete(Option<Message> message) implements FulfillmentOrderEvent {
        @Override
        public Option<String> detail() {
            return message.map(Message::value);
        }
    }

    /** A new {@code fulfill_by}; {@code previous} is the one it replaces, if any. */
    record FulfillByChanged(Instant fulfillBy, Option<Instant> previous) implements FulfillmentOrderEvent {
    }

    /**
     * Moved to another location and closed: {@code moved} took the units moved, {@code remaining} (if any) the
     * units that stay at this order's location.
     */
    record FulfillmentOrderMoved(Reference newLocationId, FulfillmentOrderId moved,
            Option<FulfillmentOrderId> remaining, List<FulfillmentLine> lines) implements FulfillmentOrderEvent {
    }

    /** The units of {@code lines} split off into the new order {@code splitOff}. */
    record FulfillmentOrderSplit(FulfillmentOrderId splitOff, List<FulfillmentLine> lines)
            implements FulfillmentOrderEvent {
    }
}
