package dev.rescind.adapters.jdbc;

import static dev.rescind.adapters.jdbc.CommitFixture.commitOf;
import static dev.rescind.adapters.jdbc.FlowFixture.CARRIER;
import static dev.rescind.adapters.jdbc.FlowFixture.MERCHANT;
import static dev.rescind.adapters.jdbc.FlowFixture.TENANT;
import static dev.rescind.adapters.jdbc.FlowFixture.merchant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.Applied;
import dev.rescind.application.EffectOutcome;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.application.PageRequest;
import dev.rescind.application.Rescind;
import dev.rescind.application.port.CommitConflict;
import dev.rescind.application.port.EffectRecord;
import dev.rescind.application.port.EventLog;
import dev.rescind.application.port.IdempotencyRecord;
import dev.rescind.application.port.UnitOfWork;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.cancellation.CancellationRequestStatus;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.cancellation.Responder;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.FulfillmentState;
import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Change;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Version;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentCommand;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the JDBC store promises, on one database; a subclass per database names it. */
abstract class JdbcStoreTest {

    private static final Instant NOW = FlowFixture.START;

    protected JdbcRescindStore store;
    protected Rescind rescind;

    abstract DatabaseFixture database();

    @BeforeEach
    void emptyStore() {
        store = database().emptyStore();
        rescind = FlowFixture.rescind(store);
    }

    @Test
    void every_aggregate_kind_reads_back_as_it_was_committed() {
        Shipment shipment = rescind.shipments().create(merchant(), FlowFixture.shipment("s-1")).get().aggregate();
        Applied<Return> requested = created(rescind.returns().create(merchant(), FlowFixture.returnParcel("r-1")))
                .flatMap(r -> rescind.returns().requestCancellation(merchant(), r.id(),
                        Option.some(new Message("wrong size")))).get();
        FulfillmentOrderId orderId = new FulfillmentOrderId("fo-1");
        rescind.fulfillmentOrders().create(merchant(), FlowFixture.fulfillmentOrder("fo-1")).get();
        rescind.fulfillmentOrders().submitFulfillmentRequest(merchant(), orderId, Option.none()).get();
        rescind.fulfillmentOrders().acceptFulfillmentRequest(FlowFixture.service(), orderId, Option.none()).get();
        Applied<FulfillmentOrder> sent = rescind.fulfillmentOrders()
                .sendCancellationRequest(merchant(), orderId, Option.some(new Message("customer changed mind"))).get();

        assertThat(store.shipments().find(TENANT, shipment.id())).containsExactly(shipment);
        assertThat(store.returns().find(TENANT, requested.aggregate().id())).containsExactly(requested.aggregate());
        assertThat(store.fulfillmentOrders().find(TENANT, orderId)).containsExactly(sent.aggregate());
        CancellationRequest request = requested.related(CancellationRequest.class).get();
        assertThat(store.cancellationRequests().find(TENANT, request.id())).containsExactly(request);
        assertThat(sent.aggregate().state()).isEqualTo(FulfillmentState.IN_PROGRESS_CANCELLATION_REQUESTED);
    }

    @Test
    void a_commit_at_a_stale_version_is_refused_and_leaves_nothing_behind() {
        Shipment created = rescind.shipments().create(merchant(), FlowFixture.shipment("s-1")).get().aggregate();
        Decision<Shipment> first = cancel(created, "first");
        Decision<Shipment> second = cancel(created, "second");

        assertThat(store.unitOfWork().commit(commitOf(first)).isRight()).isTrue();
        Either<CommitConflict, UnitOfWork.Committed> refused = store.unitOfWork().commit(commitOf(second, "key-2"));

        assertThat(refused.getLeft()).isEqualTo(new CommitConflict.VersionConflict(AggregateType.SHIPMENT, "s-1",
                Version.FIRST, new Version(2)));
        assertThat(store.shipments().find(TENANT, created.id()).get()).isEqualTo(first.aggregate());
        assertThat(store.events().history(TENANT, AggregateType.SHIPMENT, "s-1")).hasSize(2);
        assertThat(store.idempotency().find(TENANT, new IdempotencyKey("key-2"))).isEmpty();
    }

