package dev.rescind.domain.fulfillment;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * One hold on a fulfillment order (holds stack): its id, by which it is released alone, and Shopify's
 * {@code reason} and {@code reason_notes}.
 */
public record FulfillmentHold(Reference id, HoldReason reason, Option<Reason> reasonNotes, Actor heldBy,
        Instant heldAt) {

    /**
     * Checks that no component is null.
     *
     * @param reason      {@code reason}
     * @param reasonNotes {@code reason_notes}, if any
     * @param heldBy      who placed the hold
     * @param heldAt      when
     * @param id the request's id
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public FulfillmentHold {
        Check.start()
                .required("id", id)
                .required("reason", reason)
                .required("reasonNotes", reasonNotes)
                .required("heldBy", heldBy)
                .required("heldAt", heldAt)
                .orThrow();
    }
}
