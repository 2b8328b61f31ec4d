package dev.rescind.domain.returns;

import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.shared.DomainEvent;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import io.vavr.control.Option;
import java.util.List;

/** What happens to a return. */
public sealed interface ReturnEvent extends DomainEvent {

    /**
     * A return was created.
     *
     * @param details what it was created with
     */
    record ReturnCreated(NewReturn details) implements ReturnEvent {
    }

    /** The carrier announced the parcel. */
    record ReturnAnnounced() implements ReturnEvent {
    }

    /**
     * The carrier refused the announcement.
     *
     * @param carrierMessage what the carrier said, if anything
     */
    record ReturnAnnouncementFailed(Option<Message> carrierMessage) implements ReturnEvent {
        @Override
        public Option<String> detail() {
            return carrierMessage.map(Message::value);
        }
    }

    /** The carrier scanned the parcel. */
    record ReturnParcelScanned() implements ReturnEvent {
    }

    /** The parcel was delivered back. */
    record ReturnDelivered() implements ReturnEvent {
    }

    /**
     * A cancellation was requested from the carrier.
     *
     * @param requestId the cancellation request opened
     * @param message   the requester's message, if any
     */
    record ReturnCancellationRequested(CancellationRequestId requestId, Option<Message> message)
            implements ReturnEvent {
        @Override
        public Option<String> detail() {
            return message.map(Message::value);
        }
    }

    /**
     * The carrier cancelled the label.
     *
     * @param requestId      the request accepted
     * @param carrierMessage what the carrier said, if anything
     */
    record ReturnCancelled(CancellationRequestId requestId, Option<Message> carrierMessage) implements ReturnEvent {
        @Override
        public Option<String> detail() {
            return carrierMessage.map(Message::value);
        }
    }

    /**
     * The carrier refused; the parcel is back in the status it had before the request.
     *
     * @param requestId      the request rejected
     * @param restoredStatus the status the parcel is back in
     * @param carrierReason  why the carrier refused, if it said
     */
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

    /**
     * The carrier scanned or delivered the parcel while the cancellation was pending: the cancellation failed.
     *
     * @param requestId the request rejected
     * @param reached   the status the scan or delivery reached
     */
    record ReturnCancellationOvertaken(CancellationRequestId requestId, ParcelStatus reached) implements ReturnEvent {
    }

    /**
     * The return's exchanges were turned into refunds.
     *
     * @param report       what was done
     * @param cancelReason {@code operationPayload.cancelReason}, if any
     */
    record ExchangeCancelled(ExchangeCancellationReport report, Option<Reason> cancelReason) implements ReturnEvent {
        @Override
        public Option<String> detail() {
            return cancelReason.map(Reason::value);
        }
    }

    /** The merchant closed the return. */
    record ReturnClosed() implements ReturnEvent {
    }

    /**
     * Units of one item are no longer returned: {@code quantity} now, {@code cancelledQuantity} in all,
     * {@code remainingQuantity} still coming.
     */
    record ReturnItemCancelled(Reference itemId, int quantity, int cancelledQuantity, int remainingQuantity,
            Option<Reason> reason) implements ReturnEvent {
        @Override
        public Option<String> detail() {
            return reason.map(Reason::value);
        }
    }

    /** The host's data changed; each field holds its new value, and is absent where it stayed as it was. */
    record ReturnHostDetailsUpdated(Option<ParcelDetails> outgoingParcel, Option<ParcelDetails> incomingParcel,
            Option<RefundDetails> refund, Option<List<RuleModification>> ruleModifications) implements ReturnEvent {
    }
}
