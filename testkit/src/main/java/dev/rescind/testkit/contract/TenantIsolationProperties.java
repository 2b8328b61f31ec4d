package dev.rescind.testkit.contract;

import static dev.rescind.testkit.contract.StoreFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.Applied;
import dev.rescind.application.CommandContext;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.PageRequest;
import dev.rescind.application.Rescind;
import dev.rescind.domain.Aggregates;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestStatus;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderStatus;
import dev.rescind.domain.fulfillment.NewFulfillmentOrder;
import dev.rescind.domain.returns.NewReturn;
import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.Command;
import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentStatus;
import dev.rescind.testkit.arbitraries.AggregateModel;
import dev.rescind.testkit.arbitraries.Attempt;
import dev.rescind.testkit.arbitraries.FulfillmentOrderModel;
import dev.rescind.testkit.arbitraries.ReturnModel;
import dev.rescind.testkit.arbitraries.ShipmentModel;
import dev.rescind.testkit.arbitraries.Values;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Tenant isolation, generated: for pairs of tenants whose names differ in any way (by case too), every command
 * and query of tenant A on tenant B's ids answers {@code NotFound}, A's lists are empty, the same ids are free
 * for A's own aggregates, and B's data stays exactly as it was. Tenant names get a fresh suffix per try, so a
 * shared store never mixes tries. See {@link StoreContract} for the hooks.
 */
public abstract class TenantIsolationProperties extends StoreContract {

    private static final TenantId GENERATION_TENANT = new TenantId("generation");

    /** Fewer tries than the default: each creates four aggregates and sends some forty calls as the stranger. */
    @Property(tries = 100)
    void another_tenant_never_sees_nor_changes_a_tenants_aggregates(@ForAll("tenantNames") List<String> names,
            @ForAll("scenarios") Scenario scenario) {
        String suffix = "-" + UUID.randomUUID();
        TenantId owner = new TenantId(names.get(0) + suffix);
        TenantId stranger = new TenantId(names.get(1) + suffix);
        Rescind rescind = Rescind.builder().store(store()).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        CommandContext ownerContext = CommandContext.of(owner, StoreFixture.MERCHANT);
        List<Aggregate> owned = List.of(
                PipelineContract.ok(rescind.shipments().create(ownerContext, scenario.shipment())).aggregate(),
                PipelineContract.ok(rescind.returns().create(ownerContext, scenario.aReturn())).aggregate(),
                PipelineContract.ok(rescind.fulfillmentOrders().create(ownerContext, scenario.order())).aggregate());
        ReturnId cancellable = new ReturnId(StoreFixture.freshId());
        PipelineContract.ok(rescind.returns().create(ownerContext, StoreFixture.newReturn(cancellable)));
        CancellationRequest request = PipelineContract.ok(rescind.returns().requestCancellation(ownerContext,
                cancellable, Option.none())).related(CancellationRequest.class).get();
        List<Aggregate> before = new ArrayList<>();
        owned.forEach(aggregate -> before.add(StoreFixture.read(store(), aggregate).get()));
        before.add(request);
        List<List<EventEnvelope>> historiesBefore = before.stream().map(this::history).toList();

        for (Attempt<?> attempt : scenario.attempts()) {
            Aggregate target = owned.stream()
                    .filter(aggregate -> Aggregates.of(aggregate).accepts((Command) attempt.command()))
                    .findFirst().get();
            Either<Rejection, ? extends Applied<?>> answer = ApiCalls.send(rescind,
                    CommandContext.of(stranger, attempt.actor()), target, attempt.command());
            assertThat(answer.isLeft()).as("%s by the other tenant was applied", attempt).isTrue();
            assertThat(answer.getLeft()).isEqualTo(new Rejection.NotFound(target.type(), target.id().value()));
        }
        assertQueriesFindNothing(rescind, stranger, owned, request);
        assertThat(before).allSatisfy(aggregate -> assertThat(StoreFixture.read(store(), aggregate))
                .containsExactly(aggregate));
        assertThat(before.stream().map(this::history).toList()).isEqualTo(historiesBefore);

        CommandContext strangerContext = CommandContext.of(stranger, StoreFixture.MERCHANT);
        assertThat(rescind.shipments().create(strangerContext, scenario.shipment()).isRight())
                .as("the same id is free for the other tenant").isTrue();
        assertThat(StoreFixture.read(store(), before.get(0))).containsExactly(before.get(0));
    }

