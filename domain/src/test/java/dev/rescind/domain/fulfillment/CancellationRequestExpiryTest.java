package dev.rescind.domain.fulfillment;

import static dev.rescind.domain.fulfillment.FulfillmentOrderFixture.ANSWERED_AT;
import static dev.rescind.domain.fulfillment.FulfillmentOrderFixture.MERCHANT;
import static dev.rescind.domain.fulfillment.FulfillmentOrderFixture.REQUESTED_AT;
import static dev.rescind.domain.fulfillment.FulfillmentOrderFixture.REQUEST_ID;
import static dev.rescind.domain.fulfillment.FulfillmentOrderFixture.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.cancellation.CancellationRequestStatus;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.CancellationRequestExpired;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.FulfillmentOrderOverdue;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Rescind's extension to Shopify's cancellation request: a request sent with an answer-by time that nobody
 * answers expires, and the order goes back as after a rejection.
 */
class CancellationRequestExpiryTest {

    private static final Actor DEADLINES = Actor.system("rescind-deadlines");
    private static final Instant ANSWER_BY = REQUESTED_AT.plus(Duration.ofHours(48));

    @Test
    void an_expired_request_puts_the_order_back_as_a_rejection_with_the_reason_expired() {
        Decision<FulfillmentOrder> sent = send(Option.some(ANSWER_BY)).get();
        CancellationRequest open = (CancellationRequest) sent.changes().get(1).aggregate();

        Decision<FulfillmentOrder> expired = sent.aggregate().decide(DEADLINES,
                new FulfillmentCommand.ExpireCancellationRequest(REQUEST_ID), Option.some(open),
                ANSWER_BY.plusSeconds(1)).get();

        assertThat(expired.aggregate().state()).isEqualTo(FulfillmentState.IN_PROGRESS_CANCELLATION_REJECTED);
        assertThat(expired.aggregate().openCancellationRequest()).isEmpty();
        assertThat(expired.changes().get(0).event()).isEqualTo(new CancellationRequestExpired(REQUEST_ID, ANSWER_BY));
        CancellationRequest request = (CancellationRequest) expired.changes().get(1).aggregate();
        assertThat(request.status()).isEqualTo(CancellationRequestStatus.EXPIRED);
        assertThat(request.response().get().respondedBy()).isEqualTo(DEADLINES);
        assertThat(request.response().get().message()).contains(CancellationRequest.EXPIRED_REASON);
    }

    @Test
    void only_the_system_expires_a_request_and_never_one_that_is_not_the_open_one() {
        Decision<FulfillmentOrder> sent = send(Option.some(ANSWER_BY)).get();
        CancellationRequest open = (CancellationRequest) sent.changes().get(1).aggregate();
        FulfillmentOrder requested = sent.aggregate();

        assertThat(requested.decide(MERCHANT, new FulfillmentCommand.ExpireCancellationRequest(REQUEST_ID),
                Option.some(open), ANSWER_BY).getLeft()).isInstanceOf(Rejection.Forbidden.class);
        assertThat(requested.decide(SERVICE, new FulfillmentCommand.ExpireCancellationRequest(REQUEST_ID),
                Option.some(open), ANSWER_BY).getLeft()).isInstanceOf(Rejection.Forbidden.class);
        assertThat(requested.decide(DEADLINES, new FulfillmentCommand.ExpireCancellationRequest(
                new CancellationRequestId("cr-older")), Option.some(open), ANSWER_BY).getLeft())
                .isInstanceOf(Rejection.NotAllowedInState.class);
    }

    @Test
    void a_request_without_an_answer_by_time_never_expires() {
        Decision<FulfillmentOrder> sent = send(Option.none()).get();
        CancellationRequest open = (CancellationRequest) sent.changes().get(1).aggregate();

        Either<Rejection, Decision<FulfillmentOrder>> expired = sent.aggregate().decide(DEADLINES,
                new FulfillmentCommand.ExpireCancellationRequest(REQUEST_ID), Option.some(open), ANSWERED_AT);

        assertThat(expired.getLeft()).isInstanceOf(Rejection.NotAllowedInState.class);
        assertThat(open.escalate(DEADLINES, ANSWERED_AT).getLeft()).isInstanceOf(Rejection.NotAllowedInState.class);
    }