    @Test
    void creating_an_id_that_exists_is_a_conflict_with_the_stored_version() {
        Decision<Shipment> creation = Shipment.create(TENANT, MERCHANT, FlowFixture.shipment("s-1"), NOW).get();
        store.unitOfWork().commit(commitOf(creation)).get();

        Either<CommitConflict, UnitOfWork.Committed> again = store.unitOfWork().commit(commitOf(creation, "k"));

        assertThat(again.getLeft()).isEqualTo(new CommitConflict.VersionConflict(AggregateType.SHIPMENT, "s-1",
                Version.NONE, Version.FIRST));
        assertThat(store.events().history(TENANT, AggregateType.SHIPMENT, "s-1")).hasSize(1);
        assertThat(store.idempotency().find(TENANT, new IdempotencyKey("k"))).isEmpty();
    }

    @Test
    void an_idempotency_key_taken_by_an_earlier_commit_refuses_the_whole_commit() {
        Decision<Shipment> one = Shipment.create(TENANT, MERCHANT, FlowFixture.shipment("s-1"), NOW).get();
        Decision<Shipment> other = Shipment.create(TENANT, MERCHANT, FlowFixture.shipment("s-2"), NOW).get();
        store.unitOfWork().commit(commitOf(one, "same-key")).get();

        Either<CommitConflict, UnitOfWork.Committed> refused = store.unitOfWork().commit(commitOf(other, "same-key"));

        assertThat(refused.getLeft()).isEqualTo(new CommitConflict.IdempotencyKeyTaken(new IdempotencyKey("same-key")));
        assertThat(store.shipments().find(TENANT, new ShipmentId("s-2"))).isEmpty();
        assertThat(store.events().history(TENANT, AggregateType.SHIPMENT, "s-2")).isEmpty();
        assertThat(store.idempotency().find(TENANT, new IdempotencyKey("same-key")).get().answer().aggregate())
                .isEqualTo(one.aggregate());
    }

    @Test
    void the_same_idempotency_key_is_free_in_another_tenant() {
        TenantId other = new TenantId("shop-2");
        Decision<Shipment> mine = Shipment.create(TENANT, MERCHANT, FlowFixture.shipment("s-1"), NOW).get();
        Decision<Shipment> theirs = Shipment.create(other, MERCHANT, FlowFixture.shipment("s-1"), NOW).get();

        assertThat(store.unitOfWork().commit(commitOf(mine, "key")).isRight()).isTrue();
        assertThat(store.unitOfWork().commit(commitOf(theirs, "key")).isRight()).isTrue();

        assertThat(store.shipments().find(other, new ShipmentId("s-1")).get().tenant()).isEqualTo(other);
        assertThat(store.idempotency().find(other, new IdempotencyKey("key")).get().answer().aggregate())
                .isEqualTo(theirs.aggregate());
    }

    @Test
    void the_database_refuses_a_second_open_cancellation_request_for_one_target() {
        Return aReturn = rescind.returns().create(merchant(), FlowFixture.returnParcel("r-1")).get().aggregate();
        rescind.returns().requestCancellation(merchant(), aReturn.id(), Option.none()).get();
        CancellationTarget target = CancellationTarget.of(aReturn.id());
        Change second = CancellationRequest.open(new CancellationRequestId("cr-second"), TENANT, target,
                Responder.anyOf(ActorKind.CARRIER), MERCHANT, Option.none(), NOW);

        Either<CommitConflict, UnitOfWork.Committed> refused = store.unitOfWork()
                .commit(commitOf(new Decision<>(second.aggregate(), List.of(second))));

        assertThat(refused.getLeft()).isEqualTo(new CommitConflict.OpenCancellationRequestExists(target));
        assertThat(store.cancellationRequests().forTarget(TENANT, target)).extracting(CancellationRequest::id)
                .doesNotContain(new CancellationRequestId("cr-second"));
    }

