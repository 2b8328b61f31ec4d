package dev.rescind.domain.fulfillment;

import static dev.rescind.domain.fulfillment.FulfillmentCommandKind.ACCEPT_CANCELLATION_REQUEST;
import static dev.rescind.domain.fulfillment.FulfillmentCommandKind.ACCEPT_FULFILLMENT_REQUEST;
import static dev.rescind.domain.fulfillment.FulfillmentCommandKind.CANCEL;
import static dev.rescind.domain.fulfillment.FulfillmentCommandKind.CLOSE_INCOMPLETE;
import static dev.rescind.domain.fulfillment.FulfillmentCommandKind.CREATE_FULFILLMENT;
import static dev.rescind.domain.fulfillment.FulfillmentCommandKind.EXPIRE_CANCELLATION_REQUEST;
import static dev.rescind.domain.fulfillment.FulfillmentCommandKind.HOLD;
import static dev.rescind.domain.fulfillment.FulfillmentCommandKind.MARK_AS_OPEN;
import static dev.rescind.domain.fulfillment.FulfillmentCommandKind.MOVE;
import static dev.rescind.domain.fulfillment.FulfillmentCommandKind.MARK_OVERDUE;
import static dev.rescind.domain.fulfillment.FulfillmentCommandKind.REJECT_CANCELLATION_REQUEST;
import static dev.rescind.domain.fulfillment.FulfillmentCommandKind.REJECT_FULFILLMENT_REQUEST;
import static dev.rescind.domain.fulfillment.FulfillmentCommandKind.RELEASE_HOLD;
import static dev.rescind.domain.fulfillment.FulfillmentCommandKind.RESCHEDULE;
import static dev.rescind.domain.fulfillment.FulfillmentCommandKind.SEND_CANCELLATION_REQUEST;
import static dev.rescind.domain.fulfillment.FulfillmentCommandKind.SET_FULFILL_BY;
import static dev.rescind.domain.fulfillment.FulfillmentCommandKind.SPLIT;
import static dev.rescind.domain.fulfillment.FulfillmentCommandKind.SUBMIT_FULFILLMENT_REQUEST;
import static dev.rescind.domain.fulfillment.FulfillmentState.CANCELLED_CANCELLATION_ACCEPTED;
import static dev.rescind.domain.fulfillment.FulfillmentState.CLOSED_ACCEPTED;
import static dev.rescind.domain.fulfillment.FulfillmentState.CLOSED_CANCELLATION_REJECTED;
import static dev.rescind.domain.fulfillment.FulfillmentState.CLOSED_REJECTED;
import static dev.rescind.domain.fulfillment.FulfillmentState.CLOSED_SUBMITTED;
import static dev.rescind.domain.fulfillment.FulfillmentState.CLOSED_UNSUBMITTED;
import static dev.rescind.domain.fulfillment.FulfillmentState.INCOMPLETE_CLOSED;
import static dev.rescind.domain.fulfillment.FulfillmentState.IN_PROGRESS_ACCEPTED;
import static dev.rescind.domain.fulfillment.FulfillmentState.IN_PROGRESS_CANCELLATION_REJECTED;
import static dev.rescind.domain.fulfillment.FulfillmentState.IN_PROGRESS_CANCELLATION_REQUESTED;
import static dev.rescind.domain.fulfillment.FulfillmentState.IN_PROGRESS_UNSUBMITTED;
import static dev.rescind.domain.fulfillment.FulfillmentState.ON_HOLD_SUBMITTED;
import static dev.rescind.domain.fulfillment.FulfillmentState.ON_HOLD_UNSUBMITTED;
import static dev.rescind.domain.fulfillment.FulfillmentState.OPEN_REJECTED;
import static dev.rescind.domain.fulfillment.FulfillmentState.OPEN_SUBMITTED;
import static dev.rescind.domain.fulfillment.FulfillmentState.OPEN_UNSUBMITTED;
import static dev.rescind.domain.fulfillment.FulfillmentState.SCHEDULED_UNSUBMITTED;

import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.TransitionTable;
import dev.rescind.domain.shared.TransitionTable.Guard;
import java.util.List;

