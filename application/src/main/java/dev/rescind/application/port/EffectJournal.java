package dev.rescind.application.port;

import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.TenantId;
import java.util.List;

/**
 * Where the outcome of every attempt at a planned effect is kept, for an aggregate's record of what its
 * gateways were asked and answered. Appends are independent of the command's commit; the effects still to
 * be done are in the {@link EffectOutbox}.
 */
public interface EffectJournal {

    /**
     * Records the outcome of one attempt.
     *
     * @param record the outcome and its aggregate
     */
    void record(EffectRecord record);

    /**
     * An aggregate's effect outcomes, oldest first.
     *
     * @param tenant        the tenant
     * @param aggregateType the aggregate's type
     * @param aggregateId   the aggregate's id
     * @return the outcomes
     */
    List<EffectRecord> forAggregate(TenantId tenant, AggregateType aggregateType, String aggregateId);
}
