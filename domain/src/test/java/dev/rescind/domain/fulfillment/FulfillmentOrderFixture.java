package dev.rescind.domain.fulfillment;

import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.ShortText;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Shopify's example fulfillment orders (seed 003): shop 548380009, order 450789469, one line of one unit,
 * assigned to the fulfillment service at location 24826418; brought into each state by the domain's own
 * commands.
 */
final class FulfillmentOrderFixture {

    static final TenantId SHOP = new TenantId("548380009");
    static final Actor MERCHANT = Actor.merchant("548380009");
    static final Reference SERVICE_ID = new Reference("shipwire-app");
    static final Actor SERVICE = Actor.fulfillmentService("shipwire-app");
    static final Instant CREATED_AT = OffsetDateTime.parse("2025-01-02T11:35:23-05:00").toInstant();
    static final Instant SUBMITTED_AT = CREATED_AT.plusSeconds(1);
    static final Instant ACCEPTED_AT = CREATED_AT.plusSeconds(2);
    static final Instant REQUESTED_AT = OffsetDateTime.parse("2025-01-02T11:35:24-05:00").toInstant();
    static final Instant ANSWERED_AT = OffsetDateTime.parse("2025-01-02T11:35:25-05:00").toInstant();
    static final CancellationRequestId REQUEST_ID = new CancellationRequestId("cr-1046000803");
    static final Option<Message> CHANGED_HIS_MIND = Option.some(new Message("The customer changed his mind."));

    private FulfillmentOrderFixture() {
    }

    static NewFulfillmentOrder details(String id, Option<Reference> service, int quantity, Option<Instant> fulfillAt) {
        Destination destination = new Destination(Option.some(new Reference("1042572135")), text("Chestnut Street 92"),
                text(""), text("Louisville"), Option.none(), text("United States"), text("bob.norman@mail.example.com"),
                text("Bob"), text("Norman"), text("+1(502)-459-2181"), text("Kentucky"), text("40202"));
        Origin origin = new Origin(Option.none(), Option.none(), Option.none(), text("DE"),
                Option.some(new Reference("24826418")), text("Apple Api Shipwire"), Option.none(), Option.none(),
                Option.none());
        FulfillmentLineItem line = FulfillmentLineItem.of(new Reference("1072503299"), new Reference("518995019"),
                Option.some(new Reference("49148385")), Option.some(new Reference("49148385")), quantity);
        return new NewFulfillmentOrder(new FulfillmentOrderId(id), new Reference("450789469"),
                new Reference("24826418"), service, Option.some(destination), Option.some(origin), List.of(line),
                fulfillAt, Option.none());
    }

    /** A service's order, as Shopify creates it: {@code OPEN/UNSUBMITTED}. */
    static FulfillmentOrder openUnsubmitted() {
        return created(details("1046000803", Option.some(SERVICE_ID), 1, Option.none()));
    }

    static FulfillmentOrder openSubmitted() {
        return apply(openUnsubmitted(), MERCHANT, new FulfillmentCommand.SubmitFulfillmentRequest(Option.none()),
                SUBMITTED_AT);
    }

    static FulfillmentOrder inProgressAccepted() {
        return apply(openSubmitted(), SERVICE, new FulfillmentCommand.AcceptFulfillmentRequest(Option.none()),
                ACCEPTED_AT);
    }

    /** An order awaiting the service's answer, with the request the same decision opened. */
    record Requested(FulfillmentOrder order, CancellationRequest request) {
    }

    static Requested cancellationRequested(FulfillmentOrder accepted, CancellationRequestId requestId, Instant now) {
        Decision<FulfillmentOrder> decision = accepted.decide(MERCHANT,
                        new FulfillmentCommand.SendCancellationRequest(requestId, CHANGED_HIS_MIND), now)
                .getOrElseThrow(rejection -> new AssertionError(rejection.message()));
        return new Requested(decision.aggregate(), decision.related(CancellationRequest.class).get());
    }

    static Requested cancellationRequested() {
        return cancellationRequested(inProgressAccepted(), REQUEST_ID, REQUESTED_AT);
    }

    static FulfillmentOrder cancellationRejected() {
        Requested requested = cancellationRequested();
        return requested.order().decide(SERVICE, new FulfillmentCommand.RejectCancellationRequest(Option.none()),
                        Option.some(requested.request()), ANSWERED_AT)
                .getOrElseThrow(rejection -> new AssertionError(rejection.message()))
                .aggregate();
    }

    /** A service's order whose {@code fulfill_at} lies ahead: {@code SCHEDULED}. */
    static FulfillmentOrder scheduled() {
        return created(details("1046000805", Option.some(SERVICE_ID), 1,
                Option.some(CREATED_AT.plusSeconds(86_400))));
    }

    static FulfillmentOrder onHold() {
        return apply(openUnsubmitted(), MERCHANT, new FulfillmentCommand.Hold(new Reference("hold-1"),
                HoldReason.INVENTORY_OUT_OF_STOCK, Option.none()), SUBMITTED_AT);
    }

    /** The service took the order and closed it unfinished: {@code INCOMPLETE}. */
    static FulfillmentOrder incomplete() {
        return apply(inProgressAccepted(), SERVICE, new FulfillmentCommand.CloseIncomplete(Option.none()),
                ACCEPTED_AT.plusSeconds(60));
    }

    /** An order the merchant fulfills itself, three units on its one line. */
    static FulfillmentOrder merchantManaged() {
        return created(details("1046000806", Option.none(), 3, Option.none()));
    }

    static FulfillmentOrder apply(FulfillmentOrder order, Actor actor, FulfillmentCommand command, Instant now) {
        return order.decide(actor, command, now)
                .getOrElseThrow(rejection -> new AssertionError(command + " refused: " + rejection.message()))
                .aggregate();
    }

    static FulfillmentOrder created(NewFulfillmentOrder details) {
        return FulfillmentOrder.create(SHOP, MERCHANT, details, CREATED_AT)
                .getOrElseThrow(rejection -> new AssertionError(rejection.message()))
                .aggregate();
    }

    private static Option<ShortText> text(String value) {
        return Option.some(new ShortText(value));
    }
}
