package dev.rescind.domain.fulfillment;

import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.CommandKind;
import java.util.Set;

/**
 * The commands of the fulfillment order table. The merchant's side asks; answers come from the assigned
 * fulfillment service alone ({@link #isServiceAnswer()}).
 */
public enum FulfillmentCommandKind implements CommandKind {
    SUBMIT_FULFILLMENT_REQUEST(Side.MERCHANT),
    ACCEPT_FULFILLMENT_REQUEST(Side.SERVICE),
    REJECT_FULFILLMENT_REQUEST(Side.SERVICE),
    CANCEL(Side.MERCHANT),
    SEND_CANCELLATION_REQUEST(Side.MERCHANT),
    ACCEPT_CANCELLATION_REQUEST(Side.SERVICE),
    REJECT_CANCELLATION_REQUEST(Side.SERVICE),
    CREATE_FULFILLMENT(Side.FULFILLER),
    HOLD(Side.MERCHANT),
    RELEASE_HOLD(Side.MERCHANT),
    RESCHEDULE(Side.MERCHANT),
    MARK_AS_OPEN(Side.MERCHANT),
    CLOSE_INCOMPLETE(Side.SERVICE),
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

    /** Answers only the order's assigned fulfillment service may give. */
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
