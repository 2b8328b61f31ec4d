package dev.rescind.testkit.contract;

import static dev.rescind.testkit.contract.StoreFixture.changed;
import static dev.rescind.testkit.contract.StoreFixture.committed;
import static dev.rescind.testkit.contract.StoreFixture.freshId;
import static dev.rescind.testkit.contract.StoreFixture.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.PageRequest;
import dev.rescind.application.port.RescindStore;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.testkit.arbitraries.FulfillmentOrderModel;
import dev.rescind.testkit.arbitraries.ReturnModel;
import dev.rescind.testkit.arbitraries.Values;
import io.vavr.control.Option;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

/**
 * The {@link dev.rescind.application.port.CancellationRequests} port's contract; see {@link StoreContract} for
 * the hooks. Requests are committed as the library commits them: together with their target's change.
 */
public abstract class CancellationRequestsContract extends RepositoryContract<CancellationRequest> {

    @Override
    protected final CancellationRequest createIn(RescindStore store, TenantId tenant, String id) {
        Return created = committed(store, StoreFixture.createReturn(tenant, freshId()));
        Decision<Return> requested = StoreFixture.requestCancellation(created, id);
        committed(store, requested);
        return changed(requested, CancellationRequest.class);
    }

    @Override
    protected final CancellationRequest changeIn(RescindStore store, CancellationRequest request) {
        Return target = store.returns().find(request.tenant(), new ReturnId(request.target().id())).get();
        Decision<Return> confirmed = StoreFixture.confirmCancellation(target, request);
        committed(store, confirmed);
        return changed(confirmed, CancellationRequest.class);
    }

    @Override
    protected final Option<CancellationRequest> find(RescindStore store, TenantId tenant, String id) {
        return store.cancellationRequests().find(tenant, new CancellationRequestId(id));
    }

    @Override
    protected final List<CancellationRequest> listLike(RescindStore store, TenantId tenant, CancellationRequest like,
            PageRequest page) {
        return store.cancellationRequests().list(tenant, like.status(), page);
    }

    /** Histories of returns and of fulfillment orders, the two kinds of target that open requests. */
    @Override
    protected final Arbitrary<History> histories() {
        Arbitrary<Function<TenantId, Decision<Return>>> returns = Combinators.combine(
                        Values.actors(ActorKind.MERCHANT_SIDE), ReturnModel.INSTANCE.details())
                .as((actor, details) -> tenant -> StoreFixture.accepted(Return.create(tenant, actor, details,
                        StoreFixture.NOW)));
        Arbitrary<Function<TenantId, Decision<FulfillmentOrder>>> orders = Combinators.combine(
                        Values.actors(ActorKind.MERCHANT_SIDE),
                        FulfillmentOrderModel.INSTANCE.details(StoreFixture.NOW))
                .as((actor, details) -> tenant -> StoreFixture.accepted(FulfillmentOrder.create(tenant, actor,
                        details, StoreFixture.NOW)));
        return Arbitraries.oneOf(StoreFixture.histories(ReturnModel.INSTANCE, returns, 8),
                StoreFixture.histories(FulfillmentOrderModel.INSTANCE, orders, 10));
    }

    @Test
    void for_target_lists_every_request_made_for_the_target_oldest_first_in_its_last_version() {
        TenantId tenant = freshTenant();
        Return created = committed(store(), StoreFixture.createReturn(tenant, freshId()));
        Decision<Return> first = StoreFixture.requestCancellation(created, freshId());
        committed(store(), first);
        Decision<Return> declined = StoreFixture.declineCancellation(first.aggregate(),
                changed(first, CancellationRequest.class));
        committed(store(), declined);
        Decision<Return> second = StoreFixture.requestCancellation(declined.aggregate(), freshId());
        committed(store(), second);
        CancellationTarget target = CancellationTarget.of(created.id());

        assertThat(store().cancellationRequests().forTarget(tenant, target)).containsExactly(
                changed(declined, CancellationRequest.class), changed(second, CancellationRequest.class));
    }

    @Test
    void for_target_is_empty_for_another_tenant_and_for_a_target_without_requests() {
        TenantId tenant = freshTenant();
        CancellationRequest request = createIn(store(), tenant, freshId());
        Return untouched = committed(store(), StoreFixture.createReturn(tenant, freshId()));

        assertThat(store().cancellationRequests().forTarget(freshTenant(), request.target())).isEmpty();
        assertThat(store().cancellationRequests().forTarget(tenant, CancellationTarget.of(untouched.id())))
                .isEmpty();
        assertThat(store().cancellationRequests().forTarget(tenant, request.target())).containsExactly(request);
    }
}
