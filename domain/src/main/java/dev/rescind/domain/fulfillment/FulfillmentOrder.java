package dev.rescind.domain.fulfillment;

import static dev.rescind.domain.fulfillment.FulfillmentTransitions.TABLE;

import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestCommandKind;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.cancellation.Responder;
import dev.rescind.domain.fulfillment.FulfillmentCommand.Cancel;
import dev.rescind.domain.fulfillment.FulfillmentCommand.CreateFulfillment;
import dev.rescind.domain.fulfillment.FulfillmentCommand.Hold;
import dev.rescind.domain.fulfillment.FulfillmentCommand.Reschedule;
import dev.rescind.domain.fulfillment.FulfillmentCommand.SendCancellationRequest;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.CancellationRequestAccepted;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.CancellationRequestExpired;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.CancellationRequestRejected;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.CancellationRequestSent;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.FulfillmentCreated;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.FulfillmentOrderCancelled;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.FulfillmentOrderClosedIncomplete;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.FulfillmentOrderCreated;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.FulfillmentOrderHeld;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.FulfillmentOrderOpened;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.FulfillmentOrderOverdue;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.FulfillmentOrderReleased;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.FulfillmentOrderRescheduled;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.FulfillmentRequestAccepted;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.FulfillmentRequestRejected;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent.FulfillmentRequestSubmitted;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Change;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Permissions;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Timestamps;
import dev.rescind.domain.shared.Version;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A group of line items fulfilled from one location, after Shopify's FulfillmentOrder.
 *
 * <p>Lifecycle of an order assigned to a fulfillment service: the merchant submits a fulfillment request
 * ({@code OPEN/SUBMITTED}); the service accepts ({@code IN_PROGRESS/ACCEPTED}) or rejects
 * ({@code OPEN/REJECTED}). Until the service accepts, the merchant may cancel directly: the order closes and a
 * replacement {@code OPEN/UNSUBMITTED} order takes the units still to ship. After acceptance the merchant can
 * only send a cancellation request ({@code IN_PROGRESS/CANCELLATION_REQUESTED}, a {@link CancellationRequest}
 * opens); the service accepts ({@code CANCELLED/CANCELLATION_ACCEPTED}) or rejects
 * ({@code IN_PROGRESS/CANCELLATION_REJECTED}, and the merchant may ask again). The service ships units until
 * none remain ({@code CLOSED}), or closes unfinished work ({@code INCOMPLETE/CLOSED}). Holds
 * ({@code ON_HOLD}, stacking, also on a submitted order) and scheduling ({@code SCHEDULED}, {@code fulfill_at}) apply before anything
 * is submitted; each hold has an id and is released by it, and the order opens again, at the request status
 * it was held at, when its last hold goes. An order without a service is fulfilled by the merchant itself.
 *
 * <p>Only the assigned fulfillment service answers requests and ships a service's order; anyone else is
 * {@link Rejection.Forbidden}. Invariants: {@code 0 ≤ fulfillable ≤ quantity} on every line;
 * {@code CANCELLATION_REQUESTED} only while {@code IN_PROGRESS}, and exactly then an open cancellation request
 * is referenced; {@code ON_HOLD} exactly while holds exist; {@code SCHEDULED} only with a {@code fulfill_at};
 * {@code CLOSED} is terminal. A service that accepted a cancellation hands the units back: the merchant may
 * request fulfillment again or hold them, as Shopify's answers since 2025-01 advertise.
 *
 * @param id                      {@code id}
 * @param tenant                  the shop, {@code shop_id}
 * @param version                 the version
 * @param state                   {@code status} and {@code request_status}
 * @param orderId                 {@code order_id}
 * @param assignedLocationId      {@code assigned_location_id}
 * @param assignedService         the fulfillment service the order is assigned to, if any
 * @param destination             {@code destination}, if known
 * @param origin                  {@code origin}, if known
 * @param lineItems               {@code line_items}
 * @param fulfillAt               {@code fulfill_at}, if set
 * @param fulfillBy               {@code fulfill_by}, if set
 * @param holds                   {@code fulfillment_holds}, oldest first
 * @param merchantRequests        {@code merchant_requests}, oldest first
 * @param openCancellationRequest the cancellation request waiting for its answer, if any
 * @param replaces                the order this one replaces, after a cancel
 * @param createdAt               {@code created_at}
 * @param updatedAt               {@code updated_at}
 */
