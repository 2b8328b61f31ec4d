package dev.rescind.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.application.Applied;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.application.port.IdempotencyRecord;
import dev.rescind.domain.cancellation.CancellationRequestEvent;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent;
import dev.rescind.domain.returns.ParcelDetails;
import dev.rescind.domain.returns.ParcelReference;
import dev.rescind.domain.returns.RefundDetails;
import dev.rescind.domain.returns.ReturnEvent;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.Change;
import dev.rescind.domain.shared.CommandKind;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.DomainEvent;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnItem;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentCommand;
import dev.rescind.domain.shipment.ShipmentCommandKind;
import dev.rescind.domain.shipment.ShipmentEvent;
import dev.rescind.testkit.arbitraries.AggregateModel;
import dev.rescind.testkit.arbitraries.Attempt;
import dev.rescind.testkit.arbitraries.CancellationRequestModel;
import dev.rescind.testkit.arbitraries.FulfillmentOrderModel;
import dev.rescind.testkit.arbitraries.Reached;
import dev.rescind.testkit.arbitraries.ReturnModel;
import dev.rescind.testkit.arbitraries.ShipmentModel;
import dev.rescind.testkit.arbitraries.Values;
import dev.rescind.testkit.arbitraries.Walks;
import dev.rescind.testkit.arbitraries.World;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Every aggregate in any reachable state, every event a command produces from there, and the answers kept
 * for idempotency read back from their JSON documents equal to what was written.
 */
class DocumentCodecProperties {

    private static final Actor MERCHANT = Actor.merchant("merchant-1");
    private static final Actor CARRIER = Actor.carrier("carrier-1");

    private final DocumentCodec codec = new DocumentCodec();

    @Property(tries = 60)
    void a_shipment_and_what_a_command_makes_of_it_read_back_equal(
            @ForAll("shipmentSteps") Tuple2<Reached<Shipment>, Option<Decision<Shipment>>> step) {
        assertRoundTrip(step.get1(), step.get2());
    }

    @Property(tries = 60)
    void a_return_and_what_a_command_makes_of_it_read_back_equal(
            @ForAll("returnSteps") Tuple2<Reached<Return>,
                    Option<Decision<Return>>> step) {
        assertRoundTrip(step.get1(), step.get2());
    }

    @Property(tries = 60)
    void a_fulfillment_order_and_what_a_command_makes_of_it_read_back_equal(
            @ForAll("fulfillmentOrderSteps") Tuple2<Reached<FulfillmentOrder>,
                    Option<Decision<FulfillmentOrder>>> step) {
        assertRoundTrip(step.get1(), step.get2());
    }

    @Property(tries = 60)
    void a_cancellation_request_and_its_answer_read_back_equal(
            @ForAll("cancellationRequestSteps") Tuple2<Reached<dev.rescind.domain.cancellation.CancellationRequest>,
                    Option<Decision<dev.rescind.domain.cancellation.CancellationRequest>>> step) {
        assertRoundTrip(step.get1(), step.get2());
    }

    @Property(tries = 60)
    void a_created_aggregate_and_its_creation_event_read_back_equal(@ForAll("creations") Decision<?> creation) {
        assertCreationRoundTrip(creation);
    }

    /**
     * Samples aggregates in every reachable state with a fixed seed and tries every command on each, and checks
     * that together they produced every event type, so the properties above exercise the whole sealed
     * hierarchies.
     */
    @Example
    void commands_on_sampled_aggregates_produce_every_event_type() {
        Set<Class<?>> seen = new HashSet<>();
        Random random = new Random(20260301L);
        collectEvents(ShipmentModel.INSTANCE, random, seen);
        collectEvents(ReturnModel.INSTANCE, random, seen);
        collectEvents(FulfillmentOrderModel.INSTANCE, random, seen);
        collectEvents(CancellationRequestModel.INSTANCE, random, seen);
        var creations = creations().generator(100);
        for (int sample = 0; sample < 30; sample++) {
            creations.next(random).value().changes().forEach(change -> seen.add(change.event().getClass()));
        }

        Set<Class<?>> all = new HashSet<>();
        Stream.of(ShipmentEvent.class, ReturnEvent.class, FulfillmentOrderEvent.class,
                        CancellationRequestEvent.class)
                .forEach(family -> all.addAll(Arrays.asList(family.getPermittedSubclasses())));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(all);
    }

