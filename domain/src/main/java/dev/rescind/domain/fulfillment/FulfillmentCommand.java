package dev.rescind.domain.fulfillment;

import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Command;
import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reason;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;

/** What can be asked of an existing fulfillment order, after Shopify's fulfillment order endpoints. */
public sealed interface FulfillmentCommand extends Command {

    /** The kind named like the record: {@code ReleaseHold} is {@code RELEASE_HOLD}. */
    @Override
    default FulfillmentCommandKind kind() {
        return CommandKind.named(FulfillmentCommandKind.class, this);
    }

    /** The merchant asks the assigned service to fulfill the order. */
    record SubmitFulfillmentRequest(Option<Message> message) implements FulfillmentCommand {
        public SubmitFulfillmentRequest {
            Check.start().required("message", message).orThrow();
        }
    }

    record AcceptFulfillmentRequest(Option<Message> message) implements FulfillmentCommand {
        public AcceptFulfillmentRequest {
            Check.start().required("message", message).orThrow();
        }
    }

    record RejectFulfillmentRequest(Option<Message> message) implements FulfillmentCommand {
        public RejectFulfillmentRequest {
            Check.start().required("message", message).orThrow();
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
    }

    /** Shopify's {@code POST …/cancellation_request.json}: opens cancellation request {@code requestId}. */
    record SendCancellationRequest(CancellationRequestId requestId, Option<Message> message)
            implements FulfillmentCommand {
        public SendCancellationRequest {
            Check.start().required("requestId", requestId).required("message", message).orThrow();
        }
    }

    /** Shopify's {@code POST …/cancellation_request/accept.json}. */
    record AcceptCancellationRequest(Option<Message> message) implements FulfillmentCommand {
        public AcceptCancellationRequest {
            Check.start().required("message", message).orThrow();
        }
    }

    /** Shopify's {@code POST …/cancellation_request/reject.json}. */
    record RejectCancellationRequest(Option<Message> message) implements FulfillmentCommand {
        public RejectCancellationRequest {
            Check.start().required("message", message).orThrow();
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
    }

    record Hold(HoldReason reason, Option<Reason> reasonNotes) implements FulfillmentCommand {
        public Hold {
            Check.start().required("reason", reason).required("reasonNotes", reasonNotes).orThrow();
        }
    }

    /** Releases every hold. */
    record ReleaseHold() implements FulfillmentCommand {
    }

    /** Sets a future {@code fulfill_at}; the order waits {@code SCHEDULED} until then. */
    record Reschedule(Instant fulfillAt) implements FulfillmentCommand {
        public Reschedule {
            Check.start().required("fulfillAt", fulfillAt).orThrow();
        }
    }

    record MarkAsOpen() implements FulfillmentCommand {
    }

    /** The service stops work it will not finish: {@code INCOMPLETE}, request status {@code closed}. */
    record CloseIncomplete(Option<Message> message) implements FulfillmentCommand {
        public CloseIncomplete {
            Check.start().required("message", message).orThrow();
        }
    }
}
