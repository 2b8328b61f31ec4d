package dev.rescind.domain.shipment;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Check;
import java.time.Instant;

/** A carrier fact that contradicted the shipment's cancellation, kept rather than lost. */
public record Anomaly(Instant reportedAt, Actor reportedBy, ShipmentCommandKind fact) {

    public Anomaly {
        Check.start()
                .required("reportedAt", reportedAt)
                .required("reportedBy", reportedBy)
                .required("fact", fact)
                .orThrow();
    }
}
