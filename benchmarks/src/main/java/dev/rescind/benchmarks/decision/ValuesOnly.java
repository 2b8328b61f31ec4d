package dev.rescind.benchmarks.decision;

import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestEvent;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.cancellation.CancellationRequestStatus;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.cancellation.Responder;
import dev.rescind.domain.cancellation.Response;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent;
import dev.rescind.domain.fulfillment.FulfillmentState;
import dev.rescind.domain.fulfillment.MerchantRequest;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.Change;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Version;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;

/**
 * Not an implementation of the machine: only the values one of Rescind's decisions returns, built through
 * their public constructors (which validate them) with no table, no authorisation and no guard. What this
 * costs, any decision that answers with new immutable versions and their events costs at least.
 */
final class ValuesOnly {

    private ValuesOnly() {
    }

    static Decision<FulfillmentOrder> sent(FulfillmentOrder order, CancellationRequestId requestId,
            Option<Message> message, Actor actor, Instant now) {
        MerchantRequest asked = new MerchantRequest(MerchantRequest.Kind.CANCELLATION_REQUEST, message, now);
        FulfillmentOrder requested = version(order, FulfillmentState.IN_PROGRESS_CANCELLATION_REQUESTED,
                append(order.merchantRequests(), asked), Option.some(requestId), now);
        Responder service = new Responder(ActorKind.FULFILLMENT_SERVICE, order.assignedService().map(Reference::value));
        CancellationTarget target = CancellationTarget.of(order.id());
        CancellationRequest request = new CancellationRequest(requestId, order.tenant(),
                Version.FIRST, target, service, actor, message, now,
                CancellationRequestStatus.REQUESTED, Option.none(), now);
        return new Decision<>(requested, List.of(
                new Change(requested, new FulfillmentOrderEvent.CancellationRequestSent(requestId, message), actor,
                        now),
                new Change(request, new CancellationRequestEvent.CancellationRequested(target, service, message),
                        actor, now)));
    }

    static Decision<FulfillmentOrder> answered(FulfillmentOrder order, CancellationRequest request, boolean accept,
            Option<Message> message, Actor actor, Instant now) {
        CancellationRequest answered = new CancellationRequest(request.id(), request.tenant(),
                request.version().next(), request.target(), request.responder(), request.requestedBy(),
                request.message(), request.requestedAt(),
                accept ? CancellationRequestStatus.ACCEPTED : CancellationRequestStatus.REJECTED,
                Option.some(new Response(actor, message, now)), now);
        FulfillmentOrder next = version(order, accept ? FulfillmentState.CANCELLED_CANCELLATION_ACCEPTED
                : FulfillmentState.IN_PROGRESS_CANCELLATION_REJECTED, order.merchantRequests(), Option.none(), now);
        return new Decision<>(next, List.of(
                new Change(next, accept
                        ? new FulfillmentOrderEvent.CancellationRequestAccepted(request.id(), message)
                        : new FulfillmentOrderEvent.CancellationRequestRejected(request.id(), message), actor, now),
                new Change(answered, accept
                        ? new CancellationRequestEvent.CancellationAccepted(message)
                        : new CancellationRequestEvent.CancellationRejected(message), actor, now)));
    }

    private static FulfillmentOrder version(FulfillmentOrder order, FulfillmentState state,
            List<MerchantRequest> merchantRequests, Option<CancellationRequestId> openRequest, Instant now) {
        return new FulfillmentOrder(order.id(), order.tenant(), order.version().next(), state, order.orderId(),
                order.assignedLocationId(), order.assignedService(), order.destination(), order.origin(),
                order.lineItems(), order.fulfillAt(), order.fulfillBy(), order.holds(), merchantRequests,
                openRequest, order.replaces(), order.createdAt(), now);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> append(List<T> list, T element) {
        Object[] longer = list.toArray(new Object[list.size() + 1]);
        longer[list.size()] = element;
        return (List<T>) List.of(longer);
    }
}
