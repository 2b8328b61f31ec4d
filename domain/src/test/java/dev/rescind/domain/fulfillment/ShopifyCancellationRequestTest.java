package dev.rescind.domain.fulfillment;

import static dev.rescind.domain.fulfillment.FulfillmentOrderFixture.ANSWERED_AT;
import static dev.rescind.domain.fulfillment.FulfillmentOrderFixture.CHANGED_HIS_MIND;
import static dev.rescind.domain.fulfillment.FulfillmentOrderFixture.MERCHANT;
import static dev.rescind.domain.fulfillment.FulfillmentOrderFixture.REQUESTED_AT;
import static dev.rescind.domain.fulfillment.FulfillmentOrderFixture.REQUEST_ID;
import static dev.rescind.domain.fulfillment.FulfillmentOrderFixture.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.cancellation.CancellationRequestStatus;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.cancellation.Responder;
import dev.rescind.domain.cancellation.Response;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.CancellationRequestAccepted;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.CancellationRequestRejected;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.CancellationRequestSent;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.FulfillmentOrderCancelled;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.FulfillmentOrderCreated;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Change;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.Version;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shopify's CancellationRequest resource (seed 003): the merchant sends a cancellation request for a
 * fulfillment order its fulfillment service has accepted; the service accepts or rejects it. Also the
 * {@code supported_actions} DESIGN.md §3.3 lists and Shopify's direct cancel before acceptance.
 */
class ShopifyCancellationRequestTest {

    private static final Option<Message> NOT_STARTED = Option.some(new Message("We had not started any processing yet."));
    private static final Option<Message> ALREADY_SENT = Option.some(new Message("We have already sent the shipment out."));

    @Test
    void sending_a_cancellation_request_asks_the_assigned_service_and_awaits_its_answer() {
        FulfillmentOrder accepted = FulfillmentOrderFixture.inProgressAccepted();
        assertThat(accepted.state()).isEqualTo(FulfillmentState.IN_PROGRESS_ACCEPTED);

        Decision<FulfillmentOrder> decision = accepted.decide(MERCHANT,
                new FulfillmentCommand.SendCancellationRequest(REQUEST_ID, CHANGED_HIS_MIND), REQUESTED_AT).get();

        FulfillmentOrder requested = decision.aggregate();
        assertThat(requested.status().wireName()).isEqualTo("in_progress");
        assertThat(requested.requestStatus().wireName()).isEqualTo("cancellation_requested");
        assertThat(requested.supportedActions()).extracting(SupportedAction::wireName)
                .containsExactly("create_fulfillment", "cancel_fulfillment_order");
        assertThat(requested.merchantRequests()).last().isEqualTo(
                new MerchantRequest(MerchantRequest.Kind.CANCELLATION_REQUEST, CHANGED_HIS_MIND, REQUESTED_AT));
        assertThat(requested.openCancellationRequest()).contains(REQUEST_ID);
        assertThat(requested.lineItems()).extracting(FulfillmentLineItem::quantity,
                FulfillmentLineItem::fulfillableQuantity).containsExactly(tuple(1, 1));
        assertThat(requested.version()).isEqualTo(accepted.version().next());

        CancellationRequest request = decision.related(CancellationRequest.class).get();
        assertThat(request.status()).isEqualTo(CancellationRequestStatus.REQUESTED);
        assertThat(request.target()).isEqualTo(new CancellationTarget(AggregateType.FULFILLMENT_ORDER, "1046000803"));
        assertThat(request.responder()).isEqualTo(new Responder(ActorKind.FULFILLMENT_SERVICE, Option.some("shipwire-app")));
        assertThat(request.message()).isEqualTo(CHANGED_HIS_MIND);
        assertThat(request.requestedBy()).isEqualTo(MERCHANT);
        assertThat(decision.event()).contains(new CancellationRequestSent(REQUEST_ID, CHANGED_HIS_MIND));
    }

