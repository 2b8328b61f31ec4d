package dev.rescind.testkit.contract;

import static dev.rescind.testkit.contract.StoreFixture.committed;

import dev.rescind.application.PageRequest;
import dev.rescind.application.port.RescindStore;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnCommand;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.testkit.arbitraries.ReturnModel;
import dev.rescind.testkit.arbitraries.Values;
import io.vavr.control.Option;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** The {@link dev.rescind.application.port.Returns} port's contract; see {@link StoreContract} for the hooks. */
public abstract class ReturnsContract extends RepositoryContract<Return> {

    @Override
    protected final Return createIn(RescindStore store, TenantId tenant, String id) {
        return committed(store, StoreFixture.createReturn(tenant, id));
    }

    @Override
    protected final Return changeIn(RescindStore store, Return aReturn) {
        return committed(store, StoreFixture.accepted(aReturn.decide(StoreFixture.CARRIER,
                new ReturnCommand.Announce(), StoreFixture.NOW)));
    }

    @Override
    protected final Option<Return> find(RescindStore store, TenantId tenant, String id) {
        return store.returns().find(tenant, new ReturnId(id));
    }

    @Override
    protected final List<Return> listLike(RescindStore store, TenantId tenant, Return like, PageRequest page) {
        return store.returns().list(tenant, like.parcelStatus(), page);
    }

    @Override
    protected final Arbitrary<History> histories() {
        Arbitrary<Function<TenantId, Decision<Return>>> creations = Combinators.combine(
                        Values.actors(ActorKind.MERCHANT_SIDE), ReturnModel.INSTANCE.details())
                .as((actor, details) -> tenant -> StoreFixture.accepted(Return.create(tenant, actor, details,
                        StoreFixture.NOW)));
        return StoreFixture.histories(ReturnModel.INSTANCE, creations, 8);
    }
}