    @Test
    void an_answer_by_time_not_after_the_request_is_invalid_input() {
        Either<Rejection, Decision<FulfillmentOrder>> refused = send(Option.some(REQUESTED_AT));

        assertThat(refused.getLeft()).isEqualTo(Rejection.InvalidInput.of("answerBy", "not_in_the_future",
                "must be after the request opens"));
    }

    @Test
    void escalation_is_an_event_on_the_open_request_and_changes_no_state() {
        CancellationRequest open = (CancellationRequest) send(Option.some(ANSWER_BY)).get().changes().get(1)
                .aggregate();

        CancellationRequest escalated = (CancellationRequest) open.escalate(DEADLINES, ANSWER_BY).get().aggregate();

        assertThat(escalated.status()).isEqualTo(CancellationRequestStatus.REQUESTED);
        assertThat(escalated.version()).isEqualTo(open.version().next());
        assertThat(escalated.response()).isEmpty();
        assertThat(open.escalate(MERCHANT, ANSWER_BY).getLeft()).isInstanceOf(Rejection.Forbidden.class);
    }

    @Test
    void an_order_whose_fulfill_by_passed_with_work_left_is_marked_overdue_in_place() {
        Instant fulfillBy = FulfillmentOrderFixture.CREATED_AT.plus(Duration.ofDays(2));
        NewFulfillmentOrder base = FulfillmentOrderFixture.details("fo-late", Option.none(), 2, Option.none());
        FulfillmentOrder order = FulfillmentOrder.create(FulfillmentOrderFixture.SHOP, MERCHANT,
                new NewFulfillmentOrder(base.id(), base.orderId(), base.assignedLocationId(), base.assignedService(),
                        base.destination(), base.origin(), base.lineItems(), base.fulfillAt(),
                        Option.some(fulfillBy)), FulfillmentOrderFixture.CREATED_AT).get().aggregate();

        Decision<FulfillmentOrder> overdue = order.decide(DEADLINES, new FulfillmentCommand.MarkOverdue(fulfillBy),
                fulfillBy.plusSeconds(1)).get();
        FulfillmentOrder shipped = order.decide(MERCHANT, FulfillmentCommand.CreateFulfillment.everything(),
                fulfillBy).get().aggregate();

        assertThat(overdue.aggregate().state()).isEqualTo(order.state());
        assertThat(overdue.aggregate().version()).isEqualTo(order.version().next());
        assertThat(overdue.changes().get(0).event()).isEqualTo(new FulfillmentOrderOverdue(fulfillBy));
        assertThat(shipped.status()).isEqualTo(FulfillmentOrderStatus.CLOSED);
        assertThat(shipped.decide(DEADLINES, new FulfillmentCommand.MarkOverdue(fulfillBy), fulfillBy.plusSeconds(1))
                .getLeft()).as("fulfilled in time").isInstanceOf(Rejection.NotAllowedInState.class);
        assertThat(FulfillmentOrderFixture.inProgressAccepted().decide(DEADLINES, new FulfillmentCommand.MarkOverdue(fulfillBy),
                ANSWERED_AT).getLeft()).as("no fulfill-by date").isInstanceOf(Rejection.NotAllowedInState.class);
    }

    private static Either<Rejection, Decision<FulfillmentOrder>> send(Option<Instant> answerBy) {
        return FulfillmentOrderFixture.inProgressAccepted().decide(MERCHANT,
                new FulfillmentCommand.SendCancellationRequest(REQUEST_ID, Option.none(), answerBy), REQUESTED_AT);
    }
}
