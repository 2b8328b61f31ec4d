package dev.rescind.domain.fulfillment;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Reason;
import io.vavr.control.Option;
import java.time.Instant;

/** One hold on a fulfillment order (holds stack): Shopify's {@code reason} and {@code reason_notes}. */
public record FulfillmentHold(HoldReason reason, Option<Reason> reasonNotes, Actor heldBy, Instant heldAt) {

    public FulfillmentHold {
        Check.start()
                .required("reason", reason)
                .required("reasonNotes", reasonNotes)
                .required("heldBy", heldBy)
                .required("heldAt", heldAt)
                .orThrow();
    }
}
