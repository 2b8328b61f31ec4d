package dev.rescind.domain.returns;

import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Command;
import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reason;
import io.vavr.control.Option;

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
     * requested, not cancelled. {@code requestId} names the cancellation request this opens.
     *
     * @param requestId the id of the cancellation request opened
     * @param message   the merchant's message, if any
     */
    record RequestCancellation(CancellationRequestId requestId, Option<Message> message) implements ReturnCommand {
        /**
         * Checks that no component is null.
         *
         * @param requestId the id of the cancellation request opened
         * @param message   the merchant's message, if any
         * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
         */
        public RequestCancellation {
            Check.start().required("requestId", requestId).required("message", message).orThrow();
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
}
