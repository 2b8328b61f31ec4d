package dev.rescind.domain.fulfillment;

import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reason;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;

/** What can be asked of an existing fulfillment order, after Shopify's fulfillment order endpoints. */
public sealed interface FulfillmentCommand {

    FulfillmentCommandKind kind();

    /** The merchant asks the assigned service to fulfill the order. */
    record SubmitFulfillmentRequest(Option<Message> message) implements FulfillmentCommand {
        public SubmitFulfillmentRequest {
            Check.start().required("message", message).orThrow();
        }

        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.SUBMIT_FULFILLMENT_REQUEST;
        }
    }

    record AcceptFulfillmentRequest(Option<Message> message) implements FulfillmentCommand {
        public AcceptFulfillmentRequest {
            Check.start().required("message", message).orThrow();
        }

        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.ACCEPT_FULFILLMENT_REQUEST;
        }
    }

    record RejectFulfillmentRequest(Option<Message> message) implements FulfillmentCommand {
        public RejectFulfillmentRequest {
            Check.start().required("message", message).orThrow();
        }

        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.REJECT_FULFILLMENT_REQUEST;
        }
    }

    /**
     * Shopify's {@code POST /fulfillment_orders/{id}/cancel.json}, allowed only while no service has accepted
     * the order: it closes this order and opens {@code replacementId} with the units still to ship.
     */
    record Cancel(FulfillmentOrderId replacementId) implements FulfillmentCommand {
        public Cancel {
            Check.start().required("replacementId", replacementId).orThrow();
        }

        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.CANCEL;
        }
    }

    /**
     * Shopify's {@code POST …/cancellation_request.json}: opens cancellation request {@code requestId}, which
     * expires unanswered at {@code answerBy} if one is given (Rescind's extension).
     */
    record SendCancellationRequest(CancellationRequestId requestId, Option<Message> message,
            Option<Instant> answerBy) implements FulfillmentCommand {
        public SendCancellationRequest {
            Check.start().required("requestId", requestId).required("message", message)
                    .required("answerBy", answerBy).orThrow();
        }

        /** A request without an answer-by time. */
        public SendCancellationRequest(CancellationRequestId requestId, Option<Message> message) {
            this(requestId, message, Option.none());
        }

        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.SEND_CANCELLATION_REQUEST;
        }
    }

    /** Shopify's {@code POST …/cancellation_request/accept.json}. */
    record AcceptCancellationRequest(Option<Message> message) implements FulfillmentCommand {
        public AcceptCancellationRequest {
            Check.start().required("message", message).orThrow();
        }

        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.ACCEPT_CANCELLATION_REQUEST;
        }
    }

    /** Shopify's {@code POST …/cancellation_request/reject.json}. */
    record RejectCancellationRequest(Option<Message> message) implements FulfillmentCommand {
        public RejectCancellationRequest {
            Check.start().required("message", message).orThrow();
        }

        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.REJECT_CANCELLATION_REQUEST;
        }
    }

    /**
     * Rescind's deadline runner: the open cancellation request {@code requestId} passed its answer-by time
     * unanswered. It expires, and the order goes back as after a rejection.
     */
    record ExpireCancellationRequest(CancellationRequestId requestId) implements FulfillmentCommand {
        public ExpireCancellationRequest {
            Check.start().required("requestId", requestId).orThrow();
        }

        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.EXPIRE_CANCELLATION_REQUEST;
        }
    }

    /**
     * Rescind's deadline runner: the order's {@code fulfill_by} passed before it was fulfilled. An event, no change
     * of state.
     */
    record MarkOverdue() implements FulfillmentCommand {
        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.MARK_OVERDUE;
        }
    }

    /** Ships units. No lines means every unit still to ship. */
    record CreateFulfillment(List<FulfillmentLine> lines) implements FulfillmentCommand {
        public CreateFulfillment {
            Check.start().required("lines", lines).orThrow();
            lines = List.copyOf(lines);
        }

        public static CreateFulfillment everything() {
            return new CreateFulfillment(List.of());
        }

        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.CREATE_FULFILLMENT;
        }
    }

    record Hold(HoldReason reason, Option<Reason> reasonNotes) implements FulfillmentCommand {
        public Hold {
            Check.start().required("reason", reason).required("reasonNotes", reasonNotes).orThrow();
        }

        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.HOLD;
        }
    }

    /** Releases every hold. */
    record ReleaseHold() implements FulfillmentCommand {
        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.RELEASE_HOLD;
        }
    }

    /** Sets a future {@code fulfill_at}; the order waits {@code SCHEDULED} until then. */
    record Reschedule(Instant fulfillAt) implements FulfillmentCommand {
        public Reschedule {
            Check.start().required("fulfillAt", fulfillAt).orThrow();
        }

        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.RESCHEDULE;
        }
    }

    record MarkAsOpen() implements FulfillmentCommand {
        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.MARK_AS_OPEN;
        }
    }

    /** The service stops work it will not finish: {@code INCOMPLETE}, request status {@code closed}. */
    record CloseIncomplete(Option<Message> message) implements FulfillmentCommand {
        public CloseIncomplete {
            Check.start().required("message", message).orThrow();
        }

        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.CLOSE_INCOMPLETE;
        }
    }
}