    @Test
    void a_target_can_have_a_new_request_once_the_open_one_is_answered() {
        ReturnId id = rescind.returns().create(merchant(), FlowFixture.returnParcel("r-1")).get().aggregate().id();
        rescind.returns().announce(FlowFixture.carrier(), id).get();
        rescind.returns().requestCancellation(merchant(), id, Option.none()).get();
        rescind.returns().declineCancellation(FlowFixture.carrier(), id, Option.some(new Message("too late"))).get();
        Applied<Return> again = rescind.returns().requestCancellation(merchant(), id, Option.none()).get();

        List<CancellationRequest> requests = store.cancellationRequests().forTarget(TENANT,
                CancellationTarget.of(id));
        assertThat(requests).extracting(CancellationRequest::status)
                .containsExactly(CancellationRequestStatus.REJECTED, CancellationRequestStatus.REQUESTED);
        assertThat(requests.get(1)).isEqualTo(again.related(CancellationRequest.class).get());
        assertThat(again.aggregate().parcelStatus()).isEqualTo(ParcelStatus.CANCELLING);
    }

    @Test
    void lists_page_through_one_status_in_id_order_and_only_for_the_tenant() {
        List<String> ids = List.of("b", "a", "d", "c", "e");
        for (String id : ids) {
            rescind.shipments().create(merchant(), FlowFixture.shipment(id)).get();
        }
        rescind.shipments().cancel(merchant(), new ShipmentId("c"), Option.none()).get();
        rescind.shipments().create(FlowFixture.merchant().withCorrelationId("other"), FlowFixture.shipment("f")).get();
        Rescind otherTenant = FlowFixture.rescind(store);
        otherTenant.shipments().create(dev.rescind.application.CommandContext.of(new TenantId("shop-2"), MERCHANT),
                FlowFixture.shipment("a0")).get();

        List<String> seen = new ArrayList<>();
        PageRequest page = PageRequest.first(2);
        while (true) {
            var items = store.shipments().list(TENANT, ShipmentStatus.PENDING, page);
            items.forEach(item -> seen.add(item.id().value()));
            if (items.size() < page.limit()) {
                break;
            }
            page = page.next(new dev.rescind.application.Cursor(items.get(items.size() - 1).id().value()));
        }

        assertThat(seen).containsExactly("a", "b", "d", "e", "f");
        assertThat(store.shipments().list(TENANT, ShipmentStatus.CANCELLED, PageRequest.firstPage()))
                .extracting(shipment -> shipment.id().value()).containsExactly("c");
    }

    @Test
    void find_all_returns_the_tenants_shipments_among_the_ids_and_ignores_the_rest() {
        for (int index = 0; index < 120; index++) {
            rescind.shipments().create(merchant(), FlowFixture.shipment("s-" + index)).get();
        }
        List<ShipmentId> asked = new ArrayList<>();
        for (int index = 0; index < 130; index += 2) {
            asked.add(new ShipmentId("s-" + index));
        }

        assertThat(store.shipments().findAll(TENANT, asked)).extracting(shipment -> shipment.id().value())
                .hasSize(60).allMatch(id -> Integer.parseInt(id.substring(2)) % 2 == 0);
        assertThat(store.shipments().findAll(new TenantId("shop-2"), asked)).isEmpty();
    }

