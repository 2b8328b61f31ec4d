package dev.rescind.application.port;

import dev.rescind.application.EffectOutcome;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Version;
import java.time.Instant;

/**
 * What became of one attempt at an effect planned by the transition of {@code version}.
 *
 * @param tenant        the tenant
 * @param aggregateType the aggregate's type
 * @param aggregateId   the aggregate's id
 * @param version       the version whose transition planned the effect
 * @param outcome       what became of the attempt
 * @param recordedAt    when it was recorded
 */
public record EffectRecord(TenantId tenant, AggregateType aggregateType, String aggregateId, Version version,
        EffectOutcome outcome, Instant recordedAt) {

    /**
     * Checks that no component is null.
     *
     * @param tenant        the tenant
     * @param aggregateType the aggregate's type
     * @param aggregateId   the aggregate's id
     * @param version       the version whose transition planned the effect
     * @param outcome       what became of the attempt
     * @param recordedAt    when it was recorded
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
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
