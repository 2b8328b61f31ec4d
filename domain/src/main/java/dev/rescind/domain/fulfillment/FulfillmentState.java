package dev.rescind.domain.fulfillment;

import static dev.rescind.domain.fulfillment.FulfillmentOrderStatus.CANCELLED;
import static dev.rescind.domain.fulfillment.FulfillmentOrderStatus.CLOSED;
import static dev.rescind.domain.fulfillment.FulfillmentOrderStatus.INCOMPLETE;
import static dev.rescind.domain.fulfillment.FulfillmentOrderStatus.IN_PROGRESS;
import static dev.rescind.domain.fulfillment.FulfillmentOrderStatus.ON_HOLD;
import static dev.rescind.domain.fulfillment.FulfillmentOrderStatus.OPEN;
import static dev.rescind.domain.fulfillment.FulfillmentOrderStatus.SCHEDULED;
import static dev.rescind.domain.fulfillment.RequestStatus.ACCEPTED;
import static dev.rescind.domain.fulfillment.RequestStatus.CANCELLATION_ACCEPTED;
import static dev.rescind.domain.fulfillment.RequestStatus.CANCELLATION_REJECTED;
import static dev.rescind.domain.fulfillment.RequestStatus.CANCELLATION_REQUESTED;
import static dev.rescind.domain.fulfillment.RequestStatus.REJECTED;
import static dev.rescind.domain.fulfillment.RequestStatus.SUBMITTED;
import static dev.rescind.domain.fulfillment.RequestStatus.UNSUBMITTED;

import dev.rescind.domain.shared.Check;
import java.util.List;

/**
 * A fulfillment order's state is the pair Shopify shows: {@code status} × {@code request_status}. Only the
 * pairs listed in {@link #ALL} occur; the transition table is written over them.
 *
 * @param status        Shopify's {@code status}
 * @param requestStatus Shopify's {@code request_status}
 */
public record FulfillmentState(FulfillmentOrderStatus status, RequestStatus requestStatus) {

    /** {@code open} with request status {@code unsubmitted}. */
    public static final FulfillmentState OPEN_UNSUBMITTED = new FulfillmentState(OPEN, UNSUBMITTED);
    /** {@code open} with request status {@code submitted}. */
    public static final FulfillmentState OPEN_SUBMITTED = new FulfillmentState(OPEN, SUBMITTED);
    /** {@code open} with request status {@code rejected}. */
    public static final FulfillmentState OPEN_REJECTED = new FulfillmentState(OPEN, REJECTED);
    /** {@code scheduled} with request status {@code unsubmitted}. */
    public static final FulfillmentState SCHEDULED_UNSUBMITTED = new FulfillmentState(SCHEDULED, UNSUBMITTED);
    /** {@code on_hold} with request status {@code unsubmitted}. */
    public static final FulfillmentState ON_HOLD_UNSUBMITTED = new FulfillmentState(ON_HOLD, UNSUBMITTED);
    /** A submitted order held before its service answered; released, it is {@code open/submitted} again. */
    public static final FulfillmentState ON_HOLD_SUBMITTED = new FulfillmentState(ON_HOLD, SUBMITTED);
    /** A merchant-managed order that is partly fulfilled. */
    public static final FulfillmentState IN_PROGRESS_UNSUBMITTED = new FulfillmentState(IN_PROGRESS, UNSUBMITTED);
    /** {@code in_progress} with request status {@code accepted}. */
    public static final FulfillmentState IN_PROGRESS_ACCEPTED = new FulfillmentState(IN_PROGRESS, ACCEPTED);
    /** {@code in_progress} with request status {@code cancellation_requested}. */
    public static final FulfillmentState IN_PROGRESS_CANCELLATION_REQUESTED =
            new FulfillmentState(IN_PROGRESS, CANCELLATION_REQUESTED);
    /** {@code in_progress} with request status {@code cancellation_rejected}. */
    public static final FulfillmentState IN_PROGRESS_CANCELLATION_REJECTED =
            new FulfillmentState(IN_PROGRESS, CANCELLATION_REJECTED);
    /** {@code incomplete} with request status {@code closed}. */
    public static final FulfillmentState INCOMPLETE_CLOSED =
            new FulfillmentState(INCOMPLETE, RequestStatus.CLOSED);
    /** {@code cancelled} with request status {@code cancellation_accepted}. */
    public static final FulfillmentState CANCELLED_CANCELLATION_ACCEPTED =
            new FulfillmentState(CANCELLED, CANCELLATION_ACCEPTED);
    /** {@code closed} with request status {@code unsubmitted}. */
    public static final FulfillmentState CLOSED_UNSUBMITTED = new FulfillmentState(CLOSED, UNSUBMITTED);
    /** {@code closed} with request status {@code submitted}. */
    public static final FulfillmentState CLOSED_SUBMITTED = new FulfillmentState(CLOSED, SUBMITTED);
    /** {@code closed} with request status {@code rejected}. */
    public static final FulfillmentState CLOSED_REJECTED = new FulfillmentState(CLOSED, REJECTED);
    /** {@code closed} with request status {@code accepted}. */
    public static final FulfillmentState CLOSED_ACCEPTED = new FulfillmentState(CLOSED, ACCEPTED);
    /** {@code closed} with request status {@code cancellation_rejected}. */
    public static final FulfillmentState CLOSED_CANCELLATION_REJECTED =
            new FulfillmentState(CLOSED, CANCELLATION_REJECTED);

    /** Every pair that occurs, in the order diagrams and tests list them. */
    public static final List<FulfillmentState> ALL = List.of(
            OPEN_UNSUBMITTED, OPEN_SUBMITTED, OPEN_REJECTED, SCHEDULED_UNSUBMITTED, ON_HOLD_UNSUBMITTED,
            ON_HOLD_SUBMITTED, IN_PROGRESS_UNSUBMITTED, IN_PROGRESS_ACCEPTED, IN_PROGRESS_CANCELLATION_REQUESTED,
            IN_PROGRESS_CANCELLATION_REJECTED, INCOMPLETE_CLOSED, CANCELLED_CANCELLATION_ACCEPTED,
            CLOSED_UNSUBMITTED, CLOSED_SUBMITTED, CLOSED_REJECTED, CLOSED_ACCEPTED, CLOSED_CANCELLATION_REJECTED);

    /**
     * Checks that no component is null.
     *
     * @param status        Shopify's {@code status}
     * @param requestStatus Shopify's {@code request_status}
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public FulfillmentState {
        Check.start().required("status", status).required("requestStatus", requestStatus).orThrow();
    }

    /** Written out because every decision looks its state up in the table: two enum comparisons, inlined. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof FulfillmentState state
                && status == state.status && requestStatus == state.requestStatus;
    }

    @Override
    public int hashCode() {
        return 31 * status.hashCode() + requestStatus.hashCode();
    }

    @Override
    public String toString() {
        return status + "/" + requestStatus;
    }
}
