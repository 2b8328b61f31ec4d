package dev.rescind.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.Applied;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.application.port.Commit;
import dev.rescind.application.port.CommitConflict;
import dev.rescind.application.port.IdempotencyRecord;
import dev.rescind.application.port.RescindStore;
import dev.rescind.application.port.UnitOfWork;
import dev.rescind.application.port.Write;
import dev.rescind.domain.Aggregates;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.fulfillment.FulfillmentCommand;
import dev.rescind.domain.fulfillment.FulfillmentLineItem;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.HoldReason;
import dev.rescind.domain.fulfillment.NewFulfillmentOrder;
import dev.rescind.domain.returns.Compensation;
import dev.rescind.domain.returns.DeliveryOption;
import dev.rescind.domain.returns.NewReturn;
import dev.rescind.domain.returns.ParcelReference;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnCommand;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.returns.ReturnItem;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.AggregateId;
import dev.rescind.domain.shared.Change;
import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentCommand;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentType;
import dev.rescind.testkit.arbitraries.AggregateModel;
import dev.rescind.testkit.arbitraries.Attempt;
import dev.rescind.testkit.arbitraries.Values;
import dev.rescind.testkit.arbitraries.World;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Aggregates, decisions and commits for store tests, made by the domain itself: every aggregate here is one
 * a real command produced. Ids and tenants are fresh random values, so tests never meet each other's data.
 */
public final class StoreFixture {

    /** The moment fixture decisions are made at. */
    public static final Instant NOW = Values.EPOCH;

    /** The merchant's API key that creates and cancels the fixture's aggregates. */
    public static final Actor MERCHANT = Actor.apiKey("contract-merchant");
    /** The carrier of {@link #newReturn}: the only actor who answers its cancellation requests. */
    public static final Actor CARRIER = Actor.carrier("contract-carrier");
    /** The fulfillment service of {@link #newFulfillmentOrder}. */
    public static final Actor SERVICE = Actor.fulfillmentService("contract-service");

    private StoreFixture() {
    }

    /** {@return a tenant no other test uses} */
    public static TenantId freshTenant() {
        return new TenantId("tenant-" + UUID.randomUUID());
    }

    /** {@return a random id, unique across tests} */
    public static String freshId() {
        return UUID.randomUUID().toString();
    }

    /**
     * A delivery for order {@code order-1001}, shipped a day before {@link #NOW}, with a carrier and metadata.
     *
     * @param id the shipment's id
     * @return the creation command's data
     */
    public static NewShipment newShipment(ShipmentId id) {
        return new NewShipment(id, new Reference("order-1001"), ShipmentType.DELIVERY, NOW.minus(Duration.ofDays(1)),
                Option.some(new Reference("carrier-1")), Option.none(), Option.none(),
                new Metadata(Map.of("channel", "web")));
    }

    /**
     * An open return with a carrier that supports upstream cancellation, one uneven exchange item and one
     * refund item, a shop order and a draft order.
     *
     * @param id the return's id
     * @return the creation command's data
     */
    public static NewReturn newReturn(ReturnId id) {
        List<ReturnItem> items = List.of(
                new ReturnItem(new Reference("item-1"), new Reference("article-1"), 2, euros("19.95"),
                        Compensation.unevenExchange(new Reference("variant-9"), euros("-2.50"))),
                new ReturnItem(new Reference("item-2"), new Reference("article-2"), 1, euros("5.00"),
                        Compensation.REFUND));
        return new NewReturn(id, Option.some(new Reference("too-small")), Option.none(), Option.none(),
                Option.some(new ParcelReference(new Reference("parcel-1"), Option.none(), Option.none())),
                DeliveryOption.DROP_OFF_POINT, Option.none(), Option.none(), Option.some(euros("4.95")), items,
                Option.none(), Option.some(new Reference(CARRIER.id())), true, Option.some(new Reference("order-1")),
                Option.some(new Reference("draft-1")));
    }