    private static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K> void collectEvents(
            AggregateModel<A, S, C, K> model, Random random, Set<Class<?>> seen) {
        var aggregates = Walks.anyReachable(model).generator(100);
        for (int sample = 0; sample < 120; sample++) {
            Reached<A> reached = aggregates.next(random).value();
            for (C kind : model.table().commands()) {
                if (!model.issuable(reached.aggregate(), kind)) {
                    continue;
                }
                Attempt<K> attempt = model.wellFormed(reached.aggregate(), kind, reached.next()).generator(100)
                        .next(random).value();
                Option<Decision<A>> decision = decided(model, reached, attempt);
                if (decision.isEmpty() && reached.aggregate() instanceof Shipment shipment) {
                    shipment.anomalyFor(CARRIER, new ShipmentCommand.PickUp(), reached.next())
                            .forEach(anomaly -> seen.add(anomaly.changes().get(0).event().getClass()));
                }
                decision.forEach(decided -> decided.changes().forEach(change -> seen.add(change.event().getClass())));
            }
        }
    }

    @Provide
    Arbitrary<Decision<?>> creations() {
        return Arbitraries.oneOf(
                Combinators.combine(Values.tenants(), ShipmentModel.INSTANCE.details())
                        .as((tenant, details) -> Shipment.create(tenant, MERCHANT, details, Values.EPOCH).get()),
                Combinators.combine(Values.tenants(), ReturnModel.INSTANCE.details())
                        .as((tenant, details) -> Return.create(tenant, MERCHANT, details, Values.EPOCH).get()),
                Combinators.combine(Values.tenants(), FulfillmentOrderModel.INSTANCE.details(Values.EPOCH))
                        .as((tenant, details) -> FulfillmentOrder.create(tenant, MERCHANT, details, Values.EPOCH)
                                .get()));
    }

    /** Shipment steps, where a carrier fact the shipment refuses after its cancellation is kept as an anomaly. */
    @Provide
    Arbitrary<Tuple2<Reached<Shipment>, Option<Decision<Shipment>>>> shipmentSteps() {
        return steps(ShipmentModel.INSTANCE).flatMap(step -> step.get2().isDefined()
                ? Arbitraries.just(step)
                : Arbitraries.of(ShipmentCommandKind.values())
                        .map(kind -> kind == ShipmentCommandKind.PICK_UP ? new ShipmentCommand.PickUp()
                                : new ShipmentCommand.Complete())
                        .map(fact -> Tuple.of(step.get1(), step.get1().aggregate()
                                .anomalyFor(CARRIER, fact, step.get1().next()))));
    }

    @Provide
    Arbitrary<Tuple2<Reached<Return>, Option<Decision<Return>>>>
            returnSteps() {
        return steps(ReturnModel.INSTANCE);
    }

    @Provide
    Arbitrary<Tuple2<Reached<FulfillmentOrder>,
            Option<Decision<FulfillmentOrder>>>> fulfillmentOrderSteps() {
        return steps(FulfillmentOrderModel.INSTANCE);
    }

    @Provide
    Arbitrary<Tuple2<Reached<dev.rescind.domain.cancellation.CancellationRequest>,
            Option<Decision<dev.rescind.domain.cancellation.CancellationRequest>>>> cancellationRequestSteps() {
        return steps(CancellationRequestModel.INSTANCE);
    }

    /** An aggregate in any reachable state, and what one well-formed command of any kind decides for it. */
    private static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K>
            Arbitrary<Tuple2<Reached<A>, Option<Decision<A>>>> steps(AggregateModel<A, S, C, K> model) {
        return Walks.anyReachable(model).flatMap(reached -> Arbitraries.of(model.table().commands())
                .filter(kind -> model.issuable(reached.aggregate(), kind))
                .flatMap(kind -> model.wellFormed(reached.aggregate(), kind, reached.next()))
                .map(attempt -> Tuple.of(reached, decided(model, reached, attempt))));
    }

    private static <A extends Aggregate, S, C extends Enum<C> & CommandKind, K> Option<Decision<A>> decided(
            AggregateModel<A, S, C, K> model, Reached<A> reached, Attempt<K> attempt) {
        Either<?, Decision<A>> decision = model.decide(reached.aggregate(), attempt, reached.world(), reached.next());
        return decision.toOption();
    }