    @Test
    void the_assigned_service_accepting_cancels_the_order() {
        FulfillmentOrderFixture.Requested requested = FulfillmentOrderFixture.cancellationRequested();

        Decision<FulfillmentOrder> decision = requested.order().decide(SERVICE,
                new FulfillmentCommand.AcceptCancellationRequest(NOT_STARTED), Option.some(requested.request()),
                ANSWERED_AT).get();

        FulfillmentOrder cancelled = decision.aggregate();
        assertThat(cancelled.status().wireName()).isEqualTo("cancelled");
        assertThat(cancelled.requestStatus().wireName()).isEqualTo("cancellation_accepted");
        assertThat(cancelled.openCancellationRequest()).isEmpty();
        assertThat(cancelled.lineItems()).extracting(FulfillmentLineItem::fulfillableQuantity).containsExactly(1);

        CancellationRequest accepted = decision.related(CancellationRequest.class).get();
        assertThat(accepted.status()).isEqualTo(CancellationRequestStatus.ACCEPTED);
        assertThat(accepted.response()).contains(new Response(SERVICE, NOT_STARTED, ANSWERED_AT));
        assertThat(decision.event()).contains(new CancellationRequestAccepted(REQUEST_ID, NOT_STARTED));
    }

    @Test
    void a_cancelled_order_hands_its_units_back_to_be_requested_again_or_held() {
        // Shopify's answers since 2025-01 list [request_fulfillment, create_fulfillment, hold] on a cancelled
        // order; Rescind offers the two it performs (docs/adr/0020-supported-actions-of-shopifys-current-generation.md).
        FulfillmentOrderFixture.Requested requested = FulfillmentOrderFixture.cancellationRequested();

        FulfillmentOrder cancelled = requested.order().decide(SERVICE,
                new FulfillmentCommand.AcceptCancellationRequest(NOT_STARTED), Option.some(requested.request()),
                ANSWERED_AT).get().aggregate();

        assertThat(cancelled.supportedActions())
                .containsExactly(SupportedAction.REQUEST_FULFILLMENT, SupportedAction.HOLD);
        FulfillmentOrder requestedAgain = cancelled.decide(MERCHANT,
                new FulfillmentCommand.SubmitFulfillmentRequest(Option.none()), ANSWERED_AT).get().aggregate();
        assertThat(requestedAgain.state()).isEqualTo(FulfillmentState.OPEN_SUBMITTED);
    }

    @Test
    void the_assigned_service_rejecting_keeps_the_order_in_progress() {
        FulfillmentOrderFixture.Requested requested = FulfillmentOrderFixture.cancellationRequested();

        Decision<FulfillmentOrder> decision = requested.order().decide(SERVICE,
                new FulfillmentCommand.RejectCancellationRequest(ALREADY_SENT), Option.some(requested.request()),
                ANSWERED_AT).get();

        FulfillmentOrder rejected = decision.aggregate();
        assertThat(rejected.status().wireName()).isEqualTo("in_progress");
        assertThat(rejected.requestStatus().wireName()).isEqualTo("cancellation_rejected");
        assertThat(rejected.supportedActions()).containsExactly(SupportedAction.CREATE_FULFILLMENT);
        assertThat(rejected.openCancellationRequest()).isEmpty();

        CancellationRequest request = decision.related(CancellationRequest.class).get();
        assertThat(request.status()).isEqualTo(CancellationRequestStatus.REJECTED);
        assertThat(request.response()).contains(new Response(SERVICE, ALREADY_SENT, ANSWERED_AT));
        assertThat(decision.event()).contains(new CancellationRequestRejected(REQUEST_ID, ALREADY_SENT));
    }

    @Test
    void after_a_rejection_the_merchant_may_send_another_request() {
        FulfillmentOrder rejected = FulfillmentOrderFixture.cancellationRejected();
        CancellationRequestId second = new CancellationRequestId("cr-1046000803-2");

        FulfillmentOrderFixture.Requested again = FulfillmentOrderFixture.cancellationRequested(rejected, second,
                ANSWERED_AT.plusSeconds(60));

        assertThat(again.order().state()).isEqualTo(FulfillmentState.IN_PROGRESS_CANCELLATION_REQUESTED);
        assertThat(again.order().openCancellationRequest()).contains(second);
        assertThat(again.order().merchantRequests()).extracting(MerchantRequest::kind).containsExactly(
                MerchantRequest.Kind.FULFILLMENT_REQUEST, MerchantRequest.Kind.CANCELLATION_REQUEST,
                MerchantRequest.Kind.CANCELLATION_REQUEST);
        assertThat(again.request().id()).isEqualTo(second);
        assertThat(again.request().version()).isEqualTo(Version.FIRST);
    }