    /**
     * An order assigned to {@link #SERVICE}, two lines of 2 and 1 units.
     *
     * @param id the order's id
     * @return the creation command's data
     */
    public static NewFulfillmentOrder newFulfillmentOrder(FulfillmentOrderId id) {
        List<FulfillmentLineItem> lines = List.of(
                FulfillmentLineItem.of(new Reference("line-1"), new Reference("li-1"), Option.none(), Option.none(), 2),
                FulfillmentLineItem.of(new Reference("line-2"), new Reference("li-2"), Option.none(), Option.none(),
                        1));
        return new NewFulfillmentOrder(id, new Reference("order-1"), new Reference("location-1"),
                Option.some(new Reference(SERVICE.id())), Option.none(), Option.none(), lines, Option.none(),
                Option.none());
    }

    /**
     * An amount in euros.
     *
     * @param amount a decimal amount such as {@code "19.95"}
     * @return the money
     */
    public static Money euros(String amount) {
        return Money.of(amount, "EUR").get();
    }

    /**
     * The creation of {@link #newShipment}, by {@link #MERCHANT}.
     *
     * @param tenant the tenant
     * @param id     the shipment's id
     * @return the accepted decision
     */
    public static Decision<Shipment> createShipment(TenantId tenant, String id) {
        return accepted(Shipment.create(tenant, MERCHANT, newShipment(new ShipmentId(id)), NOW));
    }

    /**
     * The creation of {@link #newReturn}, by {@link #MERCHANT}.
     *
     * @param tenant the tenant
     * @param id     the return's id
     * @return the accepted decision
     */
    public static Decision<Return> createReturn(TenantId tenant, String id) {
        return accepted(Return.create(tenant, MERCHANT, newReturn(new ReturnId(id)), NOW));
    }

    /**
     * The creation of {@link #newFulfillmentOrder}, by {@link #MERCHANT}.
     *
     * @param tenant the tenant
     * @param id     the order's id
     * @return the accepted decision
     */
    public static Decision<FulfillmentOrder> createFulfillmentOrder(TenantId tenant, String id) {
        return accepted(FulfillmentOrder.create(tenant, MERCHANT, newFulfillmentOrder(new FulfillmentOrderId(id)),
                NOW));
    }

    /**
     * {@link #MERCHANT} cancels the shipment, without a reason.
     *
     * @param shipment a cancellable shipment
     * @return the accepted decision
     */
    public static Decision<Shipment> cancel(Shipment shipment) {
        return accepted(shipment.decide(MERCHANT, new ShipmentCommand.Cancel(Option.none()), NOW));
    }

    /**
     * The return's cancellation request, opened with {@code requestId}: the return and the request change.
     *
     * @param aReturn   a return that may be cancelled
     * @param requestId the new request's id
     * @return the accepted decision
     */
    public static Decision<Return> requestCancellation(Return aReturn, String requestId) {
        return accepted(aReturn.decide(MERCHANT, new ReturnCommand.RequestCancellation(
                new CancellationRequestId(requestId), Option.none()), NOW));
    }

    /**
     * The carrier confirms: the return is cancelled and {@code open} accepted.
     *
     * @param aReturn a return with an open cancellation request
     * @param open    that request
     * @return the accepted decision
     */
    public static Decision<Return> confirmCancellation(Return aReturn, CancellationRequest open) {
        return accepted(aReturn.decide(CARRIER, new ReturnCommand.ConfirmCancellation(Option.none()),
                Option.some(open), NOW));
    }

    /**
     * The carrier declines: the return goes back to where it was and {@code open} is rejected.
     *
     * @param aReturn a return with an open cancellation request
     * @param open    that request
     * @return the accepted decision
     */
    public static Decision<Return> declineCancellation(Return aReturn, CancellationRequest open) {
        return accepted(aReturn.decide(CARRIER, new ReturnCommand.DeclineCancellation(Option.none()),
                Option.some(open), NOW));
    }

    /**
     * {@link #MERCHANT} holds the order, for reason {@code OTHER}.
     *
     * @param order an order that may be held
     * @return the accepted decision
     */
    public static Decision<FulfillmentOrder> hold(FulfillmentOrder order) {
        return accepted(order.decide(MERCHANT, new FulfillmentCommand.Hold(
                new Reference(freshId()), HoldReason.OTHER, Option.none()), NOW));
    }