/**
 * The fulfillment order's state machine over Shopify's {@code status}/{@code request_status} pairs.
 *
 * <p>Rows carry the {@code supported_actions} name Shopify's current API generation (2025-01 and later)
 * advertises for them. Some permitted rows are not advertised, because Shopify's answers do not list them:
 * accepting and rejecting requests (the service's side), sending a cancellation request again after a
 * rejection, holding a submitted order, releasing some of several holds, rescheduling, and cancelling a service's order before it is submitted
 * (see {@code docs/adr/0020-supported-actions-of-shopifys-current-generation.md}).
 */
public final class FulfillmentTransitions {

    static final Guard<FulfillmentOrder> SERVICE_MANAGED =
            new Guard<>("an assigned fulfillment service", order -> order.assignedService().isDefined());
    static final Guard<FulfillmentOrder> MERCHANT_MANAGED =
            new Guard<>("no fulfillment service", order -> order.assignedService().isEmpty());

    static final Guard<FulfillmentOrder> HAS_FULFILL_BY =
            new Guard<>("a fulfill-by date", order -> order.fulfillBy().isDefined());

    /** Where an order still has work to do: neither closed nor handed back by a cancellation; in ALL's order. */
    private static final java.util.List<FulfillmentState> UNFULFILLED = FulfillmentState.ALL.stream()
            .filter(state -> state.status() != FulfillmentOrderStatus.CLOSED
                    && state.status() != FulfillmentOrderStatus.CANCELLED)
            .toList();

    /** A split leaves a unit in each order. */
    static final Guard<FulfillmentOrder> SPLITTABLE =
            new Guard<>("two units to ship", order -> order.fulfillableQuantity() >= 2);
    static final Guard<FulfillmentOrder> SPLITTABLE_SERVICE_ORDER = new Guard<>(
            "an assigned fulfillment service and two units to ship",
            order -> order.assignedService().isDefined() && order.fulfillableQuantity() >= 2);

