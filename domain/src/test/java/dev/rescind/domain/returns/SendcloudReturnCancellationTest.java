package dev.rescind.domain.returns;

import static dev.rescind.domain.returns.ReturnFixture.CARRIER;
import static dev.rescind.domain.returns.ReturnFixture.MERCHANT;
import static dev.rescind.domain.returns.ReturnFixture.REQUESTED_AT;
import static dev.rescind.domain.returns.ReturnFixture.REQUEST_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestEvent.CancellationAccepted;
import dev.rescind.domain.cancellation.CancellationRequestEvent.CancellationRejected;
import dev.rescind.domain.cancellation.CancellationRequestEvent.CancellationRequested;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.cancellation.CancellationRequestStatus;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.cancellation.Responder;
import dev.rescind.domain.cancellation.Response;
import dev.rescind.domain.returns.ReturnEvent.ReturnCancellationDeclined;
import dev.rescind.domain.returns.ReturnEvent.ReturnCancellationOvertaken;
import dev.rescind.domain.returns.ReturnEvent.ReturnCancellationRequested;
import dev.rescind.domain.returns.ReturnEvent.ReturnCancelled;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Change;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.Version;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Sendcloud's {@code PATCH /returns/{id}/cancel} (seed 000) on the Return object of seed 001: the answer is
 * a cancellation <em>request</em> to the carrier; the outcome shows later in {@code parent_status}. A return
 * that is not cancellable is the 409 "Return is not cancellable.".
 */
class SendcloudReturnCancellationTest {

    private static final Instant ANSWERED_AT = REQUESTED_AT.plusSeconds(7200);
    private static final Option<Message> WHY = Option.some(new Message("Customer kept the item"));

    @Test
    void the_seed_return_is_cancellable_once_announced_by_a_carrier_that_supports_cancellation() {
        Return announced = ReturnFixture.announced();

        assertThat(announced.isCancellable()).isTrue();
        assertThat(announced.deliveryOption().wireName()).isEqualTo("drop_off_point");
        assertThat(announced.returnFee()).contains(ReturnFixture.euros("3.50"));
        assertThat(announced.labelCost()).contains(ReturnFixture.euros("6.95"));
        assertThat(announced.itemsValue()).isEqualTo(ReturnFixture.euros("48.95"));
    }

    @Test
    void a_return_still_being_announced_is_cancellable_too() {
        assertThat(ReturnFixture.announcing().isCancellable()).isTrue();
    }

    @Test
    void requesting_cancellation_moves_the_return_to_cancelling_and_opens_a_request_in_one_decision() {
        Return announced = ReturnFixture.announced();

        Decision<Return> decision = announced.decide(MERCHANT, new ReturnCommand.RequestCancellation(REQUEST_ID, WHY),
                REQUESTED_AT).get();

        Return cancelling = decision.aggregate();
        assertThat(cancelling.parcelStatus()).isEqualTo(ParcelStatus.CANCELLING);
        assertThat(cancelling.statusBeforeCancelling()).contains(ParcelStatus.ANNOUNCED);
        assertThat(cancelling.openCancellationRequest()).contains(REQUEST_ID);
        assertThat(cancelling.version()).isEqualTo(announced.version().next());
        assertThat(cancelling.isCancellable()).isFalse();

        CancellationRequest request = decision.related(CancellationRequest.class).get();
        CancellationTarget target = new CancellationTarget(AggregateType.RETURN, "1751075");
        Responder theCarrier = new Responder(ActorKind.CARRIER, Option.some("dhl"));
        assertThat(request.id()).isEqualTo(REQUEST_ID);
        assertThat(request.status()).isEqualTo(CancellationRequestStatus.REQUESTED);
        assertThat(request.target()).isEqualTo(target);
        assertThat(request.tenant()).isEqualTo(cancelling.tenant());
        assertThat(request.responder()).isEqualTo(theCarrier);
        assertThat(request.requestedBy()).isEqualTo(MERCHANT);
        assertThat(request.requestedAt()).isEqualTo(REQUESTED_AT);
        assertThat(request.message()).isEqualTo(WHY);
        assertThat(request.response()).isEmpty();
        assertThat(request.version()).isEqualTo(Version.FIRST);

        assertThat(decision.changes()).containsExactly(
                new Change(cancelling, new ReturnCancellationRequested(REQUEST_ID, WHY), MERCHANT, REQUESTED_AT),
                new Change(request, new CancellationRequested(target, theCarrier, WHY), MERCHANT, REQUESTED_AT));
    }

