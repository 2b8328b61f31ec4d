package dev.rescind.testkit.contract;

import static dev.rescind.testkit.contract.StoreFixture.freshId;
import static dev.rescind.testkit.contract.StoreFixture.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.EffectOutcome;
import dev.rescind.application.port.EffectJournal;
import dev.rescind.application.port.EffectRecord;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Version;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@link EffectJournal} port's contract: outcomes are kept per aggregate, oldest first, scoped by tenant,
 * independently of any commit. See {@link StoreContract} for the hooks.
 */
public abstract class EffectJournalContract extends StoreContract {

    @Test
    void recorded_outcomes_are_listed_for_their_aggregate_oldest_first() {
        TenantId tenant = freshTenant();
        String id = freshId();
        List<EffectRecord> records = List.of(
                record(tenant, AggregateType.RETURN, id, 3, EffectOutcome.failed(EffectOutcome.DELETE_DRAFT_ORDER,
                        "timed out after 2000 ms")),
                record(tenant, AggregateType.RETURN, id, 3, EffectOutcome.succeeded(EffectOutcome.TAG_ORDER)),
                record(tenant, AggregateType.RETURN, id, 5, EffectOutcome.succeeded(
                        EffectOutcome.CARRIER_CANCELLATION)));

        records.forEach(store().effects()::record);

        assertThat(store().effects().forAggregate(tenant, AggregateType.RETURN, id))
                .containsExactlyElementsOf(records);
    }

    @Test
    void outcomes_of_other_tenants_types_and_aggregates_are_not_listed() {
        TenantId tenant = freshTenant();
        String id = freshId();
        EffectRecord mine = record(tenant, AggregateType.RETURN, id, 2,
                EffectOutcome.succeeded(EffectOutcome.TAG_ORDER));
        store().effects().record(mine);
        store().effects().record(record(freshTenant(), AggregateType.RETURN, id, 2,
                EffectOutcome.succeeded(EffectOutcome.TAG_ORDER)));
        store().effects().record(record(tenant, AggregateType.FULFILLMENT_ORDER, id, 2,
                EffectOutcome.succeeded(EffectOutcome.TAG_ORDER)));
        store().effects().record(record(tenant, AggregateType.RETURN, freshId(), 2,
                EffectOutcome.succeeded(EffectOutcome.TAG_ORDER)));

        assertThat(store().effects().forAggregate(tenant, AggregateType.RETURN, id)).containsExactly(mine);
        assertThat(store().effects().forAggregate(tenant, AggregateType.SHIPMENT, id)).isEmpty();
    }

    private static EffectRecord record(TenantId tenant, AggregateType type, String id, long version,
            EffectOutcome outcome) {
        return new EffectRecord(tenant, type, id, new Version(version), outcome, StoreFixture.NOW);
    }
}
