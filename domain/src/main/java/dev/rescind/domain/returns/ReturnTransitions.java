package dev.rescind.domain.returns;

import static dev.rescind.domain.returns.ParcelStatus.ANNOUNCED;
import static dev.rescind.domain.returns.ParcelStatus.ANNOUNCEMENT_FAILED;
import static dev.rescind.domain.returns.ParcelStatus.ANNOUNCING;
import static dev.rescind.domain.returns.ParcelStatus.CANCELLED;
import static dev.rescind.domain.returns.ParcelStatus.CANCELLING;
import static dev.rescind.domain.returns.ParcelStatus.DELIVERED;
import static dev.rescind.domain.returns.ParcelStatus.IN_TRANSIT;
import static dev.rescind.domain.returns.ReturnCommandKind.ANNOUNCE;
import static dev.rescind.domain.returns.ReturnCommandKind.CANCEL_EXCHANGE;
import static dev.rescind.domain.returns.ReturnCommandKind.CANCEL_ITEM;
import static dev.rescind.domain.returns.ReturnCommandKind.CLOSE;
import static dev.rescind.domain.returns.ReturnCommandKind.CONFIRM_CANCELLATION;
import static dev.rescind.domain.returns.ReturnCommandKind.DECLINE_CANCELLATION;
import static dev.rescind.domain.returns.ReturnCommandKind.EXPIRE_CANCELLATION;
import static dev.rescind.domain.returns.ReturnCommandKind.FAIL_ANNOUNCEMENT;
import static dev.rescind.domain.returns.ReturnCommandKind.RECORD_DELIVERY;
import static dev.rescind.domain.returns.ReturnCommandKind.RECORD_SCAN;
import static dev.rescind.domain.returns.ReturnCommandKind.REQUEST_CANCELLATION;
import static dev.rescind.domain.returns.ReturnCommandKind.UPDATE_HOST_DETAILS;

import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.TransitionTable;
import dev.rescind.domain.shared.TransitionTable.Guard;
import java.util.EnumSet;

/**
 * The return parcel's state machine, after Sendcloud. A cancellation is requested from a state before the
 * first carrier scan, and only when the carrier supports upstream cancellation; the carrier's answer (or a
 * carrier fact) settles it; no carrier fact is refused while a cancellation is pending. {@code cancel_exchange}
 * changes compensation, not the parcel, so it is allowed in every state, as is closing the return, except
 * while a cancellation is pending. Cancelling the return of some items needs a parcel that has not moved, as a
 * whole cancellation does, but not the carrier: the label stays for the rest. The host's parcel and refund data
 * may change in every state.
 */
public final class ReturnTransitions {

    static final Guard<Return> CARRIER_SUPPORTS_CANCELLATION =
            new Guard<>("carrier supports upstream cancellation", Return::carrierSupportsCancellation);
    static final Guard<Return> OPEN = new Guard<>("return is open", Return::open);
    static final Guard<Return> ITEMS_REMAIN =
            new Guard<>("some item is still being returned", aReturn -> aReturn.itemCount() > 0);

    /**
     * Every state of a return, and every command allowed from each: the source of truth for the decisions,
     * the generated state diagram and {@code supported_actions}.
     */
    public static final TransitionTable<Return, ParcelStatus, ReturnCommandKind> TABLE =
            TransitionTable.<Return, ParcelStatus, ReturnCommandKind>builder(
                            AggregateType.RETURN, EnumSet.allOf(ParcelStatus.class), ReturnCommandKind.class)
                    .initial(ANNOUNCING)
                    .terminal(DELIVERED, CANCELLED, ANNOUNCEMENT_FAILED)
                    .allow(ANNOUNCE, ANNOUNCING, ANNOUNCED)
                    .allow(ANNOUNCE, CANCELLING, CANCELLING)
                    .allow(FAIL_ANNOUNCEMENT, ANNOUNCING, ANNOUNCEMENT_FAILED)
                    .allow(FAIL_ANNOUNCEMENT, CANCELLING, ANNOUNCEMENT_FAILED)
                    .allow(RECORD_SCAN, ANNOUNCED, IN_TRANSIT)
                    .allow(RECORD_SCAN, CANCELLING, IN_TRANSIT)
                    .allow(RECORD_DELIVERY, IN_TRANSIT, DELIVERED)
                    .allow(RECORD_DELIVERY, CANCELLING, DELIVERED)
                    .allow(REQUEST_CANCELLATION, ANNOUNCING, CANCELLING, CARRIER_SUPPORTS_CANCELLATION)
                    .allow(REQUEST_CANCELLATION, ANNOUNCED, CANCELLING, CARRIER_SUPPORTS_CANCELLATION)
                    .allow(CONFIRM_CANCELLATION, CANCELLING, CANCELLED)
                    .allow(DECLINE_CANCELLATION, CANCELLING, ANNOUNCING)
                    .allow(DECLINE_CANCELLATION, CANCELLING, ANNOUNCED)
                    // Rescind's extension: unanswered by its answer-by time, the request expires as if declined.
                    .allow(EXPIRE_CANCELLATION, CANCELLING, ANNOUNCING)
                    .allow(EXPIRE_CANCELLATION, CANCELLING, ANNOUNCED)
                    .allowInPlace(CANCEL_EXCHANGE, EnumSet.allOf(ParcelStatus.class))
                    .allowInPlace(CLOSE, EnumSet.complementOf(EnumSet.of(CANCELLING)), OPEN)
                    .allowInPlace(CANCEL_ITEM, EnumSet.of(ANNOUNCING, ANNOUNCED), ITEMS_REMAIN)
                    .allowInPlace(UPDATE_HOST_DETAILS, EnumSet.allOf(ParcelStatus.class))
                    .build();

    private ReturnTransitions() {
    }
}