    @Test
    void a_customer_may_request_the_cancellation_of_their_return() {
        Actor customer = Actor.customer("jane.doe");

        Decision<Return> decision = ReturnFixture.announced()
                .decide(customer, new ReturnCommand.RequestCancellation(REQUEST_ID, Option.none()), REQUESTED_AT)
                .get();

        assertThat(decision.related(CancellationRequest.class).get().requestedBy()).isEqualTo(customer);
    }

    @Test
    void a_return_in_transit_is_not_cancellable() {
        Return inTransit = ReturnFixture.inTransit();

        assertThat(inTransit.isCancellable()).isFalse();
        assertNotCancellable(inTransit, new Rejection.NotCancellable(AggregateType.RETURN, "IN_TRANSIT",
                "request cancellation", ""));
    }

    @Test
    void a_return_whose_carrier_cannot_cancel_labels_is_not_cancellable() {
        Return announced = ReturnFixture.announcedWithACarrierThatCannotCancel();

        assertThat(announced.isCancellable()).isFalse();
        assertNotCancellable(announced, new Rejection.NotCancellable(AggregateType.RETURN, "ANNOUNCED",
                "request cancellation", "requires carrier supports upstream cancellation"));
    }

    @Test
    void a_return_already_cancelling_is_not_cancellable_again() {
        Return cancelling = ReturnFixture.cancelling().theReturn();

        assertThat(cancelling.isCancellable()).isFalse();
        assertNotCancellable(cancelling, new Rejection.NotCancellable(AggregateType.RETURN, "CANCELLING",
                "request cancellation", ""));
    }

    @Test
    void a_delivered_return_is_not_cancellable() {
        assertNotCancellable(ReturnFixture.delivered(), new Rejection.NotCancellable(AggregateType.RETURN, "DELIVERED",
                "request cancellation", ""));
    }

    private static void assertNotCancellable(Return aReturn, Rejection expected) {
        Either<Rejection, Decision<Return>> result = aReturn.decide(MERCHANT,
                new ReturnCommand.RequestCancellation(new CancellationRequestId("cancel-again"), Option.none()),
                REQUESTED_AT.plusSeconds(60));

        assertThat(result.getLeft()).isEqualTo(expected);
        assertThat(result.getLeft().code()).isEqualTo("not_cancellable");
        assertThat(result.getLeft().message()).startsWith("Return is not cancellable");
    }

    @Test
    void the_carriers_confirmation_cancels_the_return_and_accepts_the_request() {
        ReturnFixture.Cancelling cancelling = ReturnFixture.cancelling();
        Option<Message> label = Option.some(new Message("Label voided"));

        Decision<Return> decision = cancelling.theReturn().decide(CARRIER, new ReturnCommand.ConfirmCancellation(label),
                Option.some(cancelling.request()), ANSWERED_AT).get();

        Return cancelled = decision.aggregate();
        assertThat(cancelled.parcelStatus()).isEqualTo(ParcelStatus.CANCELLED);
        assertThat(cancelled.openCancellationRequest()).isEmpty();
        assertThat(cancelled.statusBeforeCancelling()).isEmpty();
        assertThat(cancelled.version()).isEqualTo(cancelling.theReturn().version().next());

        CancellationRequest accepted = decision.related(CancellationRequest.class).get();
        assertThat(accepted.status()).isEqualTo(CancellationRequestStatus.ACCEPTED);
        assertThat(accepted.response()).contains(new Response(CARRIER, label, ANSWERED_AT));
        assertThat(accepted.version()).isEqualTo(cancelling.request().version().next());
        assertThat(decision.changes()).extracting(Change::event).containsExactly(
                new ReturnCancelled(REQUEST_ID, label), new CancellationAccepted(label));
    }

