package dev.rescind.domain.shipment;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Reason;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * ReturnQueen's {@code cancelled_at}, {@code cancelled_by_id} and {@code cancelled_reason}, present exactly when
 * cancelled.
 *
 * @param cancelledAt {@code cancelled_at}
 * @param cancelledBy who cancelled; its id is {@code cancelled_by_id}
 * @param reason      {@code cancelled_reason}, if given
 */
public record Cancellation(Instant cancelledAt, Actor cancelledBy, Option<Reason> reason) {

    /**
     * Checks that no component is null.
     *
     * @param cancelledAt {@code cancelled_at}
     * @param cancelledBy who cancelled; its id is {@code cancelled_by_id}
     * @param reason      {@code cancelled_reason}, if given
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public Cancellation {
        Check.start()
                .required("cancelledAt", cancelledAt)
                .required("cancelledBy", cancelledBy)
                .required("reason", reason)
                .orThrow();
    }
}