    @Test
    void an_aggregates_history_is_in_version_order_and_hidden_from_other_tenants() {
        ShipmentId id = new ShipmentId("s-1");
        rescind.shipments().create(merchant(), FlowFixture.shipment("s-1")).get();
        rescind.shipments().cancel(merchant(), id, Option.some(new Reason("no longer needed"))).get();
        rescind.shipments().pickUp(FlowFixture.carrier(), id);

        List<EventEnvelope> history = store.events().history(TENANT, AggregateType.SHIPMENT, "s-1");

        assertThat(history).extracting(EventEnvelope::eventType)
                .containsExactly("ShipmentCreated", "ShipmentCancelled", "CarrierFactAfterCancellation");
        assertThat(history).extracting(event -> event.version().value()).containsExactly(1L, 2L, 3L);
        assertThat(history.get(2).actor()).isEqualTo(CARRIER);
        assertThat(store.events().history(new TenantId("shop-2"), AggregateType.SHIPMENT, "s-1")).isEmpty();
    }

    @Test
    void a_claim_hands_out_each_aggregates_unpublished_events_in_order_to_one_relay_at_a_time()
            throws InterruptedException {
        ShipmentId id = new ShipmentId("s-1");
        rescind.shipments().create(merchant(), FlowFixture.shipment("s-1")).get();
        rescind.shipments().cancel(merchant(), id, Option.none()).get();
        rescind.shipments().create(merchant(), FlowFixture.shipment("s-2")).get();
        EventLog log = store.events();
        Duration lease = Duration.ofSeconds(1);

        List<EventEnvelope> first = claim(log, "relay-a", 10, lease);
        List<EventEnvelope> meanwhile = claim(log, "relay-b", 10, lease);
        Thread.sleep(lease.toMillis() + 100);
        List<EventEnvelope> afterExpiry = claim(log, "relay-b", 10, lease);

        assertThat(first).extracting(event -> event.aggregateId() + "@" + event.version())
                .containsExactly("s-1@1", "s-1@2", "s-2@1");
        assertThat(meanwhile).isEmpty();
        assertThat(afterExpiry).extracting(EventEnvelope::eventId)
                .containsExactlyElementsOf(first.stream().map(EventEnvelope::eventId).toList());
        assertThat(log.unpublished()).isEqualTo(3);
    }

    @Test
    void a_later_event_waits_until_every_earlier_event_of_its_aggregate_is_published() {
        ShipmentId id = new ShipmentId("s-1");
        rescind.shipments().create(merchant(), FlowFixture.shipment("s-1")).get();
        EventLog log = store.events();
        Duration lease = Duration.ofSeconds(30);
        EventEnvelope created = claim(log, "relay-a", 10, lease).get(0);
        rescind.shipments().cancel(merchant(), id, Option.none()).get();
        rescind.shipments().create(merchant(), FlowFixture.shipment("s-2")).get();

        List<EventEnvelope> whileLeased = claim(log, "relay-b", 10, lease);
        log.markPublished("relay-a", List.of(created.eventId()));
        List<EventEnvelope> afterPublished = claim(log, "relay-b", 10, lease);

        assertThat(whileLeased).extracting(event -> event.aggregateId() + "@" + event.version())
                .containsExactly("s-2@1");
        assertThat(afterPublished).extracting(event -> event.aggregateId() + "@" + event.version())
                .containsExactly("s-1@2", "s-2@1");
        assertThat(log.unpublished()).isEqualTo(2);
    }

    @Test
    void a_released_event_can_be_claimed_by_another_relay_at_once_and_only_the_holder_can_release() {
        rescind.shipments().create(merchant(), FlowFixture.shipment("s-1")).get();
        EventLog log = store.events();
        Duration lease = Duration.ofMinutes(5);
        List<String> claimed = claim(log, "relay-a", 10, lease).stream().map(EventEnvelope::eventId).toList();

        log.release("relay-b", claimed);
        List<EventEnvelope> stillHeld = claim(log, "relay-b", 10, lease);
        log.release("relay-a", claimed);
        List<EventEnvelope> taken = claim(log, "relay-b", 10, lease);

        assertThat(stillHeld).isEmpty();
        assertThat(taken).extracting(EventEnvelope::eventId).containsExactlyElementsOf(claimed);
    }

