package dev.rescind.domain.returns;

import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.shared.DomainEvent;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reason;
import io.vavr.control.Option;

/** What happens to a return. */
public sealed interface ReturnEvent extends DomainEvent {

    record ReturnCreated(NewReturn details) implements ReturnEvent {
    }

    record ReturnAnnounced() implements ReturnEvent {
    }

    record ReturnAnnouncementFailed(Option<Message> carrierMessage) implements ReturnEvent {
        @Override
        public Option<String> detail() {
            return carrierMessage.map(Message::value);
        }
    }

    record ReturnParcelScanned() implements ReturnEvent {
    }

    record ReturnDelivered() implements ReturnEvent {
    }

    record ReturnCancellationRequested(CancellationRequestId requestId, Option<Message> message)
            implements ReturnEvent {
        @Override
        public Option<String> detail() {
            return message.map(Message::value);
        }
    }

    record ReturnCancelled(CancellationRequestId requestId, Option<Message> carrierMessage) implements ReturnEvent {
        @Override
        public Option<String> detail() {
            return carrierMessage.map(Message::value);
        }
    }

    /** The carrier refused; the parcel is back in the status it had before the request. */
    record ReturnCancellationDeclined(CancellationRequestId requestId, ParcelStatus restoredStatus,
            Option<Message> carrierReason) implements ReturnEvent {
        @Override
        public Option<String> detail() {
            return carrierReason.map(Message::value);
        }
    }

    /**
     * Rescind's extension: the carrier did not answer the cancellation request by its answer-by time; it
     * expired, and the parcel is back at {@code restoredStatus}.
     */
    record ReturnCancellationExpired(CancellationRequestId requestId, ParcelStatus restoredStatus)
            implements ReturnEvent {
        @Override
        public Option<String> detail() {
            return Option.some(dev.rescind.domain.cancellation.CancellationRequest.EXPIRED_REASON.value());
        }
    }

    /** The carrier scanned or delivered the parcel while the cancellation was pending: the cancellation failed. */
    record ReturnCancellationOvertaken(CancellationRequestId requestId, ParcelStatus reached) implements ReturnEvent {
    }

    record ExchangeCancelled(ExchangeCancellationReport report, Option<Reason> cancelReason) implements ReturnEvent {
        @Override
        public Option<String> detail() {
            return cancelReason.map(Reason::value);
        }
    }

    record ReturnClosed() implements ReturnEvent {
    }
}
