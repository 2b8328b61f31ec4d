package dev.rescind.domain.fulfillment;

import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.shared.DomainEvent;
import dev.rescind.domain.shared.Message;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;

/** What happens to a fulfillment order. */
public sealed interface FulfillmentOrderEvent extends DomainEvent {

    /** A new order; {@code replaces} names the order it took the remaining units from, after a direct cancel. */
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

    record FulfillmentOrderReleased(int holdsReleased) implements FulfillmentOrderEvent {
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
}
