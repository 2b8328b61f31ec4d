package dev.rescind.testkit.contract;

import static dev.rescind.testkit.contract.StoreFixture.freshId;
import static dev.rescind.testkit.contract.StoreFixture.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.Applied;
import dev.rescind.application.EffectOutcome;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.application.port.Commit;
import dev.rescind.application.port.IdempotencyRecord;
import dev.rescind.application.port.IdempotencyRecords;
import dev.rescind.application.port.Write;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.returns.ExchangeCancellation;
import dev.rescind.domain.returns.ExchangeCancellationReport;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnCommand;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@link IdempotencyRecords} port's contract: records come only from commits, are scoped by tenant, and
 * keep the whole first answer (aggregates, related aggregates, events, effects, parcelLab's report). See
 * {@link StoreContract} for the hooks.
 */
public abstract class IdempotencyRecordsContract extends StoreContract {

    @Test
    void a_committed_record_is_found_with_its_fingerprint_and_whole_answer() {
        TenantId tenant = freshTenant();
        Return created = StoreFixture.committed(store(), StoreFixture.createReturn(tenant, freshId()));
        Decision<Return> requested = StoreFixture.requestCancellation(created, freshId());
        IdempotencyRecord record = commitWithKey(tenant, requested);

        IdempotencyRecord found = store().idempotency().find(tenant, record.key()).get();

        assertThat(found).isEqualTo(record);
        assertThat(found.answer().related(CancellationRequest.class)).isNotEmpty();
    }

    @Test
    void a_key_is_absent_for_another_tenant_and_an_unknown_key_is_absent() {
        TenantId tenant = freshTenant();
        IdempotencyRecord record = commitWithKey(tenant, StoreFixture.createShipment(tenant, freshId()));

        assertThat(store().idempotency().find(freshTenant(), record.key()).isEmpty()).isTrue();
        assertThat(store().idempotency().find(tenant, new IdempotencyKey(freshId())).isEmpty()).isTrue();
    }

    @Test
    void completing_an_answer_replaces_it_and_keeps_the_fingerprint_and_creation_time() {
        TenantId tenant = freshTenant();
        Return created = StoreFixture.committed(store(), StoreFixture.createReturn(tenant, freshId()));
        ExchangeCancellation cancellation = created.cancelExchange(StoreFixture.MERCHANT,
                new ReturnCommand.CancelExchange(Option.none()), StoreFixture.NOW).get();
        Decision<Return> exchange = cancellation.decision();
        ExchangeCancellationReport report = cancellation.report();
        IdempotencyRecord record = commitWithKey(tenant, exchange);
        Applied<?> first = record.answer();
        Applied<Aggregate> completed = new Applied<Aggregate>(first.aggregate(), first.related(), first.events(),
                List.of(EffectOutcome.succeeded(EffectOutcome.DELETE_DRAFT_ORDER),
                        EffectOutcome.failed(EffectOutcome.TAG_ORDER, "IOException: shop unreachable"),
                        EffectOutcome.notAttempted(EffectOutcome.CARRIER_CANCELLATION)),
                Option.some(report), false);

        store().idempotency().completeAnswer(tenant, record.key(), completed);

        assertThat(store().idempotency().find(tenant, record.key())).containsExactly(new IdempotencyRecord(tenant,
                record.key(), record.fingerprint(), completed, record.createdAt()));
    }

    @Test
    void completing_an_unknown_key_creates_nothing() {
        TenantId tenant = freshTenant();
        IdempotencyRecord record = commitWithKey(tenant, StoreFixture.createShipment(tenant, freshId()));
        IdempotencyKey unknown = new IdempotencyKey(freshId());

        store().idempotency().completeAnswer(tenant, unknown, record.answer());
        store().idempotency().completeAnswer(freshTenant(), record.key(), record.answer());

        assertThat(store().idempotency().find(tenant, unknown).isEmpty()).isTrue();
        assertThat(store().idempotency().find(tenant, record.key())).containsExactly(record);
    }

    private IdempotencyRecord commitWithKey(TenantId tenant, Decision<?> decision) {
        IdempotencyKey key = new IdempotencyKey(freshId());
        List<Write> writes = StoreFixture.writes(decision, Option.some(key));
        IdempotencyRecord record = StoreFixture.idempotencyRecord(tenant, key, decision, writes);
        StoreFixture.commitOrFail(store(), new Commit(tenant, writes, Option.some(record)));
        return record;
    }
}