    @Test
    void a_claim_takes_at_most_the_limit_and_published_events_are_never_claimed_again() {
        for (int index = 0; index < 5; index++) {
            rescind.shipments().create(merchant(), FlowFixture.shipment("s-" + index)).get();
        }
        EventLog log = store.events();
        Duration lease = Duration.ofSeconds(30);

        List<EventEnvelope> batch = claim(log, "relay-a", 3, lease);
        log.markPublished("relay-a", batch.stream().map(EventEnvelope::eventId).toList());
        List<EventEnvelope> rest = claim(log, "relay-a", 10, lease);

        assertThat(batch).hasSize(3);
        assertThat(rest).hasSize(2).extracting(EventEnvelope::eventId)
                .doesNotContainAnyElementsOf(batch.stream().map(EventEnvelope::eventId).toList());
        assertThat(log.unpublished()).isEqualTo(2);
    }

    @Test
    void completing_an_answer_keeps_the_key_the_fingerprint_and_the_time_of_the_first_answer() {
        Decision<Shipment> creation = Shipment.create(TENANT, MERCHANT, FlowFixture.shipment("s-1"), NOW).get();
        store.unitOfWork().commit(commitOf(creation, "key-1")).get();
        IdempotencyRecord first = store.idempotency().find(TENANT, new IdempotencyKey("key-1")).get();
        Applied<?> completed = first.answer().withEffects(List.of(EffectOutcome.failed(EffectOutcome.TAG_ORDER,
                "shop unreachable")));

        store.idempotency().completeAnswer(TENANT, new IdempotencyKey("key-1"), completed);
        store.idempotency().completeAnswer(TENANT, new IdempotencyKey("never-used"), completed);

        IdempotencyRecord after = store.idempotency().find(TENANT, new IdempotencyKey("key-1")).get();
        assertThat(after).isEqualTo(new IdempotencyRecord(TENANT, first.key(), first.fingerprint(), completed,
                first.createdAt()));
        assertThat(store.idempotency().find(TENANT, new IdempotencyKey("never-used"))).isEmpty();
    }

    @Test
    void effect_outcomes_are_kept_per_aggregate_in_the_order_recorded() {
        EffectRecord failed = new EffectRecord(TENANT, AggregateType.RETURN, "r-1", new Version(3),
                EffectOutcome.failed(EffectOutcome.DELETE_DRAFT_ORDER, "timed out"), NOW);
        EffectRecord retried = new EffectRecord(TENANT, AggregateType.RETURN, "r-1", new Version(3),
                EffectOutcome.succeeded(EffectOutcome.DELETE_DRAFT_ORDER), NOW.plusSeconds(60));
        EffectRecord elsewhere = new EffectRecord(new TenantId("shop-2"), AggregateType.RETURN, "r-1",
                new Version(1), EffectOutcome.succeeded(EffectOutcome.TAG_ORDER), NOW);

        store.effects().record(failed);
        store.effects().record(elsewhere);
        store.effects().record(retried);

        assertThat(store.effects().forAggregate(TENANT, AggregateType.RETURN, "r-1")).containsExactly(failed, retried);
        assertThat(store.effects().forAggregate(TENANT, AggregateType.SHIPMENT, "r-1")).isEmpty();
    }

    private static Decision<Shipment> cancel(Shipment shipment, String reason) {
        return shipment.decide(MERCHANT, new ShipmentCommand.Cancel(Option.some(new Reason(reason))), NOW).get();
    }

    private static <A extends Aggregate> Either<Rejection, A> created(Either<Rejection, Applied<A>> applied) {
        return applied.map(Applied::aggregate);
    }

    private static List<EventEnvelope> claim(EventLog log, String relayId, int limit, Duration lease) {
        return log.claim(relayId, limit, lease).stream().map(EventLog.Claimed::event).toList();
    }
}
