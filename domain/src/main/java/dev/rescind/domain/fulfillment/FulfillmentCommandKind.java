package dev.rescind.domain.fulfillment;

import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.CommandKind;
import java.util.Set;

/**
 * The commands of the fulfillment order table. The merchant's side asks; answers come from the assigned
 * fulfillment service alone ({@link #isServiceAnswer()}).
 */
public enum FulfillmentCommandKind implements CommandKind {
    /** The merchant asks the assigned service to fulfil the order. */
    SUBMIT_FULFILLMENT_REQUEST(Side.MERCHANT),
    /** The service accepts the fulfillment request. */
    ACCEPT_FULFILLMENT_REQUEST(Side.SERVICE),
    /** The service rejects the fulfillment request. */
    REJECT_FULFILLMENT_REQUEST(Side.SERVICE),
    /** The merchant cancels the order directly, before a service accepted it. */
    CANCEL(Side.MERCHANT),
    /** The merchant asks the service to cancel. */
    SEND_CANCELLATION_REQUEST(Side.MERCHANT),
    /** The service accepts the cancellation request. */
    ACCEPT_CANCELLATION_REQUEST(Side.SERVICE),
    /** The service rejects the cancellation request. */
    REJECT_CANCELLATION_REQUEST(Side.SERVICE),
    /** Units are shipped, by whoever fulfils the order. */
    CREATE_FULFILLMENT(Side.FULFILLER),
    /** The merchant puts the order on hold. */
    HOLD(Side.MERCHANT),
    /** The merchant releases the holds. */
    RELEASE_HOLD(Side.MERCHANT),
    /** The merchant moves {@code fulfill_at}. */
    RESCHEDULE(Side.MERCHANT),
    /** The merchant opens a scheduled order now. */
    MARK_AS_OPEN(Side.MERCHANT),
    /** The service closes the order incomplete. */
    CLOSE_INCOMPLETE(Side.SERVICE),
    /** The merchant sets the order's {@code fulfill_by} ({@code set_fulfillment_orders_deadline}). */
    SET_FULFILL_BY(Side.MERCHANT),
    /** The merchant moves the order's units to another location ({@code move}). */
    MOVE(Side.MERCHANT),
    /** The merchant splits some units off into a new order ({@code split}). */
    SPLIT(Side.MERCHANT),
    /** Rescind's extension: the deadline runner expires an unanswered cancellation request. */
    EXPIRE_CANCELLATION_REQUEST(Side.DEADLINE),
    /** Rescind's extension: the deadline runner reports that {@code fulfill_by} passed with units unshipped. */
    MARK_OVERDUE(Side.DEADLINE);

    /**
     * Who issues a command: the merchant's side, the assigned service, whoever fulfills the order, or Rescind's
     * deadline runner (a {@code SYSTEM} actor).
     */
    enum Side {
        MERCHANT,
        SERVICE,
        FULFILLER,
        DEADLINE
    }

    private static final Set<ActorKind> SERVICES = Set.of(ActorKind.FULFILLMENT_SERVICE);
    private static final Set<ActorKind> FULFILLERS = ActorKind.merchantSideAnd(ActorKind.FULFILLMENT_SERVICE);
    private static final Set<ActorKind> DEADLINE_RUNNERS = Set.of(ActorKind.SYSTEM);

    private final Side side;

    FulfillmentCommandKind(Side side) {
        this.side = side;
    }

    @Override
    public Set<ActorKind> permittedActors() {
        return switch (side) {
            case MERCHANT -> ActorKind.MERCHANT_SIDE;
            case SERVICE -> SERVICES;
            case FULFILLER -> FULFILLERS;
            case DEADLINE -> DEADLINE_RUNNERS;
        };
    }

    /**
     * Answers only the order's assigned fulfillment service may give.
     *
     * @return {@code true} for the service's answers
     */
    public boolean isServiceAnswer() {
        return side == Side.SERVICE;
    }

    Side side() {
        return side;
    }

    @Override
    public boolean isCancellation() {
        return this == CANCEL;
    }
}