    @Test
    void the_merchant_may_not_accept_or_reject_its_own_request() {
        FulfillmentOrderFixture.Requested requested = FulfillmentOrderFixture.cancellationRequested();

        assertThat(answer(requested, MERCHANT, new FulfillmentCommand.AcceptCancellationRequest(Option.none())).getLeft())
                .isEqualTo(new Rejection.Forbidden(MERCHANT, "accept cancellation request",
                        "only fulfillment service may accept cancellation request"));
        assertThat(answer(requested, MERCHANT, new FulfillmentCommand.RejectCancellationRequest(Option.none())).getLeft())
                .isEqualTo(new Rejection.Forbidden(MERCHANT, "reject cancellation request",
                        "only fulfillment service may reject cancellation request"));
    }

    @Test
    void another_fulfillment_service_may_not_accept_or_reject() {
        FulfillmentOrderFixture.Requested requested = FulfillmentOrderFixture.cancellationRequested();
        Actor otherService = Actor.fulfillmentService("other-warehouse");

        assertThat(answer(requested, otherService, new FulfillmentCommand.AcceptCancellationRequest(Option.none()))
                .getLeft()).isEqualTo(new Rejection.Forbidden(otherService, "accept cancellation request",
                "only the assigned fulfillment service shipwire-app may accept cancellation request"));
        assertThat(answer(requested, otherService, new FulfillmentCommand.RejectCancellationRequest(Option.none()))
                .getLeft()).isInstanceOf(Rejection.Forbidden.class);
    }

    private static Either<Rejection, Decision<FulfillmentOrder>> answer(FulfillmentOrderFixture.Requested requested,
            Actor actor, FulfillmentCommand answer) {
        return requested.order().decide(actor, answer, Option.some(requested.request()), ANSWERED_AT);
    }

    @Test
    void a_services_new_order_offers_request_fulfillment_and_hold() {
        assertThat(FulfillmentOrderFixture.openUnsubmitted().supportedActions())
                .containsExactly(SupportedAction.REQUEST_FULFILLMENT, SupportedAction.HOLD);
    }

    @Test
    void a_submitted_order_offers_cancel_fulfillment_order() {
        assertThat(FulfillmentOrderFixture.openSubmitted().supportedActions())
                .containsExactly(SupportedAction.CANCEL_FULFILLMENT_ORDER);
    }

    @Test
    void a_scheduled_order_offers_mark_as_open() {
        FulfillmentOrder scheduled = FulfillmentOrderFixture.scheduled();

        assertThat(scheduled.state()).isEqualTo(FulfillmentState.SCHEDULED_UNSUBMITTED);
        assertThat(scheduled.supportedActions()).containsExactly(SupportedAction.MARK_AS_OPEN);
    }

    @Test
    void an_order_on_hold_offers_release_hold_and_another_hold() {
        FulfillmentOrder onHold = FulfillmentOrderFixture.onHold();

        assertThat(onHold.state()).isEqualTo(FulfillmentState.ON_HOLD_UNSUBMITTED);
        assertThat(onHold.supportedActions()).extracting(SupportedAction::wireName)
                .containsExactly("release_hold", "hold");
    }

    @Test
    void an_incomplete_order_offers_request_fulfillment_and_hold() {
        FulfillmentOrder incomplete = FulfillmentOrderFixture.incomplete();

        assertThat(incomplete.state()).isEqualTo(FulfillmentState.INCOMPLETE_CLOSED);
        assertThat(incomplete.supportedActions()).extracting(SupportedAction::wireName)
                .containsExactly("request_fulfillment", "hold");
    }

    @Test
    void a_direct_cancel_of_a_submitted_order_closes_it_and_moves_its_units_to_a_replacement() {
        FulfillmentOrder submitted = FulfillmentOrderFixture.openSubmitted();
        FulfillmentOrderId replacementId = new FulfillmentOrderId("1046000807");

        Decision<FulfillmentOrder> decision = submitted.decide(MERCHANT, new FulfillmentCommand.Cancel(replacementId),
                REQUESTED_AT).get();

        FulfillmentOrder closed = decision.aggregate();
        assertThat(closed.state()).isEqualTo(FulfillmentState.CLOSED_SUBMITTED);
        assertThat(closed.requestStatus()).isEqualTo(submitted.requestStatus());
        assertThat(closed.lineItems()).isEmpty();

        FulfillmentOrder replacement = decision.related(FulfillmentOrder.class).get();
        assertThat(replacement.id()).isEqualTo(replacementId);
        assertThat(replacement.state()).isEqualTo(FulfillmentState.OPEN_UNSUBMITTED);
        assertThat(replacement.replaces()).contains(submitted.id());
        assertThat(replacement.assignedService()).isEqualTo(submitted.assignedService());
        assertThat(replacement.orderId()).isEqualTo(submitted.orderId());
        assertThat(replacement.lineItems()).isEqualTo(submitted.lineItems());
        assertThat(replacement.version()).isEqualTo(Version.FIRST);
        assertThat(decision.changes()).extracting(Change::event).satisfiesExactly(
                cancelled -> assertThat(cancelled).isEqualTo(new FulfillmentOrderCancelled(replacementId)),
                created -> assertThat(created).isInstanceOfSatisfying(FulfillmentOrderCreated.class,
                        event -> assertThat(event.replaces()).contains(submitted.id())));
    }

