package dev.rescind.domain.fulfillment;

import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Command;
import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
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
     * The merchant asks the assigned service to fulfill the order: every unit still to ship when {@code lines}
     * is empty; otherwise only those, and the rest is split off into {@code unsubmittedId}, a new open,
     * unsubmitted order (Shopify's {@code unsubmitted_fulfillment_order}).
     */
    record SubmitFulfillmentRequest(Option<Message> message, List<FulfillmentLine> lines,
            Option<FulfillmentOrderId> unsubmittedId) implements FulfillmentCommand {
        /**
         * Checks the components.
         *
         * @param message the message, if any
         * @param lines lines
         * @param unsubmittedId unsubmittedId
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is missing or invalid
         */
        public SubmitFulfillmentRequest {
            Check.start().required("message", message).required("lines", lines).required("unsubmittedId",
                    unsubmittedId).orThrow();
            lines = List.copyOf(lines);
        }

        /**
         * A request for every unit still to ship.
         *
         * @param message the message, if any
         */
        public SubmitFulfillmentRequest(Option<Message> message) {
            this(message, List.of(), Option.none());
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
     * Shopify's {@code POST …/cancellation_request.json}: opens cancellation request {@code requestId}, which
     * expires unanswered at {@code answerBy} if one is given (Rescind's extension).
     */
    record SendCancellationRequest(CancellationRequestId requestId, Option<Message> message,
            Option<Instant> answerBy) implements FulfillmentCommand {
        /**
         * Checks the components.
         *
         * @param requestId the id of the cancellation request
         * @param message the message, if any
         * @param answerBy when an answer is due, if the request has an answer-by time
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is missing or invalid
         */
        public SendCancellationRequest {
            Check.start().required("requestId", requestId).required("message", message)
                    .required("answerBy", answerBy).orThrow();
        }

        /**
         * A request without an answer-by time.
         *
         * @param requestId the id of the cancellation request
         * @param message the message, if any
         */
        public SendCancellationRequest(CancellationRequestId requestId, Option<Message> message) {
            this(requestId, message, Option.none());
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
     * Rescind's deadline runner: the open cancellation request {@code requestId} passed its answer-by time
     * unanswered. It expires, and the order goes back as after a rejection.
     */
    record ExpireCancellationRequest(CancellationRequestId requestId) implements FulfillmentCommand {
        /**
         * Checks the components.
         *
         * @param requestId the id of the cancellation request
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is missing or invalid
         */
        public ExpireCancellationRequest {
            Check.start().required("requestId", requestId).orThrow();
        }

        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.EXPIRE_CANCELLATION_REQUEST;
        }
    }

    /**
     * Rescind's deadline runner: the order's {@code fulfill_by}, {@code fulfillBy}, passed before it was fulfilled.
     * An event, no change of state; refused when the order's {@code fulfill_by} is no longer {@code fulfillBy}
     * (it was set again since the deadline was).
     *
     * @param fulfillBy the {@code fulfill_by} that fell due
     */
    record MarkOverdue(Instant fulfillBy) implements FulfillmentCommand {
        /**
         * Checks that no component is null.
         *
         * @param fulfillBy the {@code fulfill_by} that fell due
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public MarkOverdue {
            Check.start().required("fulfillBy", fulfillBy).orThrow();
        }

        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.MARK_OVERDUE;
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

    /** Places hold {@code holdId} (made up by the caller, unique on the order) on top of any others. */
    record Hold(Reference holdId, HoldReason reason, Option<Reason> reasonNotes) implements FulfillmentCommand {
        /**
         * Checks the components.
         *
         * @param holdId the hold's id, unique on the order
         * @param reason why, if given
         * @param reasonNotes reasonNotes
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is missing or invalid
         */
        public Hold {
            Check.start().required("holdId", holdId).required("reason", reason).required("reasonNotes", reasonNotes)
                    .orThrow();
        }
    }

    /**
     * Releases the holds {@code holdIds} names, or every hold when it is empty: only when asked for with
     * {@link #all()}, since releasing every hold may release an order before the reason of another hold is
     * resolved (Shopify's docs warn about it). The order opens again when its last hold goes.
     */
    record ReleaseHold(Option<List<Reference>> holdIds) implements FulfillmentCommand {
        /**
         * Checks the components.
         *
         * @param holdIds the holds to release; empty for every hold
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is missing or invalid
         */
        public ReleaseHold {
            Check.start().required("holdIds", holdIds).orThrow();
            holdIds = holdIds.map(List::copyOf);
        }

        /** {@return a release of every hold, which must be asked for explicitly} */
        public static ReleaseHold all() {
            return new ReleaseHold(Option.none());
        }

        /**
         * A release of the holds {@code holdIds} names.
         *
         * @param holdIds the holds to release
         * @return the command
         */
        public static ReleaseHold of(List<Reference> holdIds) {
            return new ReleaseHold(Option.some(holdIds));
        }

        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.RELEASE_HOLD;
        }
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

    /**
     * Shopify's {@code set_fulfillment_orders_deadline}: the latest time by which the order should be fulfilled
     * ({@code fulfill_by}); the state does not change. Shopify takes any time, past ones too.
     */
    record SetFulfillBy(Instant fulfillBy) implements FulfillmentCommand {
        /**
         * Checks the components.
         *
         * @param fulfillBy fulfillBy
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is missing or invalid
         */
        public SetFulfillBy {
            Check.start().required("fulfillBy", fulfillBy).orThrow();
        }

        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.SET_FULFILL_BY;
        }
    }

    /**
     * Shopify's {@code POST /fulfillment_orders/{id}/move.json}: the units of {@code lines} (every unit still to
     * ship when empty) go to {@code movedId}, a new order at {@code newLocationId} (fulfilled by
     * {@code newService}, or the merchant when empty); the original closes, and {@code remainingId} opens at
     * the original location with the units not moved, if any.
     */
    record Move(Reference newLocationId, Option<Reference> newService, List<FulfillmentLine> lines,
            FulfillmentOrderId movedId, FulfillmentOrderId remainingId) implements FulfillmentCommand {
        /**
         * Checks the components.
         *
         * @param newLocationId newLocationId
         * @param newService newService
         * @param lines lines
         * @param movedId movedId
         * @param remainingId remainingId
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is missing or invalid
         */
        public Move {
            Check.start().required("newLocationId", newLocationId).required("newService", newService)
                    .required("lines", lines).required("movedId", movedId).required("remainingId", remainingId)
                    .orThrow();
            lines = List.copyOf(lines);
        }

        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.MOVE;
        }
    }

    /**
     * Shopify's {@code fulfillmentOrderSplit}: the units of {@code lines} go to {@code splitId}, a new open,
     * unsubmitted order at the same location with the same service; this order keeps the rest (at least one
     * unit) and its state.
     */
    record Split(List<FulfillmentLine> lines, FulfillmentOrderId splitId) implements FulfillmentCommand {
        /**
         * Checks the components.
         *
         * @param lines lines
         * @param splitId splitId
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is missing or invalid
         */
        public Split {
            Check.start().required("lines", lines).required("splitId", splitId).orThrow();
            lines = List.copyOf(lines);
        }

        @Override
        public FulfillmentCommandKind kind() {
            return FulfillmentCommandKind.SPLIT;
        }
    }
}