public record FulfillmentOrder(
        FulfillmentOrderId id,
        TenantId tenant,
        Version version,
        FulfillmentState state,
        Reference orderId,
        Reference assignedLocationId,
        Option<Reference> assignedService,
        Option<Destination> destination,
        Option<Origin> origin,
        List<FulfillmentLineItem> lineItems,
        Option<Instant> fulfillAt,
        Option<Instant> fulfillBy,
        List<FulfillmentHold> holds,
        List<MerchantRequest> merchantRequests,
        Option<CancellationRequestId> openCancellationRequest,
        Option<FulfillmentOrderId> replaces,
        Instant createdAt,
        Instant updatedAt) implements Aggregate {

    /** What the pipeline, the stores and the codec need to know about this aggregate. */
    public static final AggregateDescriptor<FulfillmentOrder, FulfillmentOrderId, FulfillmentOrderStatus> DESCRIPTOR =
            AggregateDescriptor.cancellable(AggregateType.FULFILLMENT_ORDER, FulfillmentOrder.class,
                    FulfillmentOrderId::new, FulfillmentOrderStatus.class, FulfillmentOrder::status,
                    FulfillmentOrder::openCancellationRequest, FulfillmentOrderEvent.class)
                    .commandedBy(FulfillmentCommand.class);

    /** The most holds an order carries at once. */
    public static final int MAX_HOLDS = 20;

    private static final Message FULFILLED_BEFORE_ANSWER =
            new Message("The remaining items were fulfilled before the cancellation request was answered.");

    /**
     * Checks the components and the rules the class comment states.
     *
     * @param id                      {@code id}
     * @param tenant                  the shop, {@code shop_id}
     * @param version                 the version
     * @param state                   {@code status} and {@code request_status}
     * @param orderId                 {@code order_id}
     * @param assignedLocationId      {@code assigned_location_id}
     * @param assignedService         the fulfillment service the order is assigned to, if any
     * @param destination             {@code destination}, if known
     * @param origin                  {@code origin}, if known
     * @param lineItems               {@code line_items}
     * @param fulfillAt               {@code fulfill_at}, if set
     * @param fulfillBy               {@code fulfill_by}, if set
     * @param holds                   {@code fulfillment_holds}, oldest first
     * @param merchantRequests        {@code merchant_requests}, oldest first
     * @param openCancellationRequest the cancellation request waiting for its answer, if any
     * @param replaces                the order this one replaces, after a cancel
     * @param createdAt               {@code created_at}
     * @param updatedAt               {@code updated_at}
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null or breaks a rule
     */
    public FulfillmentOrder {
        Check check = Check.start()
                .required("id", id)
                .required("tenant", tenant)
                .required("version", version)
                .required("state", state)
                .required("orderId", orderId)
                .required("assignedLocationId", assignedLocationId)
                .required("assignedService", assignedService)
                .required("destination", destination)
                .required("origin", origin)
                .required("lineItems", lineItems)
                .required("fulfillAt", fulfillAt)
                .required("fulfillBy", fulfillBy)
                .required("holds", holds)
                .required("merchantRequests", merchantRequests)
                .required("openCancellationRequest", openCancellationRequest)
                .required("replaces", replaces)
                .required("createdAt", createdAt)
                .required("updatedAt", updatedAt);
        check.orThrow();
        boolean closedByCancel = state.status() == FulfillmentOrderStatus.CLOSED && lineItems.isEmpty();
        // Checked before the copy, which would throw on a missing element instead of naming it.
        NewFulfillmentOrder.checkLineItems(check, lineItems, closedByCancel);
        check.orThrowIfAnyMissing(lineItems);
        lineItems = List.copyOf(lineItems);
        holds = List.copyOf(holds);
        merchantRequests = List.copyOf(merchantRequests);
        boolean cancellationRequested = state.requestStatus() == RequestStatus.CANCELLATION_REQUESTED;
        check.require(version.value() >= 1, "version", "not_created", "must be at least 1")
                .require(FulfillmentState.ALL.contains(state), "state", "unknown", "is not a fulfillment state")
                .require(!cancellationRequested || state.status() == FulfillmentOrderStatus.IN_PROGRESS, "state",
                        "inconsistent", "cancellation_requested only while in_progress")
                .require(openCancellationRequest.isDefined() == cancellationRequested, "openCancellationRequest",
                        "inconsistent", "must be present exactly while cancellation_requested")
                .require(holds.isEmpty() == (state.status() != FulfillmentOrderStatus.ON_HOLD), "holds",
                        "inconsistent", "must be present exactly while on_hold")
                .require(holds.size() <= MAX_HOLDS, "holds", "too_many", "must be at most " + MAX_HOLDS)
                .require(holds.stream().map(FulfillmentHold::id).distinct().count() == holds.size(), "holds",
                        "duplicate", "hold ids must be unique")
                .require(fulfillAt.isDefined() || state.status() != FulfillmentOrderStatus.SCHEDULED, "fulfillAt",
                        "required", "is required while scheduled")
                .require(!updatedAt.isBefore(createdAt), "updatedAt", "before_created_at",
                        "must not be before createdAt")
                .orThrow();
    }

    /**
     * A new order at version 1: {@code SCHEDULED} when {@code fulfillAt} is after {@code now}, else {@code OPEN}.
     *
     * @param tenant  the shop
     * @param actor   who creates it
     * @param details the order's data
     * @param now     when
     * @return the decision, or the rejection
     */
    public static Either<Rejection, Decision<FulfillmentOrder>> create(TenantId tenant, Actor actor,
            NewFulfillmentOrder details, Instant now) {
        return Permissions.authorize(actor, ActorKind.MERCHANT_SIDE, "create a fulfillment order")
                .map(allowed -> {
                    FulfillmentOrder created = fromDetails(tenant, details, Option.none(), now);
                    return Decision.of(created, new FulfillmentOrderCreated(details, Option.none()), actor, now);
                });
    }

    /**
     * Applies {@code command}. Answering a cancellation request also answers the {@link CancellationRequest},
     * so the caller passes it: {@code openRequest} must be the request this order references (load it by
     * {@link #openCancellationRequest()}); it is ignored in any other state.
     *
     * @param actor       who sends the command
     * @param command     the command
     * @param openRequest the open cancellation request, when the command answers one
     * @param now         when
     * @return the decision, or the rejection
     */
    public Either<Rejection, Decision<FulfillmentOrder>> decide(Actor actor, FulfillmentCommand command,
            Option<CancellationRequest> openRequest, Instant now) {
        FulfillmentCommandKind kind = command.kind();
        Option<Rejection> refused = authorize(actor, kind);
        if (refused.isDefined()) {
            return Either.left(refused.get());
        }
        Either<Rejection, Set<FulfillmentState>> allowed = TABLE.targets(this, state, kind);
        if (allowed.isLeft()) {
            return Either.left(allowed.getLeft());
        }
        return switch (kind) {
            case SUBMIT_FULFILLMENT_REQUEST -> submitFulfillmentRequest(actor,
                    (FulfillmentCommand.SubmitFulfillmentRequest) command, now);
            case ACCEPT_FULFILLMENT_REQUEST -> Either.right(Decision.of(
                    next(kind, now).build(),
                    new FulfillmentRequestAccepted(
                            ((FulfillmentCommand.AcceptFulfillmentRequest) command).message()), actor, now));
            case REJECT_FULFILLMENT_REQUEST -> Either.right(Decision.of(
                    next(kind, now).build(),
                    new FulfillmentRequestRejected(
                            ((FulfillmentCommand.RejectFulfillmentRequest) command).message()), actor, now));
            case CANCEL -> cancel(actor, (Cancel) command, now);
            case SEND_CANCELLATION_REQUEST -> sendCancellationRequest(actor, (SendCancellationRequest) command, now);
            case MARK_OVERDUE -> fulfillBy.contains(((FulfillmentCommand.MarkOverdue) command).fulfillBy())
                    ? Either.right(Decision.of(next(kind, now).build(), new FulfillmentOrderOverdue(fulfillBy.get()),
                            actor, now))
                    : Either.left(new Rejection.NotAllowedInState(AggregateType.FULFILLMENT_ORDER, stateName(),
                            kind.label(), "the order's fulfill-by date was set again"));
            case EXPIRE_CANCELLATION_REQUEST -> expireCancellationRequest(actor,
                    (FulfillmentCommand.ExpireCancellationRequest) command, openRequest, now);
            case ACCEPT_CANCELLATION_REQUEST -> answerCancellation(actor, kind,
                    ((FulfillmentCommand.AcceptCancellationRequest) command).message(), openRequest, now);
            case REJECT_CANCELLATION_REQUEST -> answerCancellation(actor, kind,
                    ((FulfillmentCommand.RejectCancellationRequest) command).message(), openRequest, now);
            case CREATE_FULFILLMENT -> createFulfillment(actor, (CreateFulfillment) command, openRequest, now);
            case HOLD -> hold(actor, (Hold) command, now);
            case RELEASE_HOLD -> releaseHold(actor, (FulfillmentCommand.ReleaseHold) command, now);
            case RESCHEDULE -> reschedule(actor, (Reschedule) command, now);
            case MARK_AS_OPEN -> Either.right(Decision.of(
                    next(kind, now).fulfillAt(Option.none()).build(),
                    new FulfillmentOrderOpened(), actor, now));
            case MOVE -> move(actor, (FulfillmentCommand.Move) command, now);
            case SPLIT -> split(actor, (FulfillmentCommand.Split) command, now);
            case SET_FULFILL_BY -> {
                Instant fulfillBy = ((FulfillmentCommand.SetFulfillBy) command).fulfillBy();
                yield Either.right(Decision.of(next(kind, now).fulfillBy(Option.some(fulfillBy)).build(),
                        new FulfillmentOrderEvent.FulfillByChanged(fulfillBy, this.fulfillBy), actor, now));
            }
            case CLOSE_INCOMPLETE -> Either.right(Decision.of(
                    next(kind, now).build(),
                    new FulfillmentOrderClosedIncomplete(
                            ((FulfillmentCommand.CloseIncomplete) command).message()), actor, now));
        };
    }

    /**
     * Applies a command that does not answer a cancellation request.
     *
     * @param actor   who sends the command
     * @param command the command
     * @param now     when
     * @return the decision, or the rejection
     */
    public Either<Rejection, Decision<FulfillmentOrder>> decide(Actor actor, FulfillmentCommand command,
            Instant now) {
        return decide(actor, command, Option.none(), now);
    }

    /**
     * Shopify's {@code supported_actions}, derived from the table's advertised rows for this order's state.
     *
     * @return the actions
     */
    public List<SupportedAction> supportedActions() {
        return TABLE.advertisedActions(this, state).stream()
                .map(SupportedAction::fromWireName)
                .sorted()
                .toList();
    }

    /** {@return Shopify's {@code status}} */
    public FulfillmentOrderStatus status() {
        return state.status();
    }

    /** {@return Shopify's {@code request_status}} */
    public RequestStatus requestStatus() {
        return state.requestStatus();
    }

    /** {@return the units still to ship, over every line} */
    public int fulfillableQuantity() {
        return lineItems.stream().mapToInt(FulfillmentLineItem::fulfillableQuantity).sum();
    }

    /** {@return whether a fulfillment service is assigned, so that it answers requests} */
    public boolean isServiceManaged() {
        return assignedService.isDefined();
    }

    @Override
    public String stateName() {
        return state.toString();
    }

    /**
     * Kind-level permission first, then the party: service answers (and shipping a service's order) come
     * from the assigned service alone; a merchant-managed order is shipped by the merchant's side. The
     * refusal, if any; every decision asks, so nothing is made when the actor may go on.
     */
    private Option<Rejection> authorize(Actor actor, FulfillmentCommandKind kind) {
        Either<Rejection, Actor> byKind = kind.authorize(actor);
        if (byKind.isLeft()) {
            return Option.some(byKind.getLeft());
        }
        boolean byAssignedService = actor.kind() == ActorKind.FULFILLMENT_SERVICE
                && assignedService.isDefined() && assignedService.get().value().equals(actor.id());
        boolean permitted = switch (kind.side()) {
            case MERCHANT -> true;
            case SERVICE -> byAssignedService;
            case FULFILLER -> isServiceManaged() ? byAssignedService : actor.kind().actsForMerchant();
            case DEADLINE -> true;
        };
        return permitted
                ? Option.none()
                : Option.some(new Rejection.Forbidden(actor, kind.label(), isServiceManaged()
                        ? "only the assigned fulfillment service " + assignedService.get() + " may " + kind.label()
                        : "this order has no fulfillment service; the merchant fulfills it"));
    }

    private Either<Rejection, Decision<FulfillmentOrder>> cancel(Actor actor, Cancel command, Instant now) {
        if (command.replacementId().equals(id)) {
            return Either.left(Rejection.InvalidInput.of("replacementId", "same_as_order",
                    "must differ from the cancelled order's id"));
        }
        List<FulfillmentLineItem> remaining = lineItems.stream()
                .filter(line -> line.fulfillableQuantity() > 0)
                .map(FulfillmentLineItem::remainder)
                .toList();
        NewFulfillmentOrder replacementDetails = new NewFulfillmentOrder(command.replacementId(), orderId,
                assignedLocationId, assignedService, destination, origin, remaining, Option.none(), fulfillBy);
        FulfillmentOrder replacement = fromDetails(tenant, replacementDetails, Option.some(id), now);
        FulfillmentOrder original = next(FulfillmentCommandKind.CANCEL, now).lineItems(List.of()).build();
        return Either.right(Decision.of(original, new FulfillmentOrderCancelled(replacement.id()), actor, now)
                .with(new Change(replacement, new FulfillmentOrderCreated(replacementDetails, Option.some(id)), actor,
                        now)));
    }

    /**
     * Submits the order, or only the units asked for: the rest is split off into a new open, unsubmitted order
     * with the same location and service, in the same commit (Shopify's {@code unsubmitted_fulfillment_order}).
     */
    private Either<Rejection, Decision<FulfillmentOrder>> submitFulfillmentRequest(Actor actor,
            FulfillmentCommand.SubmitFulfillmentRequest command, Instant now) {
        if (command.lines().isEmpty()) {
            // The common case, every unit: no line to check, nothing split off.
            List<MerchantRequest> requests = append(merchantRequests,
                    new MerchantRequest(MerchantRequest.Kind.FULFILLMENT_REQUEST, command.message(), now));
            return Either.right(Decision.of(next(FulfillmentCommandKind.SUBMIT_FULFILLMENT_REQUEST, now)
                    .merchantRequests(requests).build(), new FulfillmentRequestSubmitted(command.message()), actor,
                    now));
        }
        return shipped(command.lines()).flatMap(rest -> {
            List<FulfillmentLineItem> unrequested = rest.stream().filter(line -> line.fulfillableQuantity() > 0)
                    .map(FulfillmentLineItem::remainder).toList();
            if (!unrequested.isEmpty() && command.unsubmittedId().isEmpty()) {
                return Either.left(Rejection.InvalidInput.of("unsubmittedId", "required",
                        "is required to request part of the order"));
            }
            if (!unrequested.isEmpty() && command.unsubmittedId().get().equals(id)) {
                return Either.left(Rejection.InvalidInput.of("unsubmittedId", "same_as_order",
                        "must differ from the order's id"));
            }
            List<MerchantRequest> requests = append(merchantRequests,
                    new MerchantRequest(MerchantRequest.Kind.FULFILLMENT_REQUEST, command.message(), now));
            Next submitted = next(FulfillmentCommandKind.SUBMIT_FULFILLMENT_REQUEST, now).merchantRequests(requests);
            if (unrequested.isEmpty()) {
                return Either.right(Decision.of(submitted.build(), new FulfillmentRequestSubmitted(command.message()),
                        actor, now));
            }
            List<FulfillmentLineItem> requested = new ArrayList<>();
            for (FulfillmentLineItem line : lineItems) {
                command.lines().stream().filter(unit -> unit.lineItemId().equals(line.id())).findFirst()
                        .ifPresent(unit -> requested.add(line.portion(unit.quantity())));
            }
            NewFulfillmentOrder unsubmitted = new NewFulfillmentOrder(command.unsubmittedId().get(), orderId,
                    assignedLocationId, assignedService, destination, origin, unrequested, Option.none(), fulfillBy);
            return Either.right(Decision.of(submitted.lineItems(requested).build(),
                            new FulfillmentRequestSubmitted(command.message()), actor, now)
                    .with(new Change(fromDetails(tenant, unsubmitted, Option.some(id), now),
                            new FulfillmentOrderCreated(unsubmitted, Option.some(id)), actor, now)));
        });
    }

    /** Splits the units of {@code lines} off into a new open, unsubmitted order; this one keeps the rest. */
    private Either<Rejection, Decision<FulfillmentOrder>> split(Actor actor, FulfillmentCommand.Split command,
            Instant now) {
        if (command.lines().isEmpty() || command.splitId().equals(id)) {
            return Either.left(command.lines().isEmpty()
                    ? Rejection.InvalidInput.of("lines", "required", "must name the units to split off")
                    : Rejection.InvalidInput.of("splitId", "same_as_order", "must differ from the order's id"));
        }
        return shipped(command.lines()).flatMap(rest -> {
            List<FulfillmentLineItem> kept = rest.stream().filter(line -> line.fulfillableQuantity() > 0)
                    .map(FulfillmentLineItem::remainder).toList();
            if (kept.isEmpty()) {
                return Either.left(Rejection.InvalidInput.of("lines", "nothing_left",
                        "must leave at least one unit in the order"));
            }
            List<FulfillmentLineItem> splitOff = new ArrayList<>();
            for (FulfillmentLineItem line : lineItems) {
                command.lines().stream().filter(unit -> unit.lineItemId().equals(line.id())).findFirst()
                        .ifPresent(unit -> splitOff.add(line.portion(unit.quantity())));
            }
            NewFulfillmentOrder details = new NewFulfillmentOrder(command.splitId(), orderId, assignedLocationId,
                    assignedService, destination, origin, splitOff, Option.none(), fulfillBy);
            return Either.right(Decision.of(next(FulfillmentCommandKind.SPLIT, now).lineItems(kept).build(),
                            new FulfillmentOrderEvent.FulfillmentOrderSplit(command.splitId(), command.lines()),
                            actor, now)
                    .with(new Change(fromDetails(tenant, details, Option.some(id), now),
                            new FulfillmentOrderCreated(details, Option.some(id)), actor, now)));
        });
    }

    /**
     * Closes this order (request status kept, no line items left, as Shopify's move answer shows) and opens the
     * moved order at the new location and, when units stay, the remaining order here: one commit, one event
     * each, as a direct cancel does (ADR 0010).
     */
    private Either<Rejection, Decision<FulfillmentOrder>> move(Actor actor, FulfillmentCommand.Move command,
            Instant now) {
        Check check = Check.start()
                .require(!command.movedId().equals(id), "movedId", "same_as_order", "must differ from the order's id")
                .require(!command.remainingId().equals(id) && !command.remainingId().equals(command.movedId()),
                        "remainingId", "same_as_order", "must differ from the order's and the moved order's id")
                .require(!command.newLocationId().equals(assignedLocationId), "newLocationId", "same_location",
                        "must differ from the assigned location");
        if (check.failed()) {
            return check.<Decision<FulfillmentOrder>>result(() -> null).mapLeft(invalid -> invalid);
        }
        return shipped(command.lines()).map(staying -> {
            List<FulfillmentLine> moving = command.lines().isEmpty() ? everythingRemaining() : command.lines();
            List<FulfillmentLineItem> movedLines = new ArrayList<>();
            for (FulfillmentLineItem line : lineItems) {
                moving.stream().filter(unit -> unit.lineItemId().equals(line.id())).findFirst()
                        .ifPresent(unit -> movedLines.add(line.portion(unit.quantity())));
            }
            List<FulfillmentLineItem> remainingLines = staying.stream()
                    .filter(line -> line.fulfillableQuantity() > 0)
                    .map(FulfillmentLineItem::remainder)
                    .toList();
            NewFulfillmentOrder movedDetails = new NewFulfillmentOrder(command.movedId(), orderId,
                    command.newLocationId(), command.newService(), destination, Option.none(), movedLines,
                    Option.none(), fulfillBy);
            Option<FulfillmentOrderId> remainingId = remainingLines.isEmpty() ? Option.none()
                    : Option.some(command.remainingId());
            FulfillmentOrder original = next(FulfillmentCommandKind.MOVE, now).lineItems(List.of()).build();
            Decision<FulfillmentOrder> decision = Decision.of(original, new FulfillmentOrderEvent.FulfillmentOrderMoved(
                    command.newLocationId(), command.movedId(), remainingId, moving), actor, now)
                    .with(new Change(fromDetails(tenant, movedDetails, Option.some(id), now),
                            new FulfillmentOrderCreated(movedDetails, Option.some(id)), actor, now));
            if (remainingId.isEmpty()) {
                return decision;
            }
            NewFulfillmentOrder remainingDetails = new NewFulfillmentOrder(command.remainingId(), orderId,
                    assignedLocationId, assignedService, destination, origin, remainingLines, Option.none(),
                    fulfillBy);
            return decision.with(new Change(fromDetails(tenant, remainingDetails, Option.some(id), now),
                    new FulfillmentOrderCreated(remainingDetails, Option.some(id)), actor, now));
        });
    }

    private Either<Rejection, Decision<FulfillmentOrder>> sendCancellationRequest(Actor actor,
            SendCancellationRequest command, Instant now) {
        Option<Rejection> badAnswerBy = CancellationRequest.checkAnswerBy(command.answerBy(), now);
        if (badAnswerBy.isDefined()) {
            return Either.left(badAnswerBy.get());
        }
        List<MerchantRequest> requests = append(merchantRequests,
                new MerchantRequest(MerchantRequest.Kind.CANCELLATION_REQUEST, command.message(), now));
        FulfillmentOrder requested = next(FulfillmentCommandKind.SEND_CANCELLATION_REQUEST, now)
                .merchantRequests(requests)
                .openCancellationRequest(Option.some(command.requestId()))
                .build();
        Responder service = new Responder(ActorKind.FULFILLMENT_SERVICE, assignedService.map(Reference::value));
        Change request = CancellationRequest.open(command.requestId(), tenant, CancellationTarget.of(id), service,
                actor, command.message(), command.answerBy(), now);
        return Either.right(new Decision<>(requested, List.of(new Change(requested,
                new CancellationRequestSent(command.requestId(), command.message()), actor, now), request)));
    }

    /**
     * The request {@code command} names expired: the order is back as after a rejection. A request that is no
     * longer the open one is {@link Rejection.NotAllowedInState}, so a late expiry never touches a newer request.
     */
    private Either<Rejection, Decision<FulfillmentOrder>> expireCancellationRequest(Actor actor,
            FulfillmentCommand.ExpireCancellationRequest command, Option<CancellationRequest> openRequest,
            Instant now) {
        if (!openCancellationRequest.contains(command.requestId())) {
            return Either.left(new Rejection.NotAllowedInState(AggregateType.FULFILLMENT_ORDER, stateName(),
                    FulfillmentCommandKind.EXPIRE_CANCELLATION_REQUEST.label(),
                    "cancellation request " + command.requestId() + " is not the open one"));
        }
        CancellationRequest request = requireOpenRequest(openRequest);
        return request.expire(actor, now).map(expired -> {
            FulfillmentOrder back = next(FulfillmentCommandKind.EXPIRE_CANCELLATION_REQUEST, now)
                    .openCancellationRequest(Option.none())
                    .build();
            return new Decision<>(back, List.of(new Change(back,
                    new CancellationRequestExpired(request.id(), request.answerBy().get()), actor, now), expired));
        });
    }

    private Either<Rejection, Decision<FulfillmentOrder>> answerCancellation(Actor actor,
            FulfillmentCommandKind kind, Option<Message> message, Option<CancellationRequest> openRequest,
            Instant now) {
        boolean accept = kind == FulfillmentCommandKind.ACCEPT_CANCELLATION_REQUEST;
        CancellationRequest request = requireOpenRequest(openRequest);
        Either<Rejection, Change> answered = request.answer(actor, accept ? CancellationRequestCommandKind.ACCEPT
                : CancellationRequestCommandKind.REJECT, message, now);
        if (answered.isLeft()) {
            return Either.left(answered.getLeft());
        }
        FulfillmentOrder answeredOrder = next(kind, now)
                .openCancellationRequest(Option.none())
                .build();
        FulfillmentOrderEvent event = accept
                ? new CancellationRequestAccepted(request.id(), message)
                : new CancellationRequestRejected(request.id(), message);
        return Either.right(new Decision<>(answeredOrder,
                List.of(new Change(answeredOrder, event, actor, now), answered.get())));
    }

    private Either<Rejection, Decision<FulfillmentOrder>> createFulfillment(Actor actor, CreateFulfillment command,
            Option<CancellationRequest> openRequest, Instant now) {
        return shipped(command.lines()).flatMap(shippedLines -> {
            boolean closesOrder = shippedLines.stream().allMatch(line -> line.fulfillableQuantity() == 0);
            FulfillmentState target = closesOrder ? closedAfterShipping() : state.status()
                    == FulfillmentOrderStatus.OPEN ? FulfillmentState.IN_PROGRESS_UNSUBMITTED : state;
            List<FulfillmentLine> lines = command.lines().isEmpty() ? everythingRemaining() : command.lines();
            boolean answersRequest = closesOrder && openCancellationRequest.isDefined();
            FulfillmentOrder fulfilled = next(FulfillmentCommandKind.CREATE_FULFILLMENT, target, now)
                    .lineItems(shippedLines)
                    .openCancellationRequest(answersRequest ? Option.none() : openCancellationRequest)
                    .build();
            Decision<FulfillmentOrder> decision = Decision.of(fulfilled, new FulfillmentCreated(lines, closesOrder,
                    answersRequest ? openCancellationRequest : Option.none()), actor, now);
            if (!answersRequest) {
                return Either.right(decision);
            }
            // Shipping the last units settles a pending cancellation request: the answer is no.
            return requireOpenRequest(openRequest)
                    .answer(actor, CancellationRequestCommandKind.REJECT, Option.some(FULFILLED_BEFORE_ANSWER), now)
                    .map(decision::with);
        });
    }

    private FulfillmentState closedAfterShipping() {
        RequestStatus requestStatus = state.requestStatus() == RequestStatus.CANCELLATION_REQUESTED
                ? RequestStatus.CANCELLATION_REJECTED
                : state.requestStatus();
        return new FulfillmentState(FulfillmentOrderStatus.CLOSED, requestStatus);
    }

    private List<FulfillmentLine> everythingRemaining() {
        return lineItems.stream()
                .filter(line -> line.fulfillableQuantity() > 0)
                .map(line -> new FulfillmentLine(line.id(), line.fulfillableQuantity()))
                .toList();
    }

    /** The line items after shipping {@code lines} (all remaining units when empty), or why that is invalid. */
    private Either<Rejection, List<FulfillmentLineItem>> shipped(List<FulfillmentLine> lines) {
        List<FulfillmentLine> requested = lines.isEmpty() ? everythingRemaining() : lines;
        Map<Reference, Integer> units = new HashMap<>();
        Set<Reference> known = new HashSet<>();
        lineItems.forEach(line -> known.add(line.id()));
        Check check = Check.start();
        for (int index = 0; index < requested.size(); index++) {
            FulfillmentLine line = requested.get(index);
            String path = "lines[" + index + "]";
            check.require(known.contains(line.lineItemId()), path + ".lineItemId", "unknown",
                            "is not a line item of this fulfillment order")
                    .require(units.put(line.lineItemId(), line.quantity()) == null, path + ".lineItemId",
                            "duplicate", "must appear once")
                    .require(line.quantity() >= 1, path + ".quantity", "out_of_range", "must be at least 1");
        }
        List<FulfillmentLineItem> after = new ArrayList<>();
        for (FulfillmentLineItem line : lineItems) {
            int shipping = units.getOrDefault(line.id(), 0);
            check.require(shipping <= line.fulfillableQuantity(), "lines[" + indexOf(requested, line.id())
                    + "].quantity", "exceeds_fulfillable", "must be at most " + line.fulfillableQuantity());
            after.add(shipping >= 1 && shipping <= line.fulfillableQuantity() ? line.shipped(shipping) : line);
        }
        return check.<List<FulfillmentLineItem>>result(() -> after).mapLeft(invalid -> invalid);
    }

    private static int indexOf(List<FulfillmentLine> lines, Reference lineItemId) {
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).lineItemId().equals(lineItemId)) {
                return index;
            }
        }
        return -1;
    }

    private Either<Rejection, Decision<FulfillmentOrder>> hold(Actor actor, Hold command, Instant now) {
        if (holds.size() >= MAX_HOLDS) {
            return Either.left(Rejection.InvalidInput.of("holds", "too_many",
                    "an order carries at most " + MAX_HOLDS + " holds"));
        }
        if (holds.stream().anyMatch(held -> held.id().equals(command.holdId()))) {
            return Either.left(Rejection.InvalidInput.of("holdId", "duplicate",
                    "hold " + command.holdId() + " is already on this order"));
        }
        FulfillmentHold hold = new FulfillmentHold(command.holdId(), command.reason(), command.reasonNotes(), actor,
                now);
        return Either.right(Decision.of(
                next(FulfillmentCommandKind.HOLD, now)
                        .holds(append(holds, hold))
                        .build(),
                new FulfillmentOrderHeld(hold), actor, now));
    }

    /**
     * Releases the named holds (or all of them, when asked to); the order stays held while others remain and
     * comes back to the request status it was held at with its last.
     */
    private Either<Rejection, Decision<FulfillmentOrder>> releaseHold(Actor actor,
            FulfillmentCommand.ReleaseHold command, Instant now) {
        List<Reference> released = command.holdIds().getOrElse(() -> holds.stream().map(FulfillmentHold::id)
                .toList());
        Set<Reference> held = new HashSet<>();
        holds.forEach(hold -> held.add(hold.id()));
        Set<Reference> seen = new HashSet<>();
        Check check = Check.start().require(!released.isEmpty(), "holdIds", "required",
                "must name at least one hold");
        for (int index = 0; index < released.size(); index++) {
            check.require(held.contains(released.get(index)), "holdIds[" + index + "]", "unknown",
                            "is not a hold of this fulfillment order")
                    .require(seen.add(released.get(index)), "holdIds[" + index + "]", "duplicate",
                            "must appear once");
        }
        List<FulfillmentHold> remaining = holds.stream().filter(hold -> !seen.contains(hold.id())).toList();
        FulfillmentState target = remaining.isEmpty()
                ? new FulfillmentState(FulfillmentOrderStatus.OPEN, state.requestStatus())
                : state;
        return check.<Decision<FulfillmentOrder>>result(() -> Decision.of(
                        next(FulfillmentCommandKind.RELEASE_HOLD, target, now).holds(remaining).build(),
                        new FulfillmentOrderReleased(released.size(), released, remaining.size()), actor, now))
                .mapLeft(invalid -> invalid);
    }

    private Either<Rejection, Decision<FulfillmentOrder>> reschedule(Actor actor, Reschedule command, Instant now) {
        if (!command.fulfillAt().isAfter(now)) {
            return Either.left(Rejection.InvalidInput.of("fulfillAt", "not_in_the_future", "must be in the future"));
        }
        return Either.right(Decision.of(
                next(FulfillmentCommandKind.RESCHEDULE, now)
                        .fulfillAt(Option.some(command.fulfillAt()))
                        .build(),
                new FulfillmentOrderRescheduled(command.fulfillAt()), actor, now));
    }

    private CancellationRequest requireOpenRequest(Option<CancellationRequest> openRequest) {
        CancellationRequestId requestId = openCancellationRequest.get();
        if (openRequest.isEmpty() || !openRequest.get().id().equals(requestId)
                || !openRequest.get().tenant().equals(tenant)) {
            throw new IllegalArgumentException("fulfillment order " + id
                    + " awaits an answer: pass its open cancellation request " + requestId);
        }
        return openRequest.get();
    }

    private static FulfillmentOrder fromDetails(TenantId tenant, NewFulfillmentOrder details,
            Option<FulfillmentOrderId> replaces, Instant now) {
        boolean scheduled = details.fulfillAt().exists(at -> at.isAfter(now));
        return new FulfillmentOrder(details.id(), tenant, Version.FIRST,
                scheduled ? FulfillmentState.SCHEDULED_UNSUBMITTED : FulfillmentState.OPEN_UNSUBMITTED,
                details.orderId(), details.assignedLocationId(), details.assignedService(), details.destination(),
                details.origin(), details.lineItems(), details.fulfillAt(), details.fulfillBy(), List.of(), List.of(),
                Option.none(), replaces, now, now);
    }

    /** An immutable copy one longer, which the constructor keeps as it is. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> append(List<T> list, T element) {
        Object[] longer = list.toArray(new Object[list.size() + 1]);
        longer[list.size()] = element;
        return (List<T>) List.of(longer);
    }

    /**
     * Starts this order's next version in the one state the table's row for {@code kind} leads to: the row
     * holds the target, so no code restates it. For commands whose row the data picks, see the overload.
     */
    private Next next(FulfillmentCommandKind kind, Instant now) {
        FulfillmentState target = TABLE.target(this, state, kind).getOrElseThrow(
                rejection -> new IllegalStateException("decided a command the table refuses: " + rejection));
        return new Next(this, target, Timestamps.notBefore(updatedAt, now));
    }

    /** Starts this order's next version in {@code target}, which the table must allow for {@code kind}. */
    private Next next(FulfillmentCommandKind kind, FulfillmentState target, Instant now) {
        TABLE.requireTarget(this, state, kind, target);
        return new Next(this, target, Timestamps.notBefore(updatedAt, now));
    }

    /** The fields a transition may change, copied from the current version until set. */
    private static final class Next {
        private final FulfillmentOrder current;
        private final FulfillmentState state;
        private final Instant updatedAt;
        private List<FulfillmentLineItem> lineItems;
        private Option<Instant> fulfillAt;
        private Option<Instant> fulfillBy;
        private List<FulfillmentHold> holds;
        private List<MerchantRequest> merchantRequests;
        private Option<CancellationRequestId> openCancellationRequest;

        private Next(FulfillmentOrder current, FulfillmentState state, Instant updatedAt) {
            this.current = current;
            this.state = state;
            this.updatedAt = updatedAt;
            this.lineItems = current.lineItems;
            this.fulfillAt = current.fulfillAt;
            this.fulfillBy = current.fulfillBy;
            this.holds = current.holds;
            this.merchantRequests = current.merchantRequests;
            this.openCancellationRequest = current.openCancellationRequest;
        }

        Next lineItems(List<FulfillmentLineItem> value) {
            lineItems = value;
            return this;
        }

        Next fulfillAt(Option<Instant> value) {
            fulfillAt = value;
            return this;
        }

        Next fulfillBy(Option<Instant> value) {
            fulfillBy = value;
            return this;
        }

        Next holds(List<FulfillmentHold> value) {
            holds = value;
            return this;
        }

        Next merchantRequests(List<MerchantRequest> value) {
            merchantRequests = value;
            return this;
        }

        Next openCancellationRequest(Option<CancellationRequestId> value) {
            openCancellationRequest = value;
            return this;
        }

        FulfillmentOrder build() {
            return new FulfillmentOrder(current.id, current.tenant, current.version.next(), state, current.orderId,
                    current.assignedLocationId, current.assignedService, current.destination, current.origin,
                    lineItems, fulfillAt, fulfillBy, holds, merchantRequests, openCancellationRequest,
                    current.replaces, current.createdAt, updatedAt);
        }
    }
}