    /**
     * The change's aggregate of type {@code kind}, of a decision that changes more than one aggregate.
     *
     * @param <T>      the aggregate's class
     * @param decision a decision
     * @param kind     the aggregate's class
     * @return the changed aggregate
     * @throws AssertionError when the decision changed none of that type
     */
    public static <T extends Aggregate> T changed(Decision<?> decision, Class<T> kind) {
        return decision.changes().stream().map(Change::aggregate).filter(kind::isInstance).map(kind::cast)
                .findFirst().orElseThrow(() -> new AssertionError("the decision changed no " + kind.getSimpleName()));
    }

    /**
     * The decision of an accepted command; a refusal is a defect of the fixture.
     *
     * @param <A>     the aggregate's type
     * @param decided what a command answered
     * @return the decision
     * @throws AssertionError when the command was refused
     */
    public static <A extends Aggregate> Decision<A> accepted(Either<Rejection, Decision<A>> decided) {
        return decided.getOrElseThrow(rejection -> new AssertionError("fixture command refused: "
                + rejection.message()));
    }

    /**
     * The writes the pipeline would make of {@code decision}: one per change, each with its event.
     *
     * @param decision a decision
     * @return the writes, in the order of the changes
     */
    public static List<Write> writes(Decision<?> decision) {
        return writes(decision, Option.none());
    }

    /**
     * The writes the pipeline would make of {@code decision} under the idempotency key {@code key}.
     *
     * @param decision a decision
     * @param key      the command's idempotency key, if any
     * @return the writes, in the order of the changes
     */
    public static List<Write> writes(Decision<?> decision, Option<IdempotencyKey> key) {
        List<Write> writes = new ArrayList<>();
        for (Change change : decision.changes()) {
            Aggregate aggregate = change.aggregate();
            writes.add(new Write(aggregate, new EventEnvelope(freshId(), aggregate.tenant(), aggregate.type(),
                    aggregate.id().value(), aggregate.version(), change.event().eventType(), change.event(),
                    change.actor(), change.occurredAt(), "correlation-" + freshId(), key, aggregate.stateName())));
        }
        return writes;
    }

    /**
     * The commit the pipeline would make of {@code decision}: its writes, no idempotency record.
     *
     * @param decision a decision
     * @return the commit
     */
    public static Commit commitOf(Decision<?> decision) {
        return new Commit(decision.aggregate().tenant(), writes(decision), Option.none());
    }

    /**
     * Commits {@code decision}, failing the test on a conflict; the addressed aggregate afterwards.
     *
     * @param <A>      the aggregate's type
     * @param store    the store under test
     * @param decision the decision to commit
     * @return the aggregate the decision addressed
     */
    public static <A extends Aggregate> A committed(RescindStore store, Decision<A> decision) {
        commitOrFail(store, commitOf(decision));
        return decision.aggregate();
    }

    /**
     * Commits {@code commit}, failing the test unless the store took every write.
     *
     * @param store  the store under test
     * @param commit the commit
     */
    public static void commitOrFail(RescindStore store, Commit commit) {
        Either<CommitConflict, UnitOfWork.Committed> result = store.unitOfWork().commit(commit);
        assertThat(result.isRight()).as("commit refused: %s", result.fold(Object::toString, Object::toString))
                .isTrue();
        assertThat(result.get().writes()).isEqualTo(commit.writes().size());
    }

    /**
     * An idempotency record of a made-up answer, for tests of the store alone.
     *
     * @param tenant   the tenant
     * @param key      the idempotency key
     * @param decision the decision whose answer is recorded
     * @param writes   its writes
     * @return the record
     */
    public static IdempotencyRecord idempotencyRecord(TenantId tenant, IdempotencyKey key, Decision<?> decision,
            List<Write> writes) {
        return new IdempotencyRecord(tenant, key, "fingerprint-" + key.value(), answerOf(decision, writes), NOW);
    }

    static Applied<Aggregate> answerOf(Decision<?> decision, List<Write> writes) {
        List<Aggregate> related = decision.changes().stream().skip(1).map(Change::aggregate).toList();
        return new Applied<>(decision.aggregate(), related,
                writes.stream().map(Write::event).toList(), List.of(), decision.report(), false);
    }

    /**
     * Any aggregate as the store holds it now, by its type and id.
     *
     * @param store     the store under test
     * @param aggregate an aggregate, by its type and id
     * @return the stored aggregate, if any
     */
    public static Option<Aggregate> read(RescindStore store, Aggregate aggregate) {
        return read(store, Aggregates.of(aggregate), aggregate);
    }

