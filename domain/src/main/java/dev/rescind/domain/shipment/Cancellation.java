package dev.rescind.domain.shipment;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Reason;
import io.vavr.control.Option;
import java.time.Instant;

/** ReturnQueen's {@code cancelled_at}, {@code cancelled_by_id} and {@code cancelled_reason}, present exactly when cancelled. */
public record Cancellation(Instant cancelledAt, Actor cancelledBy, Option<Reason> reason) {

    public Cancellation {
        Check.start()
                .required("cancelledAt", cancelledAt)
                .required("cancelledBy", cancelledBy)
                .required("reason", reason)
                .orThrow();
    }
}