    /**
     * Every state of a fulfillment order, and every command allowed from each: the source of truth for the decisions,
     * the generated state diagram and {@code supported_actions}.
     */
    public static final TransitionTable<FulfillmentOrder, FulfillmentState, FulfillmentCommandKind> TABLE =
            TransitionTable.<FulfillmentOrder, FulfillmentState, FulfillmentCommandKind>builder(
                            AggregateType.FULFILLMENT_ORDER, FulfillmentState.ALL, FulfillmentCommandKind.class)
                    .initial(OPEN_UNSUBMITTED, SCHEDULED_UNSUBMITTED)
                    .terminal(CLOSED_UNSUBMITTED, CLOSED_SUBMITTED, CLOSED_REJECTED, CLOSED_ACCEPTED,
                            CLOSED_CANCELLATION_REJECTED)
                    // Asking a fulfillment service to fulfill, and its answer.
                    .advertise("request_fulfillment", SUBMIT_FULFILLMENT_REQUEST, OPEN_UNSUBMITTED, OPEN_SUBMITTED,
                            SERVICE_MANAGED)
                    .advertise("request_fulfillment", SUBMIT_FULFILLMENT_REQUEST, OPEN_REJECTED, OPEN_SUBMITTED,
                            SERVICE_MANAGED)
                    .advertise("request_fulfillment", SUBMIT_FULFILLMENT_REQUEST, INCOMPLETE_CLOSED, OPEN_SUBMITTED,
                            SERVICE_MANAGED)
                    // A service that accepted the cancellation hands the units back: they can be requested again.
                    .advertise("request_fulfillment", SUBMIT_FULFILLMENT_REQUEST, CANCELLED_CANCELLATION_ACCEPTED,
                            OPEN_SUBMITTED, SERVICE_MANAGED)
                    .allow(ACCEPT_FULFILLMENT_REQUEST, OPEN_SUBMITTED, IN_PROGRESS_ACCEPTED, SERVICE_MANAGED)
                    .allow(REJECT_FULFILLMENT_REQUEST, OPEN_SUBMITTED, OPEN_REJECTED, SERVICE_MANAGED)
                    // Direct cancel: only while no service has accepted.
                    .advertise("cancel_fulfillment_order", CANCEL, OPEN_UNSUBMITTED, CLOSED_UNSUBMITTED,
                            MERCHANT_MANAGED)
                    .advertise("cancel_fulfillment_order", CANCEL, IN_PROGRESS_UNSUBMITTED, CLOSED_UNSUBMITTED,
                            MERCHANT_MANAGED)
                    .allow(CANCEL, OPEN_UNSUBMITTED, CLOSED_UNSUBMITTED, SERVICE_MANAGED)
                    .advertise("cancel_fulfillment_order", CANCEL, OPEN_SUBMITTED, CLOSED_SUBMITTED, SERVICE_MANAGED)
                    .allow(CANCEL, OPEN_REJECTED, CLOSED_REJECTED, SERVICE_MANAGED)
                    // After acceptance: ask the service to cancel; it accepts or rejects.
                    .advertise("request_cancellation", SEND_CANCELLATION_REQUEST, IN_PROGRESS_ACCEPTED,
                            IN_PROGRESS_CANCELLATION_REQUESTED, SERVICE_MANAGED)
                    .allow(SEND_CANCELLATION_REQUEST, IN_PROGRESS_CANCELLATION_REJECTED,
                            IN_PROGRESS_CANCELLATION_REQUESTED, SERVICE_MANAGED)
                    .advertise("cancel_fulfillment_order", ACCEPT_CANCELLATION_REQUEST,
                            IN_PROGRESS_CANCELLATION_REQUESTED, CANCELLED_CANCELLATION_ACCEPTED, SERVICE_MANAGED)
                    .allow(REJECT_CANCELLATION_REQUEST, IN_PROGRESS_CANCELLATION_REQUESTED,
                            IN_PROGRESS_CANCELLATION_REJECTED, SERVICE_MANAGED)
                    // Rescind's extension: unanswered by its answer-by time, the request expires as if rejected.
                    .allow(EXPIRE_CANCELLATION_REQUEST, IN_PROGRESS_CANCELLATION_REQUESTED,
                            IN_PROGRESS_CANCELLATION_REJECTED, SERVICE_MANAGED)
                    // Shipping: the order stays in progress while units remain, and closes with the last.
                    .advertise("create_fulfillment", CREATE_FULFILLMENT, IN_PROGRESS_ACCEPTED, IN_PROGRESS_ACCEPTED,
                            SERVICE_MANAGED)
                    .advertise("create_fulfillment", CREATE_FULFILLMENT, IN_PROGRESS_ACCEPTED, CLOSED_ACCEPTED,
                            SERVICE_MANAGED)
                    .advertise("create_fulfillment", CREATE_FULFILLMENT, IN_PROGRESS_CANCELLATION_REQUESTED,
                            IN_PROGRESS_CANCELLATION_REQUESTED, SERVICE_MANAGED)
                    .advertise("create_fulfillment", CREATE_FULFILLMENT, IN_PROGRESS_CANCELLATION_REQUESTED,
                            CLOSED_CANCELLATION_REJECTED, SERVICE_MANAGED)
                    .advertise("create_fulfillment", CREATE_FULFILLMENT, IN_PROGRESS_CANCELLATION_REJECTED,
                            IN_PROGRESS_CANCELLATION_REJECTED, SERVICE_MANAGED)
                    .advertise("create_fulfillment", CREATE_FULFILLMENT, IN_PROGRESS_CANCELLATION_REJECTED,
                            CLOSED_CANCELLATION_REJECTED, SERVICE_MANAGED)
                    .advertise("create_fulfillment", CREATE_FULFILLMENT, OPEN_UNSUBMITTED, IN_PROGRESS_UNSUBMITTED,
                            MERCHANT_MANAGED)
                    .advertise("create_fulfillment", CREATE_FULFILLMENT, OPEN_UNSUBMITTED, CLOSED_UNSUBMITTED,
                            MERCHANT_MANAGED)
                    .advertise("create_fulfillment", CREATE_FULFILLMENT, IN_PROGRESS_UNSUBMITTED,
                            IN_PROGRESS_UNSUBMITTED, MERCHANT_MANAGED)
                    .advertise("create_fulfillment", CREATE_FULFILLMENT, IN_PROGRESS_UNSUBMITTED, CLOSED_UNSUBMITTED,
                            MERCHANT_MANAGED)
                    .allow(CLOSE_INCOMPLETE, IN_PROGRESS_ACCEPTED, INCOMPLETE_CLOSED, SERVICE_MANAGED)
                    .allow(CLOSE_INCOMPLETE, IN_PROGRESS_CANCELLATION_REJECTED, INCOMPLETE_CLOSED, SERVICE_MANAGED)
                    // Holds stack and are released by id; the order opens again with its last hold, at the request
                    // status it had. Work no service has accepted can be held.
                    .advertise("hold", HOLD, OPEN_UNSUBMITTED, ON_HOLD_UNSUBMITTED)
                    .allow(HOLD, OPEN_SUBMITTED, ON_HOLD_SUBMITTED, SERVICE_MANAGED)
                    .advertise("hold", HOLD, OPEN_REJECTED, ON_HOLD_UNSUBMITTED, SERVICE_MANAGED)
                    .advertise("hold", HOLD, INCOMPLETE_CLOSED, ON_HOLD_UNSUBMITTED, SERVICE_MANAGED)
                    .advertise("hold", HOLD, CANCELLED_CANCELLATION_ACCEPTED, ON_HOLD_UNSUBMITTED, SERVICE_MANAGED)
                    .advertise("hold", HOLD, ON_HOLD_UNSUBMITTED, ON_HOLD_UNSUBMITTED)
                    .advertise("hold", HOLD, ON_HOLD_SUBMITTED, ON_HOLD_SUBMITTED, SERVICE_MANAGED)
                    .advertise("release_hold", RELEASE_HOLD, ON_HOLD_UNSUBMITTED, OPEN_UNSUBMITTED)
                    .allow(RELEASE_HOLD, ON_HOLD_UNSUBMITTED, ON_HOLD_UNSUBMITTED)
                    .advertise("release_hold", RELEASE_HOLD, ON_HOLD_SUBMITTED, OPEN_SUBMITTED, SERVICE_MANAGED)
                    .allow(RELEASE_HOLD, ON_HOLD_SUBMITTED, ON_HOLD_SUBMITTED, SERVICE_MANAGED)
                    // Scheduling.
                    .allow(RESCHEDULE, OPEN_UNSUBMITTED, SCHEDULED_UNSUBMITTED)
                    .allow(RESCHEDULE, SCHEDULED_UNSUBMITTED, SCHEDULED_UNSUBMITTED)
                    .advertise("mark_as_open", MARK_AS_OPEN, SCHEDULED_UNSUBMITTED, OPEN_UNSUBMITTED)
                    // Moving to another location closes the order; new orders take the units (ADR 0026).
                    .advertise("move", MOVE, OPEN_UNSUBMITTED, CLOSED_UNSUBMITTED, MERCHANT_MANAGED)
                    .allow(MOVE, OPEN_UNSUBMITTED, CLOSED_UNSUBMITTED, SERVICE_MANAGED)
                    .allow(MOVE, OPEN_SUBMITTED, CLOSED_SUBMITTED, SERVICE_MANAGED)
                    .allow(MOVE, OPEN_REJECTED, CLOSED_REJECTED, SERVICE_MANAGED)
                    // Splitting units off into a new order; this one keeps its state (ADR 0026).
                    .allow(SPLIT, OPEN_UNSUBMITTED, OPEN_UNSUBMITTED, SPLITTABLE)
                    .advertise("split", SPLIT, OPEN_REJECTED, OPEN_REJECTED, SPLITTABLE_SERVICE_ORDER)
                    // The fulfill-by deadline of any order not yet closed; Shopify lists no action for it.
                    .allowInPlace(SET_FULFILL_BY, List.of(OPEN_UNSUBMITTED, OPEN_SUBMITTED, OPEN_REJECTED,
                            SCHEDULED_UNSUBMITTED, ON_HOLD_UNSUBMITTED, ON_HOLD_SUBMITTED, IN_PROGRESS_UNSUBMITTED,
                            IN_PROGRESS_ACCEPTED, IN_PROGRESS_CANCELLATION_REQUESTED,
                            IN_PROGRESS_CANCELLATION_REJECTED, INCOMPLETE_CLOSED, CANCELLED_CANCELLATION_ACCEPTED))
                    // Rescind's extension: the fulfill-by date passed with work left; an event, no change.
                    .allowInPlace(MARK_OVERDUE, UNFULFILLED, HAS_FULFILL_BY)
                    .build();

    private FulfillmentTransitions() {
    }
}