    private void assertQueriesFindNothing(Rescind rescind, TenantId stranger, List<Aggregate> owned,
            CancellationRequest request) {
        Shipment shipment = (Shipment) owned.get(0);
        Return aReturn = (Return) owned.get(1);
        FulfillmentOrder order = (FulfillmentOrder) owned.get(2);
        List<Either<Rejection, ?>> lookups = List.of(
                rescind.shipments().get(stranger, shipment.id()),
                rescind.shipments().timeline(stranger, shipment.id()),
                rescind.returns().get(stranger, aReturn.id()),
                rescind.returns().timeline(stranger, aReturn.id()),
                rescind.fulfillmentOrders().get(stranger, order.id()),
                rescind.fulfillmentOrders().timeline(stranger, order.id()),
                rescind.cancellationRequests().get(stranger, request.id()),
                rescind.cancellationRequests().timeline(stranger, request.id()));
        assertThat(lookups).allSatisfy(answer -> assertThat(answer.getLeft()).isInstanceOf(Rejection.NotFound.class));
        PageRequest all = PageRequest.first(PageRequest.MAX_LIMIT);
        for (ShipmentStatus status : ShipmentStatus.values()) {
            assertThat(rescind.shipments().list(stranger, status, all).get().items()).isEmpty();
        }
        for (ParcelStatus status : ParcelStatus.values()) {
            assertThat(rescind.returns().list(stranger, status, all).get().items()).isEmpty();
        }
        for (FulfillmentOrderStatus status : FulfillmentOrderStatus.values()) {
            assertThat(rescind.fulfillmentOrders().list(stranger, status, all).get().items()).isEmpty();
        }
        for (CancellationRequestStatus status : CancellationRequestStatus.values()) {
            assertThat(rescind.cancellationRequests().list(stranger, status, all).get().items()).isEmpty();
        }
        assertThat(rescind.cancellationRequests().forTarget(stranger, request.target()).get()).isEmpty();
    }

    private List<EventEnvelope> history(Aggregate aggregate) {
        return store().events().history(aggregate.tenant(), aggregate.type(), aggregate.id().value());
    }

    /** Two different tenant names, often alike: equal but for case, or one a prefix of the other. */
    @Provide
    Arbitrary<List<String>> tenantNames() {
        Arbitrary<String> names = Values.tenants().map(TenantId::value);
        return Arbitraries.oneOf(
                        names.list().ofSize(2),
                        names.filter(name -> !name.toUpperCase().equals(name))
                                .map(name -> List.of(name, name.toUpperCase())),
                        names.map(name -> List.of(name, name + "x")))
                .filter(pair -> !pair.get(0).equals(pair.get(1)));
    }

    /** One aggregate of each kind to create, and commands of every kind on them, from right and wrong actors. */
    @Provide
    Arbitrary<Scenario> scenarios() {
        return Combinators.combine(ShipmentModel.INSTANCE.details(), ReturnModel.INSTANCE.details(),
                        FulfillmentOrderModel.INSTANCE.details(NOW))
                .flatAs((shipment, aReturn, order) -> {
                    Shipment createdShipment = Shipment.create(GENERATION_TENANT, Actor.apiKey("generator"), shipment,
                            NOW).get().aggregate();
                    Return createdReturn = Return.create(GENERATION_TENANT, Actor.apiKey("generator"), aReturn, NOW)
                            .get().aggregate();
                    FulfillmentOrder createdOrder = FulfillmentOrder.create(GENERATION_TENANT,
                            Actor.apiKey("generator"), order, NOW).get().aggregate();
                    return Combinators.combine(commands(ShipmentModel.INSTANCE, createdShipment),
                                    commands(ReturnModel.INSTANCE, createdReturn),
                                    commands(FulfillmentOrderModel.INSTANCE, createdOrder))
                            .as((first, second, third) -> {
                                List<Attempt<?>> attempts = new ArrayList<>(first);
                                attempts.addAll(second);
                                attempts.addAll(third);
                                return new Scenario(shipment, aReturn, order, attempts);
                            });
                });
    }

    /**
     * What one try creates for the owner, and the commands the other tenant sends.
     *
     * @param shipment the owner's shipment
     * @param aReturn  the owner's return
     * @param order    the owner's fulfillment order
     * @param attempts the other tenant's commands
     */
    public record Scenario(NewShipment shipment, NewReturn aReturn, NewFulfillmentOrder order,
            List<Attempt<?>> attempts) {
    }

    /** One well-formed command of every kind, and one command by an actor of any kind. */
    private static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K> Arbitrary<List<Attempt<?>>> commands(
            AggregateModel<A, S, C, K> model, A aggregate) {
        List<Arbitrary<Attempt<?>>> each = new ArrayList<>();
        for (C kind : model.table().commands()) {
            each.add(model.wellFormed(aggregate, kind, NOW).map(attempt -> attempt));
        }
        each.add(Combinators.combine(Arbitraries.of(model.table().commands()), Values.actors(
                        EnumSet.allOf(ActorKind.class)))
                .flatAs((kind, actor) -> model.wellFormed(aggregate, kind, NOW)
                        .map(attempt -> new Attempt<>(actor, attempt.command()))));
        return Combinators.combine(each).as(attempts -> attempts);
    }
}
