package dev.rescind.domain.returns;

import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reason;
import io.vavr.control.Option;
import java.time.Instant;

/** What can be asked of, or reported about, an existing return. */
public sealed interface ReturnCommand {

    ReturnCommandKind kind();

    /** The carrier accepted the return parcel's announcement (a label exists). */
    record Announce() implements ReturnCommand {
        @Override
        public ReturnCommandKind kind() {
            return ReturnCommandKind.ANNOUNCE;
        }
    }

    /** The carrier refused the announcement. */
    record FailAnnouncement(Option<Message> carrierMessage) implements ReturnCommand {
        public FailAnnouncement {
            Check.start().required("carrierMessage", carrierMessage).orThrow();
        }

        @Override
        public ReturnCommandKind kind() {
            return ReturnCommandKind.FAIL_ANNOUNCEMENT;
        }
    }

    /** The carrier scanned the parcel. While a cancellation is under way this means it failed. */
    record RecordScan() implements ReturnCommand {
        @Override
        public ReturnCommandKind kind() {
            return ReturnCommandKind.RECORD_SCAN;
        }
    }

    record RecordDelivery() implements ReturnCommand {
        @Override
        public ReturnCommandKind kind() {
            return ReturnCommandKind.RECORD_DELIVERY;
        }
    }

    /**
     * Sendcloud's {@code PATCH /returns/{id}/cancel}: asks the carrier to cancel the label. Accepted means
     * requested, not cancelled. {@code requestId} names the cancellation request this opens, which expires
     * unanswered at {@code answerBy} if one is given (Rescind's extension).
     */
    record RequestCancellation(CancellationRequestId requestId, Option<Message> message, Option<Instant> answerBy)
            implements ReturnCommand {
        public RequestCancellation {
            Check.start().required("requestId", requestId).required("message", message)
                    .required("answerBy", answerBy).orThrow();
        }

        /** A request without an answer-by time. */
        public RequestCancellation(CancellationRequestId requestId, Option<Message> message) {
            this(requestId, message, Option.none());
        }

        @Override
        public ReturnCommandKind kind() {
            return ReturnCommandKind.REQUEST_CANCELLATION;
        }
    }

    /**
     * Rescind's deadline runner: the open cancellation request {@code requestId} passed its answer-by time
     * unanswered. It expires, and the parcel goes back to its status before the request.
     */
    record ExpireCancellation(CancellationRequestId requestId) implements ReturnCommand {
        public ExpireCancellation {
            Check.start().required("requestId", requestId).orThrow();
        }

        @Override
        public ReturnCommandKind kind() {
            return ReturnCommandKind.EXPIRE_CANCELLATION;
        }
    }

    /** The carrier cancelled the label. */
    record ConfirmCancellation(Option<Message> carrierMessage) implements ReturnCommand {
        public ConfirmCancellation {
            Check.start().required("carrierMessage", carrierMessage).orThrow();
        }

        @Override
        public ReturnCommandKind kind() {
            return ReturnCommandKind.CONFIRM_CANCELLATION;
        }
    }

    /** The carrier refused to cancel; its reason is kept. */
    record DeclineCancellation(Option<Message> carrierReason) implements ReturnCommand {
        public DeclineCancellation {
            Check.start().required("carrierReason", carrierReason).orThrow();
        }

        @Override
        public ReturnCommandKind kind() {
            return ReturnCommandKind.DECLINE_CANCELLATION;
        }
    }

    /**
     * parcelLab's {@code cancel_exchange}: turns every exchange back into a refund. The reason is accepted
     * and recorded on the event, as parcelLab accepts {@code operationPayload.cancelReason}.
     */
    record CancelExchange(Option<Reason> cancelReason) implements ReturnCommand {
        public CancelExchange {
            Check.start().required("cancelReason", cancelReason).orThrow();
        }

        @Override
        public ReturnCommandKind kind() {
            return ReturnCommandKind.CANCEL_EXCHANGE;
        }
    }

    /** The merchant has finished with the return; an exchange can no longer be cancelled. */
    record Close() implements ReturnCommand {
        @Override
        public ReturnCommandKind kind() {
            return ReturnCommandKind.CLOSE;
        }
    }
}
