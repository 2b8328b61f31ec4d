package dev.rescind.application.port;

import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.TenantId;
import java.util.List;

/**
 * Where the outcomes of best-effort effects are kept, so that a failed draft-order deletion or order tag
 * can be found and retried by the host. Appends are independent of the command's commit.
 */
public interface EffectJournal {

    void record(EffectRecord record);

    /** An aggregate's effect outcomes, oldest first. */
    List<EffectRecord> forAggregate(TenantId tenant, AggregateType aggregateType, String aggregateId);
}
