package dev.rescind.domain.fulfillment;

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

    record FulfillmentRequestSubmitted(Option<Message> message) implements FulfillmentOrderEvent {
        @Override
        public Option<String> detail() {
            return message.map(Message::value);
        }
    }

    record FulfillmentRequestAccepted(Option<Message> message) implements FulfillmentOrderEvent {
        @Override
        public Option<String> detail() {
            return message.map(Message::value);
        }
    }

    record FulfillmentRequestRejected(Option<Message> message) implements FulfillmentOrderEvent {
        @Override
        public Option<String> detail() {
            return message.map(Message::value);
        }
    }

    /** Cancelled directly, before any service accepted; the remaining units moved to {@code replacement}. */
    record FulfillmentOrderCancelled(FulfillmentOrderId replacement) implements FulfillmentOrderEvent {
    }

    record CancellationRequestSent(CancellationRequestId requestId, Option<Message> message)
            implements FulfillmentOrderEvent {
        @Override
        public Option<String> detail() {
            return message.map(Message::value);
        }
    }

    record CancellationRequestAccepted(CancellationRequestId requestId, Option<Message> message)
            implements FulfillmentOrderEvent {
        @Override
        public Option<String> detail() {
            return message.map(Message::value);
        }
    }

    record CancellationRequestRejected(CancellationRequestId requestId, Option<Message> message)
            implements FulfillmentOrderEvent {
        @Override
        public Option<String> detail() {
            return message.map(Message::value);
        }
    }

    /**
     * Units shipped. {@code answeredRequest} is a pending cancellation request that shipping the last units
     * answered with a rejection.
     */
    record FulfillmentCreated(List<FulfillmentLine> lines, boolean orderClosed,
            Option<CancellationRequestId> answeredRequest) implements FulfillmentOrderEvent {
    }

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

    record FulfillmentOrderRescheduled(Instant fulfillAt) implements FulfillmentOrderEvent {
    }

    record FulfillmentOrderOpened() implements FulfillmentOrderEvent {
    }

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
