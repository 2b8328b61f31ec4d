package dev.rescind.domain.returns;

import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Command;
import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;
import java.time.Instant;

/** What can be asked of, or reported about, an existing return. */
public sealed interface ReturnCommand extends Command {

    /** The kind named like the record: {@code RecordScan} is {@code RECORD_SCAN}. */
    @Override
    default ReturnCommandKind kind() {
        return CommandKind.named(ReturnCommandKind.class, this);
    }

    /** The carrier accepted the return parcel's announcement (a label exists). */
    record Announce() implements ReturnCommand {
    }

    /**
     * The carrier refused the announcement.
     *
     * @param carrierMessage what the carrier said, if anything
     */
    record FailAnnouncement(Option<Message> carrierMessage) implements ReturnCommand {
        /**
         * Checks that no component is null.
         *
         * @param carrierMessage what the carrier said, if anything
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public FailAnnouncement {
            Check.start().required("carrierMessage", carrierMessage).orThrow();
        }
    }

    /** The carrier scanned the parcel. While a cancellation is under way this means it failed. */
    record RecordScan() implements ReturnCommand {
    }

    /** The carrier delivered the parcel back. */
    record RecordDelivery() implements ReturnCommand {
    }

    /**
     * Sendcloud's {@code PATCH /returns/{id}/cancel}: asks the carrier to cancel the label. Accepted means
     * requested, not cancelled. {@code requestId} names the cancellation request this opens, which expires
     * unanswered at {@code answerBy} if one is given (Rescind's extension).
     */
    record RequestCancellation(CancellationRequestId requestId, Option<Message> message, Option<Instant> answerBy)
            implements ReturnCommand {
        /**
         * Checks the components.
         *
         * @param requestId the id of the cancellation request
         * @param message the message, if any
         * @param answerBy when an answer is due, if the request has an answer-by time
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is missing or invalid
         */
        public RequestCancellation {
            Check.start().required("requestId", requestId).required("message", message)
                    .required("answerBy", answerBy).orThrow();
        }

        /**
         * A request without an answer-by time.
         *
         * @param requestId the id of the cancellation request
         * @param message the message, if any
         */
        public RequestCancellation(CancellationRequestId requestId, Option<Message> message) {
            this(requestId, message, Option.none());
        }
    }

    /**
     * Rescind's deadline runner: the open cancellation request {@code requestId} passed its answer-by time
     * unanswered. It expires, and the parcel goes back to its status before the request.
     */
    record ExpireCancellation(CancellationRequestId requestId) implements ReturnCommand {
        /**
         * Checks the components.
         *
         * @param requestId the id of the cancellation request
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is missing or invalid
         */
        public ExpireCancellation {
            Check.start().required("requestId", requestId).orThrow();
        }

        @Override
        public ReturnCommandKind kind() {
            return ReturnCommandKind.EXPIRE_CANCELLATION;
        }
    }

    /**
     * The carrier cancelled the label.
     *
     * @param carrierMessage what the carrier said, if anything
     */
    record ConfirmCancellation(Option<Message> carrierMessage) implements ReturnCommand {
        /**
         * Checks that no component is null.
         *
         * @param carrierMessage what the carrier said, if anything
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public ConfirmCancellation {
            Check.start().required("carrierMessage", carrierMessage).orThrow();
        }
    }

    /**
     * The carrier refused to cancel; its reason is kept.
     *
     * @param carrierReason why the carrier refused, if it said
     */
    record DeclineCancellation(Option<Message> carrierReason) implements ReturnCommand {
        /**
         * Checks that no component is null.
         *
         * @param carrierReason why the carrier refused, if it said
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public DeclineCancellation {
            Check.start().required("carrierReason", carrierReason).orThrow();
        }
    }

    /**
     * parcelLab's {@code cancel_exchange}: turns every exchange back into a refund. The reason is accepted
     * and recorded on the event, as parcelLab accepts {@code operationPayload.cancelReason}.
     *
     * @param cancelReason {@code operationPayload.cancelReason}, if any
     */
    record CancelExchange(Option<Reason> cancelReason) implements ReturnCommand {
        /**
         * Checks that no component is null.
         *
         * @param cancelReason {@code operationPayload.cancelReason}, if any
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public CancelExchange {
            Check.start().required("cancelReason", cancelReason).orThrow();
        }
    }

    /** The merchant has finished with the return; an exchange can no longer be cancelled. */
    record Close() implements ReturnCommand {
    }