    @Property(tries = 60)
    void a_return_stored_before_parcel_and_refund_details_existed_reads_them_as_empty(
            @ForAll("returns") Reached<Return> reached) {
        ObjectNode old = withoutHostDetails(codec.encodeRecord(reached.aggregate()));

        Return read = codec.decodeRecord(old, Return.class);

        assertThat(read.refund()).isEqualTo(RefundDetails.NONE);
        assertThat(read.ruleModifications()).isEmpty();
        assertThat(read.outgoingParcel().map(ParcelReference::details)).allMatch(ParcelDetails.NONE::equals);
        assertThat(read.incomingParcel().map(ParcelReference::details)).allMatch(ParcelDetails.NONE::equals);
        assertThat(withoutHostDetails(codec.encodeRecord(read))).isEqualTo(old);
    }

    @Property(tries = 60)
    void a_return_stored_before_items_had_a_cancelled_quantity_reads_with_none_cancelled(
            @ForAll("returns") Reached<Return> reached) {
        ObjectNode old = codec.encodeRecord(reached.aggregate());
        old.withArray("items").forEach(item -> ((ObjectNode) item).remove("cancelledQuantity"));

        Return read = codec.decodeRecord(old, Return.class);

        assertThat(read.items()).extracting(ReturnItem::cancelledQuantity).containsOnly(0);
        assertThat(read.items()).extracting(ReturnItem::id)
                .containsExactlyElementsOf(reached.aggregate().items().stream().map(ReturnItem::id).toList());
        assertThat(read.items()).extracting(ReturnItem::quantity)
                .containsExactlyElementsOf(reached.aggregate().items().stream().map(ReturnItem::quantity).toList());
        assertThat(read.parcelStatus()).isEqualTo(reached.aggregate().parcelStatus());
    }

    @Provide
    Arbitrary<Reached<Return>> returns() {
        return Walks.anyReachable(ReturnModel.INSTANCE);
    }

    /** A return's document as it was written before the host's parcel and refund details were stored. */
    private static ObjectNode withoutHostDetails(ObjectNode document) {
        ObjectNode old = document.deepCopy();
        old.remove(List.of("refund", "ruleModifications"));
        for (String parcel : List.of("outgoingParcel", "incomingParcel")) {
            if (old.get(parcel) instanceof ObjectNode stored) {
                stored.remove("details");
            }
        }
        return old;
    }

    private <A extends Aggregate> void assertRoundTrip(Reached<A> reached, Option<Decision<A>> decision) {
        assertReadsBack(reached.aggregate());
        reached.world().requests().values().forEach(this::assertReadsBack);
        for (Decision<A> decided : decision) {
            for (Change change : decided.changes()) {
                assertReadsBack(change.aggregate());
                EventEnvelope envelope = CommitFixture.envelope(change);
                assertThat(codec.decodeRecord(codec.read(codec.write(codec.encodeRecord(envelope))),
                        EventEnvelope.class)).isEqualTo(envelope);
                assertThat(codec.decode(codec.encode(change.event(), DomainEvent.class), DomainEvent.class))
                        .isEqualTo(change.event());
            }
            assertAnswerReadsBack(decided);
        }
    }

    private <A extends Aggregate> void assertCreationRoundTrip(Decision<A> creation) {
        assertRoundTrip(new Reached<>(creation.aggregate(), World.empty(), creation.aggregate().updatedAt(),
                List.of("created")), Option.some(creation));
    }

    private void assertReadsBack(Aggregate aggregate) {
        String json = codec.write(codec.encodeRecord((Record) aggregate));
        assertThat(codec.decodeRecord(codec.read(json), ((Record) aggregate).getClass())).isEqualTo(aggregate);
        assertThat(codec.decode(codec.read(codec.write(codec.encode(aggregate, Aggregate.class))), Aggregate.class))
                .isEqualTo(aggregate);
    }

    private void assertAnswerReadsBack(Decision<?> decision) {
        List<EventEnvelope> events = decision.changes().stream().map(CommitFixture::envelope).toList();
        Applied<?> answer = new Applied<>(decision.aggregate(), decision.changes().stream().skip(1)
                .map(Change::aggregate).toList(), events, List.of(), decision.report(), false);
        IdempotencyRecord record = new IdempotencyRecord(decision.aggregate().tenant(), new IdempotencyKey("k-1"),
                "fingerprint", answer, reachedTime(decision));
        String json = codec.write(codec.encodeRecord(record));
        assertThat(codec.decodeRecord(codec.read(json), IdempotencyRecord.class)).isEqualTo(record);
    }

    private static java.time.Instant reachedTime(Decision<?> decision) {
        return decision.changes().isEmpty() ? decision.aggregate().updatedAt() : decision.changes().get(0).occurredAt();
    }
}
