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

    /**
     * The merchant asks the assigned service to fulfill the order.
     *
     * @param message the merchant's message, if any
     */
    record SubmitFulfillmentRequest(Option<Message> message) implements FulfillmentCommand {
        /**
         * Checks that no component is null.
         *
         * @param message the merchant's message, if any
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public SubmitFulfillmentRequest {
            Check.start().required("message", message).orThrow();
        }
    }

    /**
     * The assigned service accepts the fulfillment request.
     *
     * @param message the service's message, if any
     */
    record AcceptFulfillmentRequest(Option<Message> message) implements FulfillmentCommand {
        /**
         * Checks that no component is null.
         *
         * @param message the service's message, if any
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public AcceptFulfillmentRequest {
            Check.start().required("message", message).orThrow();
        }
    }

    /**
     * The assigned service rejects the fulfillment request.
     *
     * @param message the service's message, if any
     */
    record RejectFulfillmentRequest(Option<Message> message) implements FulfillmentCommand {
        /**
         * Checks that no component is null.
         *
         * @param message the service's message, if any
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public RejectFulfillmentRequest {
            Check.start().required("message", message).orThrow();
        }
    }

    /**
     * Shopify's {@code POST /fulfillment_orders/{id}/cancel.json}, allowed only while no service has accepted
     * the order: it closes this order and opens {@code replacementId} with the units still to ship.
     *
     * @param replacementId the id of the order that takes the units still to ship
     */
    record Cancel(FulfillmentOrderId replacementId) implements FulfillmentCommand {
        /**
         * Checks that no component is null.
         *
         * @param replacementId the id of the order that takes the units still to ship
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public Cancel {
            Check.start().required("replacementId", replacementId).orThrow();
        }
    }

    /**
     * Shopify's {@code POST …/cancellation_request.json}: opens cancellation request {@code requestId}.
     *
     * @param requestId the id of the cancellation request opened
     * @param message   the merchant's message, if any
     */
    record SendCancellationRequest(CancellationRequestId requestId, Option<Message> message)
            implements FulfillmentCommand {
        /**
         * Checks that no component is null.
         *
         * @param requestId the id of the cancellation request opened
         * @param message   the merchant's message, if any
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public SendCancellationRequest {
            Check.start().required("requestId", requestId).required("message", message).orThrow();
        }
    }

    /**
     * Shopify's {@code POST …/cancellation_request/accept.json}.
     *
     * @param message the service's message, if any
     */
    record AcceptCancellationRequest(Option<Message> message) implements FulfillmentCommand {
        /**
         * Checks that no component is null.
         *
         * @param message the service's message, if any
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public AcceptCancellationRequest {
            Check.start().required("message", message).orThrow();
        }
    }

    /**
     * Shopify's {@code POST …/cancellation_request/reject.json}.
     *
     * @param message the service's message, if any
     */
    record RejectCancellationRequest(Option<Message> message) implements FulfillmentCommand {
        /**
         * Checks that no component is null.
         *
         * @param message the service's message, if any
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public RejectCancellationRequest {
            Check.start().required("message", message).orThrow();
        }
    }

    /**
     * Ships units. No lines means every unit still to ship.
     *
     * @param lines the lines and units to ship
     */
    record CreateFulfillment(List<FulfillmentLine> lines) implements FulfillmentCommand {
        /**
         * Checks that no component is null, and copies the lists.
         *
         * @param lines the lines and units to ship
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public CreateFulfillment {
            Check.start().required("lines", lines).orThrow();
            lines = List.copyOf(lines);
        }

        /** {@return a fulfillment of every unit still to ship} */
        public static CreateFulfillment everything() {
            return new CreateFulfillment(List.of());
        }
    }

    /**
     * Puts the order on hold; holds stack.
     *
     * @param reason      Shopify's {@code reason}
     * @param reasonNotes Shopify's {@code reason_notes}, if any
     */
    record Hold(HoldReason reason, Option<Reason> reasonNotes) implements FulfillmentCommand {
        /**
         * Checks that no component is null.
         *
         * @param reason      Shopify's {@code reason}
         * @param reasonNotes Shopify's {@code reason_notes}, if any
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public Hold {
            Check.start().required("reason", reason).required("reasonNotes", reasonNotes).orThrow();
        }
    }

    /** Releases every hold. */
    record ReleaseHold() implements FulfillmentCommand {
    }

    /**
     * Sets a future {@code fulfill_at}; the order waits {@code SCHEDULED} until then.
     *
     * @param fulfillAt the new {@code fulfill_at}
     */
    record Reschedule(Instant fulfillAt) implements FulfillmentCommand {
        /**
         * Checks that no component is null.
         *
         * @param fulfillAt the new {@code fulfill_at}
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public Reschedule {
            Check.start().required("fulfillAt", fulfillAt).orThrow();
        }
    }

    /** Opens a scheduled order for fulfillment now. */
    record MarkAsOpen() implements FulfillmentCommand {
    }

    /**
     * The service stops work it will not finish: {@code INCOMPLETE}, request status {@code closed}.
     *
     * @param message the service's message, if any
     */
    record CloseIncomplete(Option<Message> message) implements FulfillmentCommand {
        /**
         * Checks that no component is null.
         *
         * @param message the service's message, if any
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public CloseIncomplete {
            Check.start().required("message", message).orThrow();
        }
    }
}