    /**
     * The customer no longer returns {@code quantity} units of one item, while the parcel has not moved. The
     * label stays: the rest of the parcel still comes. Repeated until nothing of the item remains.
     */
    record CancelItem(Reference itemId, int quantity, Option<Reason> reason) implements ReturnCommand {
        /**
         * Checks the components.
         *
         * @param itemId the item's id
         * @param quantity the units no longer returned
         * @param reason why, if given
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is missing or invalid
         */
        public CancelItem {
            check(itemId, quantity, reason).orThrow();
        }

        /**
         * The command, or which of its fields are wrong.
         *
         * @param itemId the item's id
         * @param quantity the units no longer returned
         * @param reason why, if given
         * @return the command, or the field that is wrong
         */
        public static Either<Rejection.InvalidInput, CancelItem> of(Reference itemId, int quantity,
                Option<Reason> reason) {
            return check(itemId, quantity, reason).result(() -> new CancelItem(itemId, quantity, reason));
        }

        private static Check check(Reference itemId, int quantity, Option<Reason> reason) {
            return Check.start()
                    .required("itemId", itemId)
                    .required("reason", reason)
                    .require(quantity >= 1 && quantity <= ReturnItem.MAX_QUANTITY, "quantity", "out_of_range",
                            "must be between 1 and " + ReturnItem.MAX_QUANTITY);
        }

        @Override
        public ReturnCommandKind kind() {
            return ReturnCommandKind.CANCEL_ITEM;
        }
    }

    /**
     * Replaces host-given data that Rescind carries and renders (Sendcloud's parcel data, {@code refund} and
     * {@code rule_modifications}); an absent field stays as it is. Giving what is already there changes nothing.
     *
     * @param outgoingParcel    the outgoing parcel's details; the return must have an outgoing parcel
     * @param incomingParcel    the incoming parcel's details; the return must have an incoming parcel
     * @param ruleModifications the whole new list, which may be empty
     */
    record UpdateHostDetails(Option<ParcelDetails> outgoingParcel, Option<ParcelDetails> incomingParcel,
            Option<RefundDetails> refund, Option<List<RuleModification>> ruleModifications) implements ReturnCommand {
        /**
         * Checks the components.
         *
         * @param outgoingParcel    the outgoing parcel's details; the return must have an outgoing parcel
         * @param incomingParcel    the incoming parcel's details; the return must have an incoming parcel
         * @param refund the refund details, if replaced
         * @param ruleModifications the whole new list, which may be empty
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is missing or invalid
         */
        public UpdateHostDetails {
            check(outgoingParcel, incomingParcel, refund, ruleModifications).orThrow();
            ruleModifications = ruleModifications.map(List::copyOf);
        }

        /**
         * The command, or which of its fields are wrong.
         *
         * @param outgoingParcel the outgoing parcel's details, if replaced
         * @param incomingParcel the incoming parcel's details, if replaced
         * @param refund the refund details, if replaced
         * @param ruleModifications the rule modifications, if replaced
         * @return the command, or the field that is wrong
         */
        public static Either<Rejection.InvalidInput, UpdateHostDetails> of(Option<ParcelDetails> outgoingParcel,
                Option<ParcelDetails> incomingParcel, Option<RefundDetails> refund,
                Option<List<RuleModification>> ruleModifications) {
            return check(outgoingParcel, incomingParcel, refund, ruleModifications).result(
                    () -> new UpdateHostDetails(outgoingParcel, incomingParcel, refund, ruleModifications));
        }

        private static Check check(Option<ParcelDetails> outgoingParcel, Option<ParcelDetails> incomingParcel,
                Option<RefundDetails> refund, Option<List<RuleModification>> ruleModifications) {
            Check check = Check.start()
                    .required("outgoingParcel", outgoingParcel)
                    .required("incomingParcel", incomingParcel)
                    .required("refund", refund)
                    .required("ruleModifications", ruleModifications);
            if (check.failed()) {
                return check;
            }
            return check.require(outgoingParcel.isDefined() || incomingParcel.isDefined() || refund.isDefined()
                            || ruleModifications.isDefined(), "", "no_changes", "must give at least one field")
                    .require(ruleModifications.forAll(list -> list != null && list.stream().noneMatch(Objects::isNull)),
                            "ruleModifications", "required", "must be a list without null entries");
        }

        @Override
        public ReturnCommandKind kind() {
            return ReturnCommandKind.UPDATE_HOST_DETAILS;
        }
    }
}
