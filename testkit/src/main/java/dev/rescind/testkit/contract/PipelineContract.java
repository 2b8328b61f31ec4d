package dev.rescind.testkit.contract;

import static dev.rescind.testkit.contract.StoreFixture.CARRIER;
import static dev.rescind.testkit.contract.StoreFixture.MERCHANT;
import static dev.rescind.testkit.contract.StoreFixture.NOW;
import static dev.rescind.testkit.contract.StoreFixture.SERVICE;
import static dev.rescind.testkit.contract.StoreFixture.freshId;
import static dev.rescind.testkit.contract.StoreFixture.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rescind.application.Applied;
import dev.rescind.application.BatchItem;
import dev.rescind.application.CommandContext;
import dev.rescind.application.EffectOutcome;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.Page;
import dev.rescind.application.PageRequest;
import dev.rescind.application.Rescind;
import dev.rescind.application.ReturnService;
import dev.rescind.application.TimelineEntry;
import dev.rescind.application.port.EffectRecord;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.cancellation.CancellationRequestStatus;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.fulfillment.FulfillmentLine;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.FulfillmentState;
import dev.rescind.domain.fulfillment.HoldReason;
import dev.rescind.domain.returns.ExchangeCancellationReport;
import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.returns.RefundDetails;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnCommand;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.FieldError;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.NewAggregate;
import dev.rescind.domain.shared.PickupWindow;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Version;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentCommand;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The whole {@link Rescind} API on a store: every use case through the pipeline, idempotent replays, refused
 * key reuse, expected versions, tenant scoping and best-effort effects. Each test builds its own
 * {@link Rescind} over {@link #store()} with a fixed clock and gateways that record their calls. See
 * {@link StoreContract} for the hooks.
 */
public abstract class PipelineContract extends StoreContract {

    private final List<String> gatewayCalls = Collections.synchronizedList(new ArrayList<>());
    private final TenantId tenant = freshTenant();
    private final CommandContext merchant = CommandContext.of(tenant, MERCHANT);
    private final CommandContext carrier = CommandContext.of(tenant, CARRIER);
    private final CommandContext service = CommandContext.of(tenant, SERVICE);

    /**
     * Rescind over {@link #store()} at {@link StoreFixture#NOW}, with gateways that record every call.
     *
     * @return a new Rescind over the store under test
     */
    protected final Rescind rescind() {
        return Rescind.builder()
                .store(store())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .draftOrders((owner, draft) -> gatewayCalls.add("delete " + draft))
                .orderTags((owner, order, tag) -> gatewayCalls.add("tag " + order + " " + tag))
                .carrierCancellations((owner, id, carrierId, parcel, request) -> gatewayCalls.add(
                        "cancel label of " + id + " for " + request))
                .build();
    }

    @Test
    void a_partial_cancel_retried_with_its_key_cancels_once_and_asking_for_more_than_remains_changes_nothing() {
        Rescind rescind = rescind();
        ReturnId id = new ReturnId(freshId());
        ok(rescind.returns().create(merchant, StoreFixture.newReturn(id)));
        Reference item = new Reference("item-1");
        CommandContext keyed = merchant.withIdempotencyKey(freshId());

        Applied<Return> first = ok(rescind.returns().cancelItem(keyed, id, item, 1, Option.none()));
        Applied<Return> again = ok(rescind.returns().cancelItem(keyed, id, item, 1, Option.none()));
        Either<Rejection, Applied<Return>> tooMany = rescind.returns().cancelItem(merchant, id, item, 2,
                Option.none());

        assertThat(again.replayed()).isTrue();
        assertThat(again.aggregate()).isEqualTo(first.aggregate());
        assertThat(tooMany.getLeft()).isEqualTo(new Rejection.ExceedsRemainingQuantity(AggregateType.RETURN,
                id.value(), "item-1", 2, 1));
        Return stored = rescind.returns().get(tenant, id).get();
        assertThat(stored).isEqualTo(first.aggregate());
        assertThat(stored.items().get(0).cancelledQuantity()).isEqualTo(1);
        assertThat(rescind.returns().timeline(tenant, id).get()).hasSize(2);
    }

    @Test
    void updating_host_details_with_what_is_there_already_keeps_the_version_and_records_nothing() {
        Rescind rescind = rescind();
        ReturnId id = new ReturnId(freshId());
        ok(rescind.returns().create(merchant, StoreFixture.newReturn(id)));
        ReturnCommand.UpdateHostDetails refund = new ReturnCommand.UpdateHostDetails(Option.none(), Option.none(),
                Option.some(new RefundDetails(Option.some(StoreFixture.euros("10.00")), Option.none(), Option.none(),
                        true)), Option.none());

        Applied<Return> updated = ok(rescind.returns().updateHostDetails(merchant, id, refund));
        Applied<Return> same = ok(rescind.returns().updateHostDetails(merchant, id, refund));

        assertThat(updated.aggregate().version().value()).isEqualTo(2);
        assertThat(same.events()).isEmpty();
        assertThat(same.aggregate()).isEqualTo(updated.aggregate());
        assertThat(rescind.returns().get(tenant, id).get().refund()).isEqualTo(refund.refund().get());
        assertThat(rescind.returns().timeline(tenant, id).get()).hasSize(2);
    }

    @Test
    void a_shipment_is_created_scheduled_picked_up_and_completed_with_an_audit_trail() {
        Rescind rescind = rescind();
        ShipmentId id = new ShipmentId(freshId());
        PickupWindow window = PickupWindow.of(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1))
                .plus(Duration.ofHours(2)), "Europe/Amsterdam").get();

        assertThat(ok(rescind.shipments().create(merchant, StoreFixture.newShipment(id))).aggregate().status())
                .isEqualTo(ShipmentStatus.PENDING);
        assertThat(ok(rescind.shipments().schedule(merchant, id, window, Option.some(new Reference("pickup-7"))))
                .aggregate().pickupWindow()).containsExactly(window);
        ok(rescind.shipments().pickUp(carrier, id));
        Shipment completed = ok(rescind.shipments().complete(carrier, id)).aggregate();

        assertThat(completed.status()).isEqualTo(ShipmentStatus.COMPLETED);
        assertThat(completed.version()).isEqualTo(new Version(4));
        assertThat(rescind.shipments().get(tenant, id).get()).isEqualTo(completed);
        assertThat(rescind.shipments().list(tenant, ShipmentStatus.COMPLETED, PageRequest.firstPage()).get()
                .items()).containsExactly(completed);
        assertThat(rescind.shipments().timeline(tenant, id).get())
                .extracting(TimelineEntry::event, TimelineEntry::stateAfter, entry -> entry.actor().kind().name())
                .containsExactly(
                        tuple("ShipmentCreated", "PENDING", "API_KEY"),
                        tuple("ShipmentScheduled", "SCHEDULED", "API_KEY"),
                        tuple("ShipmentPickedUp", "IN_TRANSIT", "CARRIER"),
                        tuple("ShipmentCompleted", "COMPLETED", "CARRIER"));
    }

    @Test
    void a_cancelled_shipment_keeps_who_when_and_why_and_a_later_pickup_scan_is_refused_but_kept() {
        Rescind rescind = rescind();
        ShipmentId id = createShipment(rescind);
        Option<Reason> reason = Option.some(new Reason("Partner requested cancellation via API"));

        Shipment cancelled = ok(rescind.shipments().cancel(merchant, id, reason)).aggregate();
        Rejection again = rescind.shipments().cancel(merchant, id, reason).getLeft();
        Rejection scan = rescind.shipments().pickUp(carrier, id).getLeft();

        assertThat(cancelled.cancellation().get().cancelledBy()).isEqualTo(MERCHANT);
        assertThat(cancelled.cancellation().get().cancelledAt()).isEqualTo(NOW);
        assertThat(cancelled.cancellation().get().reason()).isEqualTo(reason);
        assertThat(again).isInstanceOf(Rejection.NotCancellable.class);
        assertThat(scan).isInstanceOf(Rejection.NotAllowedInState.class);
        Shipment afterScan = rescind.shipments().get(tenant, id).get();
        assertThat(afterScan.status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(afterScan.anomalies()).hasSize(1);
        assertThat(rescind.shipments().timeline(tenant, id).get()).extracting(TimelineEntry::event)
                .containsExactly("ShipmentCreated", "ShipmentCancelled", "CarrierFactAfterCancellation");
    }

    @Test
    void a_return_cancellation_is_requested_asked_upstream_and_confirmed_by_the_carrier() {
        Rescind rescind = rescind();
        ReturnId id = createReturn(rescind);
        ok(rescind.returns().announce(carrier, id));

        Applied<Return> requested = ok(rescind.returns().requestCancellation(merchant, id,
                Option.some(new Message("Customer changed their mind"))));
        CancellationRequest request = requested.related(CancellationRequest.class).get();
        Applied<Return> confirmed = ok(rescind.returns().confirmCancellation(carrier, id, Option.none()));
        Applied<Return> closed = ok(rescind.returns().close(merchant, id));

        assertThat(requested.aggregate().parcelStatus()).isEqualTo(ParcelStatus.CANCELLING);
        assertThat(request.status()).isEqualTo(CancellationRequestStatus.REQUESTED);
        assertThat(requested.effect(EffectOutcome.CARRIER_CANCELLATION).succeeded()).isTrue();
        assertThat(gatewayCalls).containsExactly("cancel label of " + id + " for " + request.id());
        assertThat(confirmed.aggregate().parcelStatus()).isEqualTo(ParcelStatus.CANCELLED);
        assertThat(rescind.cancellationRequests().get(tenant, request.id()).get().status())
                .isEqualTo(CancellationRequestStatus.ACCEPTED);
        assertThat(closed.aggregate().open()).isFalse();
        assertThat(rescind.cancellationRequests().forTarget(tenant, CancellationTarget.of(id)).get())
                .extracting(CancellationRequest::status).containsExactly(CancellationRequestStatus.ACCEPTED);
        assertThat(rescind.cancellationRequests().timeline(tenant, request.id()).get())
                .extracting(TimelineEntry::event).containsExactly("CancellationRequested", "CancellationAccepted");
    }

    @Test
    void a_declined_return_cancellation_restores_the_parcel_and_a_scan_while_cancelling_fails_it() {
        Rescind rescind = rescind();
        ReturnId id = createReturn(rescind);

        CancellationRequest first = ok(rescind.returns().requestCancellation(merchant, id, Option.none()))
                .related(CancellationRequest.class).get();
        Return declined = ok(rescind.returns().declineCancellation(carrier, id,
                Option.some(new Message("Label already printed")))).aggregate();
        ok(rescind.returns().announce(carrier, id));
        CancellationRequest second = ok(rescind.returns().requestCancellation(merchant, id, Option.none()))
                .related(CancellationRequest.class).get();
        Return scanned = ok(rescind.returns().recordScan(carrier, id)).aggregate();
        Return delivered = ok(rescind.returns().recordDelivery(carrier, id)).aggregate();

        assertThat(declined.parcelStatus()).isEqualTo(ParcelStatus.ANNOUNCING);
        assertThat(scanned.parcelStatus()).isEqualTo(ParcelStatus.IN_TRANSIT);
        assertThat(delivered.parcelStatus()).isEqualTo(ParcelStatus.DELIVERED);
        assertThat(rescind.cancellationRequests().forTarget(tenant, CancellationTarget.of(id)).get())
                .extracting(CancellationRequest::id, CancellationRequest::status)
                .containsExactly(tuple(first.id(), CancellationRequestStatus.REJECTED),
                        tuple(second.id(), CancellationRequestStatus.REJECTED));
        assertThat(rescind.returns().requestCancellation(merchant, id, Option.none()).getLeft())
                .isInstanceOf(Rejection.NotCancellable.class);
    }

    @Test
    void a_failed_announcement_can_be_closed_and_then_its_exchange_is_skipped_as_closed() {
        Rescind rescind = rescind();
        ReturnId id = createReturn(rescind);

        ok(rescind.returns().failAnnouncement(carrier, id, Option.some(new Message("Address unknown"))));
        ok(rescind.returns().close(merchant, id));
        Applied<Return> skipped = ok(rescind.returns().cancelExchange(merchant, id, Option.none()));

        assertThat(skipped.report(ExchangeCancellationReport.class).get().skipReason())
                .containsExactly(ExchangeCancellationReport.SkipReason.RETURN_ALREADY_CLOSED);
        assertThat(skipped.events()).isEmpty();
        assertThat(skipped.aggregate().parcelStatus()).isEqualTo(ParcelStatus.ANNOUNCEMENT_FAILED);
        assertThat(gatewayCalls).isEmpty();
    }

    @Test
    void cancelling_an_exchange_refunds_it_runs_its_effects_and_a_second_call_is_skipped() {
        Rescind rescind = rescind();
        ReturnId id = createReturn(rescind);

        Applied<Return> updated = ok(rescind.returns().cancelExchange(merchant, id,
                Option.some(new Reason("customer_request"))));
        Applied<Return> second = ok(rescind.returns().cancelExchange(merchant, id, Option.none()));

        ExchangeCancellationReport report = updated.report(ExchangeCancellationReport.class).get();
        assertThat(report.action()).isEqualTo(ExchangeCancellationReport.ExchangeCancellationAction.UPDATED);
        assertThat(report.exchangeArticlesUpdated()).isEqualTo(1);
        assertThat(report.exchangeItemsUpdated()).isEqualTo(2);
        assertThat(report.unevenExchangeArticlesCleared()).isEqualTo(1);
        assertThat(updated.aggregate().hasExchange()).isFalse();
        assertThat(updated.effect(EffectOutcome.DELETE_DRAFT_ORDER).succeeded()).isTrue();
        assertThat(updated.effect(EffectOutcome.TAG_ORDER).succeeded()).isTrue();
        assertThat(gatewayCalls).containsExactlyInAnyOrder("delete draft-1",
                "tag order-1 " + ReturnService.EXCHANGE_CANCELLED_TAG);
        assertThat(store().effects().forAggregate(tenant, AggregateType.RETURN, id.value()))
                .extracting(EffectRecord::outcome).containsExactlyInAnyOrderElementsOf(updated.effects());
        assertThat(second.report(ExchangeCancellationReport.class).get().skipReason())
                .containsExactly(ExchangeCancellationReport.SkipReason.NO_CHANGES_REQUIRED);
        assertThat(second.aggregate().version()).isEqualTo(updated.aggregate().version());
        assertThat(second.effects()).isEmpty();
    }

    @Test
    void a_fulfillment_request_is_accepted_and_its_cancellation_request_rejected_then_accepted() {
        Rescind rescind = rescind();
        FulfillmentOrderId id = createOrder(rescind);

        ok(rescind.fulfillmentOrders().submitFulfillmentRequest(merchant, id, Option.none()));
        ok(rescind.fulfillmentOrders().acceptFulfillmentRequest(service, id, Option.none()));
        Rejection directCancel = rescind.fulfillmentOrders().cancel(merchant, id).getLeft();
        Applied<FulfillmentOrder> sent = ok(rescind.fulfillmentOrders().sendCancellationRequest(merchant, id,
                Option.some(new Message("The customer cancelled"))));
        Rejection notTheService = rescind.fulfillmentOrders().acceptCancellationRequest(merchant, id,
                Option.none()).getLeft();
        Applied<FulfillmentOrder> rejected = ok(rescind.fulfillmentOrders().rejectCancellationRequest(service, id,
                Option.some(new Message("Already packed"))));
        ok(rescind.fulfillmentOrders().sendCancellationRequest(merchant, id, Option.none()));
        Applied<FulfillmentOrder> accepted = ok(rescind.fulfillmentOrders().acceptCancellationRequest(service, id,
                Option.none()));

        assertThat(directCancel).isInstanceOf(Rejection.NotCancellable.class);
        assertThat(sent.aggregate().state()).isEqualTo(FulfillmentState.IN_PROGRESS_CANCELLATION_REQUESTED);
        assertThat(sent.related(CancellationRequest.class).get().isOpen()).isTrue();
        assertThat(notTheService).isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejected.aggregate().state()).isEqualTo(FulfillmentState.IN_PROGRESS_CANCELLATION_REJECTED);
        assertThat(accepted.aggregate().state()).isEqualTo(FulfillmentState.CANCELLED_CANCELLATION_ACCEPTED);
        assertThat(rescind.cancellationRequests().forTarget(tenant, CancellationTarget.of(id)).get())
                .extracting(CancellationRequest::status)
                .containsExactly(CancellationRequestStatus.REJECTED, CancellationRequestStatus.ACCEPTED);
        assertThat(rescind.cancellationRequests().list(tenant, CancellationRequestStatus.ACCEPTED,
                PageRequest.firstPage()).get().items()).containsExactly(accepted.related(CancellationRequest.class)
                .get());
    }

    @Test
    void a_rejected_fulfillment_request_is_cancelled_directly_into_a_replacement_order() {
        Rescind rescind = rescind();
        FulfillmentOrderId id = createOrder(rescind);
        ok(rescind.fulfillmentOrders().submitFulfillmentRequest(merchant, id, Option.none()));
        ok(rescind.fulfillmentOrders().rejectFulfillmentRequest(service, id, Option.some(new Message("No stock"))));

        Applied<FulfillmentOrder> cancelled = ok(rescind.fulfillmentOrders().cancel(merchant, id));

        FulfillmentOrder replacement = cancelled.related(FulfillmentOrder.class).get();
        assertThat(cancelled.aggregate().state()).isEqualTo(FulfillmentState.CLOSED_REJECTED);
        assertThat(cancelled.aggregate().lineItems()).isEmpty();
        assertThat(replacement.state()).isEqualTo(FulfillmentState.OPEN_UNSUBMITTED);
        assertThat(replacement.fulfillableQuantity()).isEqualTo(3);
        assertThat(rescind.fulfillmentOrders().get(tenant, replacement.id()).get()).isEqualTo(replacement);
    }

    @Test
    void holds_schedules_fulfillments_and_closing_incomplete_work_through_the_api() {
        Rescind rescind = rescind();
        FulfillmentOrderId id = createOrder(rescind);

        FulfillmentOrder heldOnce = ok(rescind.fulfillmentOrders().hold(merchant, id,
                HoldReason.INVENTORY_OUT_OF_STOCK, Option.none())).aggregate();
        FulfillmentOrder held = ok(rescind.fulfillmentOrders().hold(merchant, id, HoldReason.AWAITING_PAYMENT,
                Option.some(new Reason("card declined")))).aggregate();
        FulfillmentOrder stillHeld = ok(rescind.fulfillmentOrders().releaseHolds(merchant, id,
                List.of(heldOnce.holds().get(0).id()))).aggregate();
        ok(rescind.fulfillmentOrders().releaseAllHolds(merchant, id));
        FulfillmentOrder scheduled = ok(rescind.fulfillmentOrders().reschedule(merchant, id,
                NOW.plus(Duration.ofDays(2)))).aggregate();
        ok(rescind.fulfillmentOrders().markAsOpen(merchant, id));
        ok(rescind.fulfillmentOrders().submitFulfillmentRequest(merchant, id, Option.none()));
        ok(rescind.fulfillmentOrders().acceptFulfillmentRequest(service, id, Option.none()));
        FulfillmentOrder shipped = ok(rescind.fulfillmentOrders().createFulfillment(service, id,
                List.of(new FulfillmentLine(new Reference("line-1"), 1)))).aggregate();
        FulfillmentOrder incomplete = ok(rescind.fulfillmentOrders().closeIncomplete(service, id, Option.none()))
                .aggregate();

        assertThat(held.holds()).hasSize(2);
        assertThat(stillHeld.state()).isEqualTo(FulfillmentState.ON_HOLD_UNSUBMITTED);
        assertThat(stillHeld.holds()).containsExactly(held.holds().get(1));
        assertThat(scheduled.state()).isEqualTo(FulfillmentState.SCHEDULED_UNSUBMITTED);
        assertThat(shipped.fulfillableQuantity()).isEqualTo(2);
        assertThat(incomplete.state()).isEqualTo(FulfillmentState.INCOMPLETE_CLOSED);
        assertThat(rescind.fulfillmentOrders().timeline(tenant, id).get()).hasSize(11)
                .extracting(entry -> entry.version().value())
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
    }

    @Test
    void shipping_every_remaining_unit_closes_the_order() {
        Rescind rescind = rescind();
        FulfillmentOrderId id = createOrder(rescind);
        ok(rescind.fulfillmentOrders().submitFulfillmentRequest(merchant, id, Option.none()));
        ok(rescind.fulfillmentOrders().acceptFulfillmentRequest(service, id, Option.none()));

        FulfillmentOrder closed = ok(rescind.fulfillmentOrders().createFulfillment(service, id, List.of()))
                .aggregate();

        assertThat(closed.state()).isEqualTo(FulfillmentState.CLOSED_ACCEPTED);
        assertThat(closed.fulfillableQuantity()).isZero();
    }

    @Test
    void a_retried_command_replays_the_first_answer_with_its_effects_and_applies_once() {
        Rescind rescind = rescind();
        ReturnId id = createReturn(rescind);
        CommandContext keyed = merchant.withIdempotencyKey(freshId());

        Applied<Return> first = ok(rescind.returns().requestCancellation(keyed, id, Option.none()));
        Applied<Return> retry = ok(rescind.returns().requestCancellation(keyed, id, Option.none()));

        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.aggregate()).isEqualTo(first.aggregate());
        assertThat(retry.related()).isEqualTo(first.related());
        assertThat(retry.events()).isEqualTo(first.events());
        assertThat(retry.effects()).isEqualTo(first.effects()).isNotEmpty();
        assertThat(gatewayCalls).hasSize(1);
        assertThat(history(AggregateType.RETURN, id.value())).hasSize(2);
        assertThat(rescind.cancellationRequests().forTarget(tenant, CancellationTarget.of(id)).get()).hasSize(1);
    }

    @Test
    void a_refused_scan_retried_with_its_key_replays_the_refusal_and_keeps_the_fact_once() {
        Rescind rescind = rescind();
        ShipmentId id = createShipment(rescind);
        ok(rescind.shipments().cancel(merchant, id, Option.none()));
        int scans = 100;
        List<Rejection> answers = new ArrayList<>();

        for (int scan = 0; scan < scans; scan++) {
            CommandContext keyed = carrier.withIdempotencyKey("scan-" + scan + "-" + freshId());
            for (int send = 0; send < 3; send++) {
                answers.add(rescind.shipments().pickUp(keyed, id).getLeft());
            }
        }

        assertThat(answers).hasSize(3 * scans)
                .allSatisfy(answer -> assertThat(answer).isInstanceOf(Rejection.NotAllowedInState.class)
                        .isEqualTo(answers.get(0)));
        assertThat(rescind.shipments().get(tenant, id).get().anomalies()).hasSize(scans);
        assertThat(history(AggregateType.SHIPMENT, id.value())).extracting(EventEnvelope::eventType)
                .filteredOn("CarrierFactAfterCancellation"::equals).hasSize(scans);
    }

    @Test
    void an_idempotency_key_used_for_another_command_is_refused_and_nothing_changes() {
        Rescind rescind = rescind();
        ShipmentId first = createShipment(rescind);
        ShipmentId second = createShipment(rescind);
        CommandContext keyed = merchant.withIdempotencyKey(freshId());
        ok(rescind.shipments().cancel(keyed, first, Option.none()));

        Rejection reused = rescind.shipments().cancel(keyed, second, Option.none()).getLeft();
        Rejection otherReason = rescind.shipments().cancel(keyed, first,
                Option.some(new Reason("another reason"))).getLeft();

        assertThat(reused).isEqualTo(new Rejection.IdempotencyKeyReused(keyed.idempotencyKey().get().value()));
        assertThat(otherReason).isInstanceOf(Rejection.IdempotencyKeyReused.class);
        assertThat(rescind.shipments().get(tenant, second).get().status()).isEqualTo(ShipmentStatus.PENDING);
        assertThat(history(AggregateType.SHIPMENT, second.value())).hasSize(1);
    }

    @Test
    void an_idempotency_key_of_another_tenant_is_another_key() {
        Rescind rescind = rescind();
        ShipmentId mine = createShipment(rescind);
        TenantId otherTenant = freshTenant();
        ShipmentId theirs = new ShipmentId(freshId());
        ok(rescind.shipments().create(CommandContext.of(otherTenant, MERCHANT), StoreFixture.newShipment(theirs)));
        String key = freshId();

        ok(rescind.shipments().cancel(merchant.withIdempotencyKey(key), mine, Option.none()));
        Applied<Shipment> theirCancel = ok(rescind.shipments().cancel(
                CommandContext.of(otherTenant, MERCHANT).withIdempotencyKey(key), theirs, Option.none()));

        assertThat(theirCancel.replayed()).isFalse();
        assertThat(theirCancel.aggregate().status()).isEqualTo(ShipmentStatus.CANCELLED);
    }

    @Test
    void an_expected_version_that_is_not_the_stored_one_is_a_concurrent_modification_and_changes_nothing() {
        Rescind rescind = rescind();
        ShipmentId id = createShipment(rescind);
        ok(rescind.shipments().schedule(merchant, id, window(), Option.none()));

        Rejection stale = rescind.shipments().cancel(merchant.expectingVersion(Version.FIRST), id, Option.none())
                .getLeft();
        Applied<Shipment> current = ok(rescind.shipments().cancel(merchant.expectingVersion(new Version(2)), id,
                Option.none()));

        assertThat(stale).isEqualTo(new Rejection.ConcurrentModification(AggregateType.SHIPMENT, id.value(),
                Version.FIRST, new Version(2)));
        assertThat(current.aggregate().version()).isEqualTo(new Version(3));
        assertThat(history(AggregateType.SHIPMENT, id.value())).hasSize(3);
    }

    @Test
    void every_command_and_query_of_another_tenant_is_not_found_and_changes_nothing() {
        Rescind rescind = rescind();
        ShipmentId shipment = createShipment(rescind);
        ReturnId aReturn = createReturn(rescind);
        FulfillmentOrderId order = createOrder(rescind);
        CancellationRequest request = ok(rescind.returns().requestCancellation(merchant, aReturn, Option.none()))
                .related(CancellationRequest.class).get();
        TenantId stranger = freshTenant();
        CommandContext strangerMerchant = CommandContext.of(stranger, MERCHANT);

        List<Either<Rejection, ?>> answers = List.of(
                rescind.shipments().get(stranger, shipment),
                rescind.shipments().timeline(stranger, shipment),
                rescind.shipments().cancel(strangerMerchant, shipment, Option.none()),
                rescind.returns().get(stranger, aReturn),
                rescind.returns().confirmCancellation(CommandContext.of(stranger, CARRIER), aReturn, Option.none()),
                rescind.returns().cancelExchange(strangerMerchant, aReturn, Option.none()),
                rescind.fulfillmentOrders().get(stranger, order),
                rescind.fulfillmentOrders().hold(strangerMerchant, order, HoldReason.OTHER, Option.none()),
                rescind.cancellationRequests().get(stranger, request.id()),
                rescind.cancellationRequests().timeline(stranger, request.id()));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.getLeft()).isInstanceOf(Rejection.NotFound.class));
        assertThat(rescind.cancellationRequests().forTarget(stranger, request.target()).get()).isEmpty();
        assertThat(rescind.shipments().list(stranger, ShipmentStatus.PENDING, PageRequest.firstPage()).get().items())
                .isEmpty();
        assertThat(history(AggregateType.SHIPMENT, shipment.value())).hasSize(1);
        assertThat(history(AggregateType.RETURN, aReturn.value())).hasSize(2);
        assertThat(history(AggregateType.FULFILLMENT_ORDER, order.value())).hasSize(1);
    }

    @Test
    void creating_an_id_that_exists_is_invalid_input_and_keeps_the_first() {
        Rescind rescind = rescind();
        ShipmentId id = createShipment(rescind);

        Rejection duplicate = rescind.shipments().create(merchant, StoreFixture.newShipment(id)).getLeft();

        assertThat(duplicate).isInstanceOf(Rejection.InvalidInput.class);
        assertThat(((Rejection.InvalidInput) duplicate).errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("id", "already_exists"));
        assertThat(history(AggregateType.SHIPMENT, id.value())).hasSize(1);
    }

    @Test
    void missing_arguments_are_invalid_input_naming_each_field() {
        Rescind rescind = rescind();

        Rejection missing = rescind.shipments().cancel(null, null, null).getLeft();

        assertThat(((Rejection.InvalidInput) missing).errors()).extracting(FieldError::path)
                .containsExactly("context", "shipmentId", "reason");
    }

    @Test
    void lists_are_paged_by_cursor_until_the_last_page() {
        Rescind rescind = rescind();
        List<Shipment> created = new ArrayList<>();
        for (int index = 0; index < 5; index++) {
            created.add(rescind.shipments().get(tenant, createShipment(rescind)).get());
        }

        List<Shipment> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        Page<Shipment> page;
        do {
            page = rescind.shipments().list(tenant, ShipmentStatus.PENDING, request).get();
            seen.addAll(page.items());
            request = page.next().map(request::next).getOrElse(request);
        } while (page.next().isDefined());

        assertThat(seen).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
    }

    @Test
    void gateways_that_fail_or_hang_never_undo_the_transition_and_the_answer_says_what_happened() {
        CountDownLatch hanging = new CountDownLatch(1);
        try {
            Rescind rescind = Rescind.builder()
                    .store(store())
                    .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                    // Long enough that the throwing gateway's answer is never taken for a timeout on a busy machine.
                    .effectTimeout(Duration.ofMillis(250))
                    .draftOrders((owner, draft) -> {
                        throw new IllegalStateException("draft order service down");
                    })
                    .orderTags((owner, order, tag) -> awaitQuietly(hanging))
                    .build();
            ReturnId id = createReturn(rescind);

            Applied<Return> updated = ok(rescind.returns().cancelExchange(merchant, id, Option.none()));

            assertThat(hanging.getCount()).as("the answer came while the gateway still hung").isEqualTo(1);
            assertThat(updated.effect(EffectOutcome.DELETE_DRAFT_ORDER)).isEqualTo(EffectOutcome.failed(
                    EffectOutcome.DELETE_DRAFT_ORDER, "draft order service down"));
            assertThat(updated.effect(EffectOutcome.TAG_ORDER)).isEqualTo(EffectOutcome.pending(
                    EffectOutcome.TAG_ORDER));
            assertThat(rescind.returns().get(tenant, id).get()).isEqualTo(updated.aggregate());
            assertThat(updated.aggregate().hasExchange()).isFalse();
            assertThat(store().effects().forAggregate(tenant, AggregateType.RETURN, id.value()))
                    .extracting(EffectRecord::outcome).containsExactlyInAnyOrderElementsOf(updated.effects());
        } finally {
            hanging.countDown();
        }
    }

    /**
     * A gateway stuck in a call that no interrupt ends (a socket read without a timeout): the first calls hold
     * every effect thread for good, and later effects find none free before their timeout. An unbounded pool
     * would start a thread per call.
     */
    @Test
    void a_thousand_hanging_gateway_calls_hold_no_more_threads_than_the_bound_and_answer_pending()
            throws Exception {
        int bound = 4;
        CountDownLatch release = new CountDownLatch(1);
        Set<Thread> gatewayThreads = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(32);
        try {
            Rescind rescind = Rescind.builder().store(store()).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .effectThreads(bound).effectTimeout(Duration.ofMillis(20))
                    .carrierCancellations((owner, id, carrierId, parcel, request) -> {
                        calls.incrementAndGet();
                        gatewayThreads.add(Thread.currentThread());
                        awaitIgnoringInterrupts(release);
                    })
                    .build();
            long outstandingBefore = rescind.effectOutbox().outstanding();
            List<ReturnId> ids = inParallel(callers, 1000, index -> createReturn(rescind));

            List<EffectOutcome> outcomes = inParallel(callers, ids.size(), index -> ok(rescind.returns()
                    .requestCancellation(merchant, ids.get(index), Option.none()))
                    .effect(EffectOutcome.CARRIER_CANCELLATION));

            assertThat(gatewayThreads).hasSize(bound);
            assertThat(calls).hasValue(bound);
            // The calls that started hang; the rest found no thread in time. All wait in the outbox for a runner.
            assertThat(outcomes).hasSize(ids.size()).allSatisfy(outcome -> assertThat(outcome)
                    .isEqualTo(EffectOutcome.pending(EffectOutcome.CARRIER_CANCELLATION)));
            assertThat(rescind.effectOutbox().outstanding() - outstandingBefore).isEqualTo(ids.size());
            assertThat(ids).allSatisfy(id -> assertThat(rescind.returns().get(tenant, id).get().parcelStatus())
                    .isEqualTo(ParcelStatus.CANCELLING));
        } finally {
            release.countDown();
            callers.shutdownNow();
        }
    }

    @Test
    void a_gateway_call_past_the_timeout_is_interrupted_and_its_thread_serves_the_next_effect()
            throws InterruptedException {
        int bound = 2;
        int commands = 20;
        CountDownLatch never = new CountDownLatch(1);
        Set<Thread> gatewayThreads = ConcurrentHashMap.newKeySet();
        AtomicInteger interrupted = new AtomicInteger();
        Rescind rescind = Rescind.builder().store(store()).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .effectThreads(bound).effectTimeout(Duration.ofMillis(50))
                .carrierCancellations((owner, id, carrierId, parcel, request) -> {
                    gatewayThreads.add(Thread.currentThread());
                    try {
                        never.await();
                    } catch (InterruptedException stopped) {
                        interrupted.incrementAndGet();
                    }
                })
                .build();
        List<EffectOutcome> outcomes = new ArrayList<>();

        for (int command = 0; command < commands; command++) {
            outcomes.add(ok(rescind.returns().requestCancellation(merchant, createReturn(rescind), Option.none()))
                    .effect(EffectOutcome.CARRIER_CANCELLATION));
        }

        assertThat(outcomes).hasSize(commands).allSatisfy(outcome -> assertThat(outcome.pending()).isTrue());
        assertThat(gatewayThreads).hasSizeLessThanOrEqualTo(bound);
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (interrupted.get() < commands && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(interrupted).hasValue(commands);
    }

    @Test
    void without_gateways_effects_are_not_attempted_and_the_transition_commits() {
        Rescind rescind = Rescind.builder().store(store()).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        ReturnId id = createReturn(rescind);

        Applied<Return> requested = ok(rescind.returns().requestCancellation(merchant, id, Option.none()));
        Applied<Return> exchange = ok(rescind.returns().cancelExchange(merchant, id, Option.none()));

        assertThat(requested.effect(EffectOutcome.CARRIER_CANCELLATION).attempted()).isFalse();
        assertThat(exchange.effect(EffectOutcome.DELETE_DRAFT_ORDER).attempted()).isFalse();
        assertThat(rescind.returns().get(tenant, id).get()).isEqualTo(exchange.aggregate());
    }

    @Test
    void the_outbox_relay_publishes_committed_events_in_per_aggregate_order() {
        Rescind rescind = Rescind.builder().store(emptyStore()).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        ShipmentId id = new ShipmentId(freshId());
        ok(rescind.shipments().create(merchant, StoreFixture.newShipment(id)));
        ok(rescind.shipments().cancel(merchant, id, Option.none()));
        List<EventEnvelope> published = new ArrayList<>();

        int count = rescind.outboxRelay(published::add, "relay-1", 10, Duration.ofMinutes(1)).drain(5);

        assertThat(count).isEqualTo(2);
        assertThat(published).extracting(EventEnvelope::eventType)
                .containsExactly("ShipmentCreated", "ShipmentCancelled");
    }

    @Test
    void a_batch_cancels_each_cancellable_shipment_once_and_answers_each_like_a_single_cancel() {
        Rescind rescind = rescind();
        ShipmentId pending = createShipment(rescind);
        ShipmentId scheduled = createShipment(rescind);
        ok(rescind.shipments().schedule(merchant, scheduled, window(), Option.none()));
        ShipmentId pickedUp = createShipment(rescind);
        ok(rescind.shipments().schedule(merchant, pickedUp, window(), Option.none()));
        ok(rescind.shipments().pickUp(carrier, pickedUp));
        ShipmentId unknown = new ShipmentId(freshId());
        ShipmentId othersShipment = new ShipmentId(freshId());
        ok(rescind.shipments().create(CommandContext.of(freshTenant(), MERCHANT),
                StoreFixture.newShipment(othersShipment)));
        Option<Reason> reason = Option.some(new Reason("Carrier outage"));

        List<BatchItem<Shipment>> items = rescind.shipments().cancelAll(merchant,
                List.of(pending, scheduled, pickedUp, unknown, othersShipment), reason).get();

        assertThat(items).extracting(BatchItem::id).containsExactly(pending.value(), scheduled.value(),
                pickedUp.value(), unknown.value(), othersShipment.value());
        assertThat(items.get(0).outcome().get().aggregate().status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(items.get(1).outcome().get().aggregate().cancellation().get().reason()).isEqualTo(reason);
        assertThat(items.get(2).outcome().getLeft()).isInstanceOf(Rejection.NotCancellable.class);
        assertThat(items.get(3).outcome().getLeft()).isEqualTo(new Rejection.NotFound(AggregateType.SHIPMENT,
                unknown.value()));
        assertThat(items.get(4).outcome().getLeft()).isEqualTo(new Rejection.NotFound(AggregateType.SHIPMENT,
                othersShipment.value()));
        assertThat(history(AggregateType.SHIPMENT, scheduled.value())).extracting(EventEnvelope::eventType)
                .containsExactly("ShipmentCreated", "ShipmentScheduled", "ShipmentCancelled");
        assertThat(rescind.shipments().cancelAll(merchant, List.of(pending, scheduled), reason).get())
                .allSatisfy(item -> assertThat(item.outcome().getLeft()).isInstanceOf(Rejection.NotCancellable.class));
    }

    @Test
    void a_batch_refuses_duplicates_empty_lists_and_idempotency_keys_before_touching_anything() {
        Rescind rescind = rescind();
        ShipmentId id = createShipment(rescind);

        assertThat(rescind.shipments().cancelAll(merchant, List.of(id, id), Option.none()).getLeft())
                .isEqualTo(Rejection.InvalidInput.of("shipmentIds[1]", "duplicate", "must appear once"));
        assertThat(rescind.shipments().cancelAll(merchant, List.of(), Option.none()).getLeft())
                .isInstanceOf(Rejection.InvalidInput.class);
        assertThat(rescind.shipments().cancelAll(merchant.withIdempotencyKey("batch-1"), List.of(id),
                Option.none()).getLeft()).isEqualTo(Rejection.InvalidInput.of("idempotencyKey", "not_supported",
                "is not supported for a batch"));
        assertThat(rescind.shipments().get(tenant, id).get().version()).isEqualTo(Version.FIRST);
    }

    @Test
    void any_aggregate_is_created_commanded_and_traced_through_the_generic_entry_as_through_its_service() {
        Rescind rescind = rescind();
        ShipmentId id = new ShipmentId(freshId());

        Applied<?> created = rescind.create(merchant, StoreFixture.newShipment(id)).get();
        Applied<?> cancelled = rescind.execute(merchant, id, new ShipmentCommand.Cancel(Option.none())).get();

        assertThat(created.aggregate()).isInstanceOf(Shipment.class);
        assertThat(cancelled.aggregate()).isEqualTo(rescind.shipments().get(tenant, id).get());
        assertThat(((Shipment) cancelled.aggregate()).status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(rescind.timeline(tenant, id).get()).isEqualTo(rescind.shipments().timeline(tenant, id).get());
        assertThat(rescind.timeline(freshTenant(), id).getLeft())
                .isEqualTo(new Rejection.NotFound(AggregateType.SHIPMENT, id.value()));
    }

    @Test
    void a_command_or_details_of_another_aggregate_are_invalid_input_and_change_nothing() {
        Rescind rescind = rescind();
        ShipmentId id = createShipment(rescind);
        CancellationRequest request = ok(rescind.returns().requestCancellation(merchant, createReturn(rescind),
                Option.none())).related(CancellationRequest.class).get();

        assertThat(rescind.execute(merchant, id, new ReturnCommand.Close()).getLeft())
                .isEqualTo(Rejection.InvalidInput.of("command", "not_applicable", "is not for a shipment"));
        assertThat(rescind.execute(merchant, request.id(), new ReturnCommand.Close()).getLeft())
                .isEqualTo(Rejection.InvalidInput.of("command", "not_applicable", "is not for a cancellation request"));
        assertThat(rescind.create(merchant, (NewAggregate) () -> new ShipmentId(freshId())).getLeft())
                .isEqualTo(Rejection.InvalidInput.of("details", "not_applicable", "is not for a shipment"));
        assertThat(rescind.execute(merchant, id, null).getLeft())
                .isEqualTo(Rejection.InvalidInput.of("command", "required", "is required"));
        assertThat(rescind.shipments().get(tenant, id).get().version()).isEqualTo(Version.FIRST);
        assertThat(rescind.cancellationRequests().get(tenant, request.id()).get()).isEqualTo(request);
    }

    @Test
    void a_command_record_that_opens_a_request_is_replayed_under_its_key_whatever_request_id_a_retry_names() {
        Rescind rescind = rescind();
        ReturnId id = createReturn(rescind);
        CommandContext keyed = merchant.withIdempotencyKey(freshId());
        CancellationRequestId first = new CancellationRequestId(freshId());

        Applied<?> requested = rescind.execute(keyed, id, new ReturnCommand.RequestCancellation(first,
                Option.none())).get();
        Applied<?> retried = rescind.execute(keyed, id, new ReturnCommand.RequestCancellation(
                new CancellationRequestId(freshId()), Option.none())).get();

        assertThat(requested.related(CancellationRequest.class).map(CancellationRequest::id)).containsExactly(first);
        assertThat(requested.effect(EffectOutcome.CARRIER_CANCELLATION).succeeded()).isTrue();
        assertThat(retried.replayed()).isTrue();
        assertThat(retried.related(CancellationRequest.class).map(CancellationRequest::id)).containsExactly(first);
        assertThat(gatewayCalls).containsExactly("cancel label of " + id + " for " + first);
        assertThat(rescind.cancellationRequests().forTarget(tenant, CancellationTarget.of(id)).get())
                .extracting(CancellationRequest::id).containsExactly(first);
    }

    @Test
    void one_deadline_is_set_on_several_fulfillment_orders_in_one_commit_each_as_alone() {
        Rescind rescind = rescind();
        FulfillmentOrderId open = createOrder(rescind);
        FulfillmentOrderId held = createOrder(rescind);
        ok(rescind.fulfillmentOrders().hold(merchant, held, HoldReason.OTHER, Option.none()));
        FulfillmentOrderId closed = createOrder(rescind);
        ok(rescind.fulfillmentOrders().cancel(merchant, closed));
        FulfillmentOrderId unknown = new FulfillmentOrderId(freshId());
        Instant deadline = NOW.plus(Duration.ofDays(3));

        List<BatchItem<FulfillmentOrder>> items = rescind.fulfillmentOrders().setFulfillmentOrdersDeadline(merchant,
                List.of(open, held, closed, unknown), deadline).get();

        assertThat(items).extracting(BatchItem::id).containsExactly(open.value(), held.value(), closed.value(),
                unknown.value());
        assertThat(items.get(0).outcome().get().aggregate().fulfillBy()).contains(deadline);
        assertThat(items.get(1).outcome().get().aggregate().state()).isEqualTo(FulfillmentState.ON_HOLD_UNSUBMITTED);
        assertThat(items.get(2).outcome().getLeft()).isInstanceOf(Rejection.NotAllowedInState.class);
        assertThat(items.get(3).outcome().getLeft()).isEqualTo(new Rejection.NotFound(
                AggregateType.FULFILLMENT_ORDER, unknown.value()));
        assertThat(rescind.fulfillmentOrders().get(tenant, held).get().fulfillBy()).contains(deadline);
        assertThat(history(AggregateType.FULFILLMENT_ORDER, open.value())).extracting(EventEnvelope::eventType)
                .containsExactly("FulfillmentOrderCreated", "FulfillByChanged");
        assertThat(rescind.fulfillmentOrders().setFulfillmentOrdersDeadline(merchant, List.of(open, open), deadline)
                .getLeft()).isEqualTo(Rejection.InvalidInput.of("fulfillmentOrderIds[1]", "duplicate",
                "must appear once"));
    }

    private ShipmentId createShipment(Rescind rescind) {
        ShipmentId id = new ShipmentId(freshId());
        ok(rescind.shipments().create(merchant, StoreFixture.newShipment(id)));
        return id;
    }

    private ReturnId createReturn(Rescind rescind) {
        ReturnId id = new ReturnId(freshId());
        ok(rescind.returns().create(merchant, StoreFixture.newReturn(id)));
        return id;
    }

    private FulfillmentOrderId createOrder(Rescind rescind) {
        FulfillmentOrderId id = new FulfillmentOrderId(freshId());
        ok(rescind.fulfillmentOrders().create(merchant, StoreFixture.newFulfillmentOrder(id)));
        return id;
    }

    private List<EventEnvelope> history(AggregateType type, String id) {
        return store().events().history(tenant, type, id);
    }

    private static PickupWindow window() {
        return PickupWindow.of(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)),
                "UTC").get();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A gateway call that only the end of the test ends. */
    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        boolean done = false;
        while (!done) {
            try {
                done = latch.await(1, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                // deliberately not restored: this call does not stop when asked
            }
        }
    }

    /** {@code count} results of {@code task}, computed on {@code threads}, in index order. */
    private static <T> List<T> inParallel(ExecutorService threads, int count, IntFunction<T> task)
            throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            int current = index;
            futures.add(threads.submit(() -> task.apply(current)));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(2, TimeUnit.MINUTES));
        }
        return results;
    }

    /** The accepted answer; a rejection fails the test with its message. */
    static <A extends Aggregate> Applied<A> ok(Either<Rejection, Applied<A>> answer) {
        assertThat(answer.isRight()).as("refused: %s", answer.fold(Rejection::message, applied -> "")).isTrue();
        return answer.get();
    }
}
