package dev.rescind.testkit.contract;

import static dev.rescind.testkit.contract.StoreFixture.committed;

import dev.rescind.application.PageRequest;
import dev.rescind.application.port.RescindStore;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.testkit.arbitraries.FulfillmentOrderModel;
import dev.rescind.testkit.arbitraries.Values;
import io.vavr.control.Option;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The {@link dev.rescind.application.port.FulfillmentOrders} port's contract; see {@link StoreContract} for the
 * hooks. Generated histories include direct cancels, whose replacement orders are created in the same commit.
 */
public abstract class FulfillmentOrdersContract extends RepositoryContract<FulfillmentOrder> {

    @Override
    protected final FulfillmentOrder createIn(RescindStore store, TenantId tenant, String id) {
        return committed(store, StoreFixture.createFulfillmentOrder(tenant, id));
    }

    @Override
    protected final FulfillmentOrder changeIn(RescindStore store, FulfillmentOrder order) {
        return committed(store, StoreFixture.hold(order));
    }

    @Override
    protected final Option<FulfillmentOrder> find(RescindStore store, TenantId tenant, String id) {
        return store.fulfillmentOrders().find(tenant, new FulfillmentOrderId(id));
    }

    @Override
    protected final List<FulfillmentOrder> listLike(RescindStore store, TenantId tenant, FulfillmentOrder like,
            PageRequest page) {
        return store.fulfillmentOrders().list(tenant, like.status(), page);
    }

    @Override
    protected final Arbitrary<History> histories() {
        Arbitrary<Function<TenantId, Decision<FulfillmentOrder>>> creations = Combinators.combine(
                        Values.actors(ActorKind.MERCHANT_SIDE),
                        FulfillmentOrderModel.INSTANCE.details(StoreFixture.NOW))
                .as((actor, details) -> tenant -> StoreFixture.accepted(FulfillmentOrder.create(tenant, actor, details,
                        StoreFixture.NOW)));
        return StoreFixture.histories(FulfillmentOrderModel.INSTANCE, creations, 10);
    }
}
