package dev.rescind.domain.fulfillment;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Reason;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * One hold on a fulfillment order (holds stack): Shopify's {@code reason} and {@code reason_notes}.
 *
 * @param reason      {@code reason}
 * @param reasonNotes {@code reason_notes}, if any
 * @param heldBy      who placed the hold
 * @param heldAt      when
 */
public record FulfillmentHold(HoldReason reason, Option<Reason> reasonNotes, Actor heldBy, Instant heldAt) {

    /**
     * Checks that no component is null.
     *
     * @param reason      {@code reason}
     * @param reasonNotes {@code reason_notes}, if any
     * @param heldBy      who placed the hold
     * @param heldAt      when
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public FulfillmentHold {
        Check.start()
                .required("reason", reason)
                .required("reasonNotes", reasonNotes)
                .required("heldBy", heldBy)
                .required("heldAt", heldAt)
                .orThrow();
    }
}