    @Test
    void the_carriers_refusal_puts_the_return_back_and_rejects_the_request_keeping_the_carriers_reason() {
        ReturnFixture.Cancelling cancelling = ReturnFixture.cancelling();
        Option<Message> reason = Option.some(new Message("Parcel already in the network"));

        Decision<Return> decision = cancelling.theReturn().decide(CARRIER, new ReturnCommand.DeclineCancellation(reason),
                Option.some(cancelling.request()), ANSWERED_AT).get();

        Return restored = decision.aggregate();
        assertThat(restored.parcelStatus()).isEqualTo(ParcelStatus.ANNOUNCED);
        assertThat(restored.openCancellationRequest()).isEmpty();
        CancellationRequest rejected = decision.related(CancellationRequest.class).get();
        assertThat(rejected.status()).isEqualTo(CancellationRequestStatus.REJECTED);
        assertThat(rejected.response()).contains(new Response(CARRIER, reason, ANSWERED_AT));
        assertThat(decision.changes()).extracting(Change::event).containsExactly(
                new ReturnCancellationDeclined(REQUEST_ID, ParcelStatus.ANNOUNCED, reason),
                new CancellationRejected(reason));
    }

    @Test
    void a_refusal_restores_announcing_when_the_return_was_still_being_announced() {
        ReturnFixture.Cancelling cancelling = ReturnFixture.cancelling(ReturnFixture.announcing());

        Return restored = cancelling.theReturn().decide(CARRIER, new ReturnCommand.DeclineCancellation(Option.none()),
                Option.some(cancelling.request()), ANSWERED_AT).get().aggregate();

        assertThat(restored.parcelStatus()).isEqualTo(ParcelStatus.ANNOUNCING);
    }

    @Test
    void after_a_refusal_the_return_is_cancellable_again() {
        ReturnFixture.Cancelling cancelling = ReturnFixture.cancelling();

        Return restored = cancelling.theReturn().decide(CARRIER, new ReturnCommand.DeclineCancellation(Option.none()),
                Option.some(cancelling.request()), ANSWERED_AT).get().aggregate();

        assertThat(restored.isCancellable()).isTrue();
    }

    @Test
    void a_carrier_scan_while_cancelling_means_the_cancellation_failed() {
        ReturnFixture.Cancelling cancelling = ReturnFixture.cancelling();

        Decision<Return> decision = cancelling.theReturn().decide(CARRIER, new ReturnCommand.RecordScan(),
                Option.some(cancelling.request()), ANSWERED_AT).get();

        assertThat(decision.aggregate().parcelStatus()).isEqualTo(ParcelStatus.IN_TRANSIT);
        assertThat(decision.aggregate().openCancellationRequest()).isEmpty();
        CancellationRequest rejected = decision.related(CancellationRequest.class).get();
        assertThat(rejected.status()).isEqualTo(CancellationRequestStatus.REJECTED);
        assertThat(rejected.response().get().message().get().value())
                .isEqualTo("The carrier scanned the parcel before the cancellation took effect.");
        assertThat(decision.event()).contains(new ReturnCancellationOvertaken(REQUEST_ID, ParcelStatus.IN_TRANSIT));
    }

    @Test
    void a_delivery_while_cancelling_means_the_cancellation_failed() {
        ReturnFixture.Cancelling cancelling = ReturnFixture.cancelling();

        Decision<Return> decision = cancelling.theReturn().decide(CARRIER, new ReturnCommand.RecordDelivery(),
                Option.some(cancelling.request()), ANSWERED_AT).get();

        assertThat(decision.aggregate().parcelStatus()).isEqualTo(ParcelStatus.DELIVERED);
        assertThat(decision.aggregate().deliveredAt()).contains(ANSWERED_AT);
        assertThat(decision.related(CancellationRequest.class).get().status())
                .isEqualTo(CancellationRequestStatus.REJECTED);
        assertThat(decision.event()).contains(new ReturnCancellationOvertaken(REQUEST_ID, ParcelStatus.DELIVERED));
    }

