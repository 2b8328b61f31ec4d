package dev.rescind.domain.shipment;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Check;
import java.time.Instant;

/**
 * A carrier fact that contradicted the shipment's cancellation, kept rather than lost.
 *
 * @param reportedAt when the carrier reported it
 * @param reportedBy the carrier
 * @param fact       what the carrier reported: a pickup or a delivery
 */
public record Anomaly(Instant reportedAt, Actor reportedBy, ShipmentCommandKind fact) {

    /**
     * Checks that no component is null.
     *
     * @param reportedAt when the carrier reported it
     * @param reportedBy the carrier
     * @param fact       what the carrier reported: a pickup or a delivery
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public Anomaly {
        Check.start()
                .required("reportedAt", reportedAt)
                .required("reportedBy", reportedBy)
                .required("fact", fact)
                .orThrow();
    }
}