    @Test
    void a_replacement_takes_only_the_units_still_to_ship() {
        FulfillmentOrder partlyShipped = FulfillmentOrderFixture.apply(FulfillmentOrderFixture.merchantManaged(),
                MERCHANT, new FulfillmentCommand.CreateFulfillment(List.of(new FulfillmentLine(
                        new Reference("1072503299"), 1))), REQUESTED_AT);
        assertThat(partlyShipped.state()).isEqualTo(FulfillmentState.IN_PROGRESS_UNSUBMITTED);

        Decision<FulfillmentOrder> decision = partlyShipped.decide(MERCHANT,
                new FulfillmentCommand.Cancel(new FulfillmentOrderId("1046000808")), ANSWERED_AT).get();

        assertThat(decision.aggregate().state()).isEqualTo(FulfillmentState.CLOSED_UNSUBMITTED);
        assertThat(decision.aggregate().lineItems()).isEmpty();
        assertThat(decision.related(FulfillmentOrder.class).get().lineItems())
                .extracting(FulfillmentLineItem::id, FulfillmentLineItem::quantity,
                        FulfillmentLineItem::fulfillableQuantity)
                .containsExactly(tuple(new Reference("1072503299"), 2, 2));
    }

    @Test
    void a_direct_cancel_after_the_service_accepted_is_not_cancellable() {
        Either<Rejection, Decision<FulfillmentOrder>> result = FulfillmentOrderFixture.inProgressAccepted()
                .decide(MERCHANT, new FulfillmentCommand.Cancel(new FulfillmentOrderId("1046000809")), REQUESTED_AT);

        assertThat(result.getLeft()).isEqualTo(new Rejection.NotCancellable(AggregateType.FULFILLMENT_ORDER,
                "IN_PROGRESS/ACCEPTED", "cancel", ""));
        assertThat(result.getLeft().message()).isEqualTo(
                "Fulfillment order is not cancellable in state IN_PROGRESS/ACCEPTED.");
    }

    @Test
    void a_direct_cancel_while_a_cancellation_is_requested_is_not_cancellable() {
        Either<Rejection, Decision<FulfillmentOrder>> result = FulfillmentOrderFixture.cancellationRequested().order()
                .decide(MERCHANT, new FulfillmentCommand.Cancel(new FulfillmentOrderId("1046000809")), ANSWERED_AT);

        assertThat(result.getLeft()).isEqualTo(new Rejection.NotCancellable(AggregateType.FULFILLMENT_ORDER,
                "IN_PROGRESS/CANCELLATION_REQUESTED", "cancel", ""));
    }

    @Test
    void a_replacement_must_have_an_id_of_its_own() {
        FulfillmentOrder submitted = FulfillmentOrderFixture.openSubmitted();

        assertThat(submitted.decide(MERCHANT, new FulfillmentCommand.Cancel(submitted.id()), REQUESTED_AT).getLeft())
                .isInstanceOfSatisfying(Rejection.InvalidInput.class, invalid -> assertThat(invalid.errors())
                        .extracting(error -> error.path(), error -> error.code())
                        .containsExactly(tuple("replacementId", "same_as_order")));
    }

    @Test
    void a_cancellation_request_before_the_service_accepted_is_not_allowed() {
        Either<Rejection, Decision<FulfillmentOrder>> result = FulfillmentOrderFixture.openSubmitted().decide(MERCHANT,
                new FulfillmentCommand.SendCancellationRequest(REQUEST_ID, CHANGED_HIS_MIND), REQUESTED_AT);

        assertThat(result.getLeft()).isEqualTo(new Rejection.NotAllowedInState(AggregateType.FULFILLMENT_ORDER,
                "OPEN/SUBMITTED", "send cancellation request", ""));
    }
}