    private static <A extends Aggregate, I extends AggregateId, S extends Enum<S>> Option<Aggregate> read(
            RescindStore store, AggregateDescriptor<A, I, S> descriptor, Aggregate aggregate) {
        return store.repository(descriptor).find(aggregate.tenant(), descriptor.id(aggregate.id().value()))
                .map(Aggregate.class::cast);
    }

    /**
     * Random histories of one aggregate: its creation (a function of the tenant), then up to
     * {@code maxSteps} well-formed commands of random kinds, one minute apart; only the accepted commands that
     * change something are kept. A command that would create an aggregate the history already created
     * (generated ids may repeat) is left out, so every replay commits cleanly to a store.
     *
     * @param <A>      the aggregate's type
     * @param <S>      the reference state of the model
     * @param <C>      the aggregate's command kinds
     * @param <K>      the model's command data
     * @param model     the aggregate's model
     * @param creations how the aggregate is created, for a given tenant
     * @param maxSteps  the most commands tried after the creation
     * @return the histories
     */
    public static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K> Arbitrary<History> histories(
            AggregateModel<A, S, C, K> model, Arbitrary<Function<TenantId, Decision<A>>> creations, int maxSteps) {
        return creations.flatMap(creation -> {
            Decision<A> created = creation.apply(GENERATION_TENANT);
            Set<String> ids = new HashSet<>();
            created.changes().forEach(change -> ids.add(keyOf(change.aggregate())));
            return wander(model, created.aggregate(), World.empty().after(created), List.<Step<K>>of(), ids, NOW,
                    maxSteps).map(steps -> history(model, creation, steps));
        });
    }

    /** The tenant histories are generated for; replays decide the same commands for another. */
    private static final TenantId GENERATION_TENANT = new TenantId("generation");

    private record Step<K>(Attempt<K> attempt, Instant at) {
    }

    private static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K> History history(
            AggregateModel<A, S, C, K> model, Function<TenantId, Decision<A>> creation, List<Step<K>> steps) {
        List<String> described = new ArrayList<>(List.of("created"));
        steps.forEach(step -> described.add(step.attempt().toString()));
        return new History(tenant -> {
            Decision<A> created = creation.apply(tenant);
            List<Decision<?>> decisions = new ArrayList<>(List.of(created));
            A current = created.aggregate();
            World world = World.empty().after(created);
            for (Step<K> step : steps) {
                Decision<A> decision = accepted(model.decide(current, step.attempt(), world, step.at()));
                decisions.add(decision);
                current = decision.aggregate();
                world = world.after(decision);
            }
            return decisions;
        }, described);
    }

    private static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K> Arbitrary<List<Step<K>>> wander(
            AggregateModel<A, S, C, K> model, A current, World world, List<Step<K>> steps, Set<String> ids,
            Instant now, int remaining) {
        if (remaining == 0) {
            return Arbitraries.just(steps);
        }
        Instant next = now.plus(Duration.ofMinutes(1));
        List<C> issuable = model.table().commands().stream().filter(kind -> model.issuable(current, kind)).toList();
        return Arbitraries.of(issuable)
                .flatMap(kind -> model.wellFormed(current, kind, next))
                .flatMap((Attempt<K> attempt) -> {
                    Either<Rejection, Decision<A>> decided = model.decide(current, attempt, world, next);
                    if (decided.isLeft() || decided.get().isNoOp() || createsKnown(decided.get(), ids)) {
                        return wander(model, current, world, steps, ids, next, remaining - 1);
                    }
                    Decision<A> decision = decided.get();
                    List<Step<K>> longer = new ArrayList<>(steps);
                    longer.add(new Step<>(attempt, next));
                    Set<String> known = new HashSet<>(ids);
                    decision.changes().forEach(change -> known.add(keyOf(change.aggregate())));
                    return wander(model, decision.aggregate(), world.after(decision), longer, known, next,
                            remaining - 1);
                });
    }

    private static boolean createsKnown(Decision<?> decision, Set<String> ids) {
        return decision.changes().stream()
                .anyMatch(change -> change.isCreation() && ids.contains(keyOf(change.aggregate())));
    }

    private static String keyOf(Aggregate aggregate) {
        return aggregate.type() + "/" + aggregate.id().value();
    }
}
