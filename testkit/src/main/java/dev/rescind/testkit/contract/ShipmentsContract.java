package dev.rescind.testkit.contract;

import static dev.rescind.testkit.contract.StoreFixture.committed;
import static dev.rescind.testkit.contract.StoreFixture.freshId;
import static dev.rescind.testkit.contract.StoreFixture.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.PageRequest;
import dev.rescind.application.port.RescindStore;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.testkit.arbitraries.ShipmentModel;
import dev.rescind.testkit.arbitraries.Values;
import io.vavr.control.Option;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

/** The {@link dev.rescind.application.port.Shipments} port's contract; see {@link StoreContract} for the hooks. */
public abstract class ShipmentsContract extends RepositoryContract<Shipment> {

    @Override
    protected final Shipment createIn(RescindStore store, TenantId tenant, String id) {
        return committed(store, StoreFixture.createShipment(tenant, id));
    }

    @Override
    protected final Shipment changeIn(RescindStore store, Shipment shipment) {
        return committed(store, StoreFixture.cancel(shipment));
    }

    @Override
    protected final Option<Shipment> find(RescindStore store, TenantId tenant, String id) {
        return store.shipments().find(tenant, new ShipmentId(id));
    }

    @Override
    protected final List<Shipment> listLike(RescindStore store, TenantId tenant, Shipment like, PageRequest page) {
        return store.shipments().list(tenant, like.status(), page);
    }

    @Override
    protected final Arbitrary<History> histories() {
        Arbitrary<Function<TenantId, Decision<Shipment>>> creations = Combinators.combine(
                        Values.actors(ActorKind.MERCHANT_SIDE), ShipmentModel.INSTANCE.details())
                .as((actor, details) -> tenant -> StoreFixture.accepted(Shipment.create(tenant, actor, details,
                        StoreFixture.NOW)));
        return StoreFixture.histories(ShipmentModel.INSTANCE, creations, 8);
    }

    @Test
    void find_all_returns_each_existing_shipment_of_the_tenant_once_and_skips_the_rest() {
        TenantId tenant = freshTenant();
        Shipment first = createIn(store(), tenant, freshId());
        Shipment second = changeIn(store(), createIn(store(), tenant, freshId()));
        Shipment foreign = createIn(store(), freshTenant(), freshId());

        List<Shipment> found = store().shipments().findAll(tenant, List.of(first.id(), second.id(), first.id(),
                foreign.id(), new ShipmentId(freshId())));

        assertThat(found).containsExactlyInAnyOrder(first, second);
        assertThat(store().shipments().findAll(tenant, List.of())).isEmpty();
    }
}
