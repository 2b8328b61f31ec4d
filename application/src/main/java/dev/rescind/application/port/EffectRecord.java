package dev.rescind.application.port;

import dev.rescind.application.EffectOutcome;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Version;
import java.time.Instant;

/** What became of one attempt at an effect planned by the transition of {@code version}. */
public record EffectRecord(TenantId tenant, AggregateType aggregateType, String aggregateId, Version version,
        EffectOutcome outcome, Instant recordedAt) {

    public EffectRecord {
        Check.start()
                .required("tenant", tenant)
                .required("aggregateType", aggregateType)
                .required("aggregateId", aggregateId)
                .required("version", version)
                .required("outcome", outcome)
                .required("recordedAt", recordedAt)
                .orThrow();
    }
}
