package dev.rescind.application.port;

import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;

/**
 * Asks a carrier upstream to cancel a return label, after the cancellation request was committed; at least
 * once, with the same promises as {@link DraftOrders}: the carrier's real answer comes later, through
 * {@code confirmCancellation} or {@code declineCancellation}, quoting {@code requestId}.
 */
@FunctionalInterface
public interface CarrierCancellations {

    /**
     * Asks the carrier to cancel the return's label.
     *
     * @param tenant    the tenant
     * @param returnId  the return
     * @param carrierId the carrier, if the return names one
     * @param parcelId  the incoming parcel, if known
     * @param requestId the cancellation request the carrier's answer quotes
     */
    void requestCancellation(TenantId tenant, ReturnId returnId, Option<Reference> carrierId,
            Option<Reference> parcelId, CancellationRequestId requestId);
}