    @Test
    void a_refused_announcement_while_cancelling_leaves_nothing_to_cancel() {
        ReturnFixture.Cancelling cancelling = ReturnFixture.cancelling(ReturnFixture.announcing());

        Decision<Return> decision = cancelling.theReturn().decide(CARRIER,
                new ReturnCommand.FailAnnouncement(Option.some(new Message("Unknown postcode"))),
                Option.some(cancelling.request()), ANSWERED_AT).get();

        assertThat(decision.aggregate().parcelStatus()).isEqualTo(ParcelStatus.ANNOUNCEMENT_FAILED);
        CancellationRequest accepted = decision.related(CancellationRequest.class).get();
        assertThat(accepted.status()).isEqualTo(CancellationRequestStatus.ACCEPTED);
        assertThat(accepted.response().get().message().get().value())
                .isEqualTo("The carrier refused the announcement, so there is no label left to cancel.");
    }

    @Test
    void an_announcement_while_cancelling_is_kept_and_a_later_refusal_returns_to_announced() {
        ReturnFixture.Cancelling cancelling = ReturnFixture.cancelling(ReturnFixture.announcing());

        Return announced = cancelling.theReturn().decide(CARRIER, new ReturnCommand.Announce(), ANSWERED_AT).get()
                .aggregate();
        Return restored = announced.decide(CARRIER, new ReturnCommand.DeclineCancellation(Option.none()),
                Option.some(cancelling.request()), ANSWERED_AT.plusSeconds(60)).get().aggregate();

        assertThat(announced.parcelStatus()).isEqualTo(ParcelStatus.CANCELLING);
        assertThat(announced.statusBeforeCancelling()).contains(ParcelStatus.ANNOUNCED);
        assertThat(restored.parcelStatus()).isEqualTo(ParcelStatus.ANNOUNCED);
    }

    @Test
    void another_carrier_may_not_answer_the_request() {
        ReturnFixture.Cancelling cancelling = ReturnFixture.cancelling();
        Actor otherCarrier = Actor.carrier("ups");

        Either<Rejection, Decision<Return>> result = cancelling.theReturn().decide(otherCarrier,
                new ReturnCommand.ConfirmCancellation(Option.none()), Option.some(cancelling.request()), ANSWERED_AT);

        assertThat(result.getLeft()).isEqualTo(new Rejection.Forbidden(otherCarrier, "answer a cancellation request",
                "only the assigned carrier:dhl may answer"));
    }

    @Test
    void the_merchant_may_not_answer_for_the_carrier() {
        ReturnFixture.Cancelling cancelling = ReturnFixture.cancelling();

        Either<Rejection, Decision<Return>> result = cancelling.theReturn().decide(MERCHANT,
                new ReturnCommand.ConfirmCancellation(Option.none()), Option.some(cancelling.request()), ANSWERED_AT);

        assertThat(result.getLeft()).isEqualTo(new Rejection.Forbidden(MERCHANT, "confirm cancellation",
                "only carrier may confirm cancellation"));
    }

    @Test
    void a_cancelled_return_takes_no_further_carrier_facts() {
        ReturnFixture.Cancelling cancelling = ReturnFixture.cancelling();
        Return cancelled = cancelling.theReturn().decide(CARRIER, new ReturnCommand.ConfirmCancellation(Option.none()),
                Option.some(cancelling.request()), ANSWERED_AT).get().aggregate();

        assertThat(cancelled.decide(CARRIER, new ReturnCommand.RecordScan(), ANSWERED_AT.plusSeconds(60)).getLeft())
                .isEqualTo(new Rejection.NotAllowedInState(AggregateType.RETURN, "CANCELLED", "record scan", ""));
    }
}
