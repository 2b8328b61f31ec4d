package dev.rescind.events.cloudevents;

import dev.rescind.application.EventEnvelope;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.Change;
import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentCommand;
import dev.rescind.domain.shipment.ShipmentStatus;
import dev.rescind.testkit.arbitraries.AggregateModel;
import dev.rescind.testkit.arbitraries.CancellationRequestModel;
import dev.rescind.testkit.arbitraries.FulfillmentOrderModel;
import dev.rescind.testkit.arbitraries.ReturnModel;
import dev.rescind.testkit.arbitraries.ShipmentModel;
import dev.rescind.testkit.arbitraries.Values;
import dev.rescind.testkit.arbitraries.Walks;
import io.vavr.control.Option;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Events as the domain makes them: an aggregate in any reachable state, a well-formed command of any kind,
 * and the changes it decides; creations; and the carrier facts a cancelled shipment keeps as anomalies.
 */
final class GeneratedEvents {

    private static final Actor MERCHANT = Actor.merchant("merchant-1");
    private static final Actor CARRIER = Actor.carrier("carrier-1");

    private GeneratedEvents() {
    }

    /** The changes one command decides; often several (a return and the cancellation request it opens). */
    static Arbitrary<List<Change>> decidedChanges() {
        return Arbitraries.oneOf(
                steps(ShipmentModel.INSTANCE), steps(ReturnModel.INSTANCE), steps(FulfillmentOrderModel.INSTANCE),
                steps(CancellationRequestModel.INSTANCE), creations(), anomalies())
                .filter(changes -> !changes.isEmpty());
    }

    static Arbitrary<Change> changes() {
        return decidedChanges().flatMap(Arbitraries::of);
    }

    /** An envelope of a generated change, with generated ids, correlation and (sometimes) idempotency key. */
    static Arbitrary<EventEnvelope> envelopes() {
        Arbitrary<String> ids = Values.rawIds();
        return Combinators.combine(changes(), ids, ids, Values.optional(ids.map(IdempotencyKey::new)))
                .as(GeneratedEvents::envelope);
    }

    static EventEnvelope envelope(Change change, String eventId, String correlationId,
            Option<IdempotencyKey> idempotencyKey) {
        Aggregate aggregate = change.aggregate();
        return new EventEnvelope(eventId, aggregate.tenant(), aggregate.type(), aggregate.id().value(),
                aggregate.version(), change.event().eventType(), change.event(), change.actor(), change.occurredAt(),
                correlationId, idempotencyKey, aggregate.stateName());
    }

    private static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K> Arbitrary<List<Change>> steps(
            AggregateModel<A, S, C, K> model) {
        return Walks.anyReachable(model).flatMap(reached -> Arbitraries.of(model.table().commands())
                .filter(kind -> model.issuable(reached.aggregate(), kind))
                .flatMap(kind -> model.wellFormed(reached.aggregate(), kind, reached.next()))
                .map(attempt -> model.decide(reached.aggregate(), attempt, reached.world(), reached.next())
                        .map(Decision::changes).getOrElse(List.of())));
    }

    private static Arbitrary<List<Change>> creations() {
        return Arbitraries.oneOf(
                Combinators.combine(Values.tenants(), ShipmentModel.INSTANCE.details())
                        .as((tenant, details) -> Shipment.create(tenant, MERCHANT, details, Values.EPOCH).get()),
                Combinators.combine(Values.tenants(), ReturnModel.INSTANCE.details())
                        .as((tenant, details) -> Return.create(tenant, MERCHANT, details, Values.EPOCH).get()),
                Combinators.combine(Values.tenants(), FulfillmentOrderModel.INSTANCE.details(Values.EPOCH))
                        .as((tenant, details) -> FulfillmentOrder.create(tenant, MERCHANT, details, Values.EPOCH)
                                .get()))
                .map(Decision::changes);
    }

    private static Arbitrary<List<Change>> anomalies() {
        return Walks.reaching(ShipmentModel.INSTANCE, ShipmentStatus.CANCELLED).flatMap(reached -> Arbitraries
                .of(new ShipmentCommand.PickUp(), new ShipmentCommand.Complete())
                .map(fact -> reached.aggregate().anomalyFor(CARRIER, fact, reached.next())
                        .map(Decision::changes).getOrElse(List.of())));
    }
}
