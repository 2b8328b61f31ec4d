package dev.rescind.domain.returns;

import static dev.rescind.domain.returns.ReturnTransitions.TABLE;

import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestCommandKind;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.cancellation.Responder;
import dev.rescind.domain.returns.ExchangeCancellationReport.ExchangeCancellationAction;
import dev.rescind.domain.returns.ExchangeCancellationReport.SkipReason;
import dev.rescind.domain.returns.ReturnCommand.CancelExchange;
import dev.rescind.domain.returns.ReturnCommand.ConfirmCancellation;
import dev.rescind.domain.returns.ReturnCommand.DeclineCancellation;
import dev.rescind.domain.returns.ReturnCommand.FailAnnouncement;
import dev.rescind.domain.returns.ReturnCommand.RequestCancellation;
import dev.rescind.domain.returns.ReturnEvent.ExchangeCancelled;
import dev.rescind.domain.returns.ReturnEvent.ReturnAnnounced;
import dev.rescind.domain.returns.ReturnEvent.ReturnAnnouncementFailed;
import dev.rescind.domain.returns.ReturnEvent.ReturnCancellationDeclined;
import dev.rescind.domain.returns.ReturnEvent.ReturnCancellationExpired;
import dev.rescind.domain.returns.ReturnEvent.ReturnCancellationOvertaken;
import dev.rescind.domain.returns.ReturnEvent.ReturnCancellationRequested;
import dev.rescind.domain.returns.ReturnEvent.ReturnCancelled;
import dev.rescind.domain.returns.ReturnEvent.ReturnClosed;
import dev.rescind.domain.returns.ReturnEvent.ReturnCreated;
import dev.rescind.domain.returns.ReturnEvent.ReturnDelivered;
import dev.rescind.domain.returns.ReturnEvent.ReturnParcelScanned;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Change;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Permissions;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Timestamps;
import dev.rescind.domain.shared.Version;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A customer's return: the incoming parcel (after Sendcloud's Return object) and the compensation of its
 * items (after parcelLab's returns).
 *
 * <p>Parcel lifecycle: created {@code ANNOUNCING}; the carrier announces it ({@code ANNOUNCED}) or fails to
 * ({@code ANNOUNCEMENT_FAILED}); scans move it {@code IN_TRANSIT} and {@code DELIVERED}. A cancellation is a
 * <em>request</em>: while {@link #isCancellable()} it moves the parcel to {@code CANCELLING} and opens a
 * {@link CancellationRequest} to the carrier; the carrier confirms ({@code CANCELLED}, request accepted),
 * declines (back to the status before, request rejected, reason kept), or reports a fact that settles it:
 * a scan or a delivery overtook the cancellation ({@code IN_TRANSIT} or {@code DELIVERED}, request
 * rejected); a refused announcement leaves no label to cancel ({@code ANNOUNCEMENT_FAILED}, request
 * accepted); an announcement only changes the status a decline returns to. No carrier fact is lost.
 *
 * <p>Compensation: {@code cancel_exchange} turns every exchange into a refund, clears price differences,
 * makes sure a refund method is set and drops the draft order reference; on a closed return it is skipped
 * with {@code return_already_closed}, without exchanges with {@code no_changes_required}. It never changes the
 * number of items or their value.
 *
 * <p>The host's refund details and rule modifications (Sendcloud's {@code refund} and
 * {@code rule_modifications}) are carried as given at creation.
 *
 * <p>Invariants: an open cancellation request is referenced exactly when {@code CANCELLING}, together with the
 * status to go back to; all amounts of the items share one currency.
 */
public record Return(
        ReturnId id,
        TenantId tenant,
        Version version,
        ParcelStatus parcelStatus,
        Option<ParcelStatus> statusBeforeCancelling,
        Option<CancellationRequestId> openCancellationRequest,
        Option<Reference> reasonCode,
        Option<Message> customerMessage,
        Option<ParcelReference> outgoingParcel,
        Option<ParcelReference> incomingParcel,
        DeliveryOption deliveryOption,
        Option<Reference> storeLocation,
        Option<Money> returnFee,
        Option<Money> labelCost,
        List<ReturnItem> items,
        Option<RefundMethod> refundMethod,
        Option<Reference> carrierId,
        boolean carrierSupportsCancellation,
        Option<Reference> orderId,
        Option<Reference> draftOrderId,
        boolean open,
        Instant createdAt,
        Option<Instant> deliveredAt,
        Instant updatedAt,
        RefundDetails refund,
        List<RuleModification> ruleModifications) implements Aggregate {

    /** What the pipeline, the stores and the codec need to know about this aggregate. */
    public static final AggregateDescriptor<Return, ReturnId, ParcelStatus> DESCRIPTOR =
            AggregateDescriptor.cancellable(AggregateType.RETURN, Return.class, ReturnId::new, ParcelStatus.class,
                    Return::parcelStatus, Return::openCancellationRequest, ReturnEvent.class);

    public Return {
        Check check = Check.start()
                .required("id", id)
                .required("tenant", tenant)
                .required("version", version)
                .required("parcelStatus", parcelStatus)
                .required("statusBeforeCancelling", statusBeforeCancelling)
                .required("openCancellationRequest", openCancellationRequest)
                .required("reasonCode", reasonCode)
                .required("customerMessage", customerMessage)
                .required("outgoingParcel", outgoingParcel)
                .required("incomingParcel", incomingParcel)
                .required("deliveryOption", deliveryOption)
                .required("storeLocation", storeLocation)
                .required("returnFee", returnFee)
                .required("labelCost", labelCost)
                .required("items", items)
                .required("refundMethod", refundMethod)
                .required("carrierId", carrierId)
                .required("orderId", orderId)
                .required("draftOrderId", draftOrderId)
                .required("createdAt", createdAt)
                .required("deliveredAt", deliveredAt)
                .required("updatedAt", updatedAt)
                .required("refund", refund)
                .required("ruleModifications", ruleModifications);
        check.orThrow();
        items = List.copyOf(items);
        NewReturn.checkItems(check, items);
        ruleModifications = List.copyOf(ruleModifications);
        NewReturn.checkHostDetails(check, items, refund, ruleModifications);
        NewReturn.checkParcels(check, outgoingParcel, incomingParcel);
        boolean cancelling = parcelStatus == ParcelStatus.CANCELLING;
        check.require(version.value() >= 1, "version", "not_created", "must be at least 1")
                .require(openCancellationRequest.isDefined() == cancelling, "openCancellationRequest",
                        "inconsistent", "must be present exactly while cancelling")
                .require(statusBeforeCancelling.isDefined() == cancelling
                                && statusBeforeCancelling.forAll(ParcelStatus::isBeforeFirstScan),
                        "statusBeforeCancelling", "inconsistent",
                        "must be the status before the request, exactly while cancelling")
                .require(deliveredAt.isDefined() == (parcelStatus == ParcelStatus.DELIVERED), "deliveredAt",
                        "inconsistent", "must be present exactly when delivered")
                .require(!updatedAt.isBefore(createdAt), "updatedAt", "before_created_at",
                        "must not be before createdAt")
                .orThrow();
    }

    private static final Set<ActorKind> CREATORS = ActorKind.merchantSideAnd(ActorKind.CUSTOMER);
    private static final Message SCANNED_WHILE_CANCELLING =
            new Message("The carrier scanned the parcel before the cancellation took effect.");
    private static final Message DELIVERED_WHILE_CANCELLING =
            new Message("The carrier delivered the parcel before the cancellation took effect.");
    private static final Message NO_LABEL_TO_CANCEL =
            new Message("The carrier refused the announcement, so there is no label left to cancel.");

    /** A new open return at version 1, waiting for the carrier's announcement. */
    public static Either<Rejection, Decision<Return>> create(TenantId tenant, Actor actor, NewReturn details,
            Instant now) {
        return Permissions.authorize(actor, CREATORS, "create a return").map(allowed -> {
            Return created = new Return(details.id(), tenant, Version.FIRST, ParcelStatus.ANNOUNCING,
                    Option.none(), Option.none(), details.reasonCode(), details.customerMessage(),
                    details.outgoingParcel(), details.incomingParcel(), details.deliveryOption(),
                    details.storeLocation(), details.returnFee(), details.labelCost(), details.items(),
                    details.refundMethod(), details.carrierId(), details.carrierSupportsCancellation(),
                    details.orderId(), details.draftOrderId(), true, now, Option.none(), now, details.refund(),
                    details.ruleModifications());
            return Decision.of(created, new ReturnCreated(details), actor, now);
        });
    }

    /**
     * Applies {@code command}. The carrier's answers while {@code CANCELLING} settle the open cancellation
     * request too, so the caller passes it: {@code openRequest} must be the request this return references
     * (load it by {@link #openCancellationRequest()}); it is ignored in any other state.
     */
    public Either<Rejection, Decision<Return>> decide(Actor actor, ReturnCommand command,
            Option<CancellationRequest> openRequest, Instant now) {
        ReturnCommandKind kind = command.kind();
        return kind.authorize(actor)
                .flatMap(allowed -> TABLE.targets(this, parcelStatus, kind))
                .flatMap(allowed -> switch (kind) {
                    case ANNOUNCE -> parcelStatus == ParcelStatus.CANCELLING
                            ? announcedWhileCancelling(actor, now)
                            : moved(kind, new ReturnAnnounced(), actor, now);
                    case FAIL_ANNOUNCEMENT -> {
                        Option<Message> carrierMessage = ((FailAnnouncement) command).carrierMessage();
                        yield parcelStatus == ParcelStatus.CANCELLING
                                ? settle(actor, kind, carrierMessage, openRequest, now)
                                : moved(kind,
                                        new ReturnAnnouncementFailed(carrierMessage), actor, now);
                    }
                    case RECORD_SCAN -> parcelStatus == ParcelStatus.CANCELLING
                            ? settle(actor, kind, Option.none(), openRequest, now)
                            : moved(kind, new ReturnParcelScanned(), actor, now);
                    case RECORD_DELIVERY -> parcelStatus == ParcelStatus.CANCELLING
                            ? settle(actor, kind, Option.none(), openRequest, now)
                            : moved(kind, new ReturnDelivered(), actor, now);
                    case REQUEST_CANCELLATION -> requestCancellation(actor, (RequestCancellation) command, now);
                    case CONFIRM_CANCELLATION -> settle(actor, kind,
                            ((ConfirmCancellation) command).carrierMessage(), openRequest, now);
                    case DECLINE_CANCELLATION -> settle(actor, kind,
                            ((DeclineCancellation) command).carrierReason(), openRequest, now);
                    case EXPIRE_CANCELLATION -> openCancellationRequest
                            .contains(((ReturnCommand.ExpireCancellation) command).requestId())
                            ? settle(actor, kind, Option.none(), openRequest, now)
                            : Either.left(new Rejection.NotAllowedInState(AggregateType.RETURN, stateName(),
                                    kind.label(), "cancellation request "
                                            + ((ReturnCommand.ExpireCancellation) command).requestId()
                                            + " is not the open one"));
                    case CANCEL_EXCHANGE -> Either.right(
                            cancelExchange((CancelExchange) command, actor, now).decision());
                    case CLOSE -> Either.right(Decision.of(
                            next(kind, parcelStatus, statusBeforeCancelling, openCancellationRequest, items,
                                    refundMethod, draftOrderId, false, now),
                            new ReturnClosed(), actor, now));
                });
    }

    /** Applies a command that does not involve a cancellation request. */
    public Either<Rejection, Decision<Return>> decide(Actor actor, ReturnCommand command, Instant now) {
        return decide(actor, command, Option.none(), now);
    }

    /** parcelLab's {@code cancel_exchange}, with the report it answers: {@code updated}, or {@code skipped} and why. */
    public Either<Rejection, ExchangeCancellation> cancelExchange(Actor actor, CancelExchange command, Instant now) {
        return ReturnCommandKind.CANCEL_EXCHANGE.authorize(actor)
                .flatMap(allowed -> TABLE.targets(this, parcelStatus, ReturnCommandKind.CANCEL_EXCHANGE))
                .map(allowed -> cancelExchange(command, actor, now));
    }

    /**
     * Sendcloud's {@code is_cancellable}: not yet scanned by the carrier, the carrier supports upstream
     * cancellation, and no cancellation is already under way.
     */
    public boolean isCancellable() {
        return TABLE.allows(this, parcelStatus, ReturnCommandKind.REQUEST_CANCELLATION);
    }

    public int itemCount() {
        return items.stream().mapToInt(ReturnItem::quantity).sum();
    }

    /** The value of the returned items, unit price times quantity (Sendcloud's {@code items_cost}). */
    public Money itemsValue() {
        Money total = Money.zero(items.get(0).unitPrice().currency());
        for (ReturnItem item : items) {
            total = item.unitPrice().times(item.quantity()).flatMap(total::plus)
                    .getOrElseThrow(invalid -> new IllegalStateException(invalid.message()));
        }
        return total;
    }

    public boolean hasExchange() {
        return items.stream().anyMatch(item -> item.compensation().isExchange());
    }

    @Override
    public String stateName() {
        return parcelStatus.name();
    }

    private Either<Rejection, Decision<Return>> requestCancellation(Actor actor, RequestCancellation command,
            Instant now) {
        Option<Rejection> badAnswerBy = CancellationRequest.checkAnswerBy(command.answerBy(), now);
        if (badAnswerBy.isDefined()) {
            return Either.left(badAnswerBy.get());
        }
        Return cancelling = next(ReturnCommandKind.REQUEST_CANCELLATION, target(ReturnCommandKind.REQUEST_CANCELLATION),
                Option.some(parcelStatus), Option.some(command.requestId()), items, refundMethod, draftOrderId, open,
                now);
        Responder carrier = carrierId.map(id -> new Responder(ActorKind.CARRIER, Option.some(id.value())))
                .getOrElse(Responder.anyOf(ActorKind.CARRIER));
        Change request = CancellationRequest.open(command.requestId(), tenant, CancellationTarget.of(id), carrier,
                actor, command.message(), command.answerBy(), now);
        return Either.right(Decision.of(cancelling,
                new ReturnCancellationRequested(command.requestId(), command.message()), actor, now).with(request));
    }

    /** The carrier's answer, or a scan, settles the open request: both change in one decision. */
    private Either<Rejection, Decision<Return>> settle(Actor actor, ReturnCommandKind kind,
            Option<Message> carrierMessage, Option<CancellationRequest> openRequest, Instant now) {
        CancellationRequestId requestId = openCancellationRequest.get();
        CancellationRequest request = openRequest
                .filter(candidate -> candidate.id().equals(requestId) && candidate.tenant().equals(tenant))
                .getOrElseThrow(() -> new IllegalArgumentException(
                        "return " + id + " is cancelling: pass its open cancellation request " + requestId));
        Settlement settlement = settlement(kind, requestId, carrierMessage);
        return request.answer(actor, settlement.answer(), settlement.requestMessage(), now).map(answered -> {
            Return settled = next(kind, settlement.target(), Option.none(), Option.none(), items, refundMethod,
                    draftOrderId, open, now);
            return Decision.of(settled, settlement.event(), actor, now).with(answered);
        });
    }

    /** How a carrier fact that arrives while {@code CANCELLING} settles the open request. */
    private record Settlement(ParcelStatus target, CancellationRequestCommandKind answer,
            Option<Message> requestMessage, ReturnEvent event) {
    }

    private Settlement settlement(ReturnCommandKind kind, CancellationRequestId requestId,
            Option<Message> carrierMessage) {
        return switch (kind) {
            case CONFIRM_CANCELLATION -> new Settlement(target(kind), CancellationRequestCommandKind.ACCEPT,
                    carrierMessage, new ReturnCancelled(requestId, carrierMessage));
            case DECLINE_CANCELLATION -> new Settlement(statusBeforeCancelling.get(),
                    CancellationRequestCommandKind.REJECT, carrierMessage,
                    new ReturnCancellationDeclined(requestId, statusBeforeCancelling.get(), carrierMessage));
            case EXPIRE_CANCELLATION -> new Settlement(statusBeforeCancelling.get(),
                    CancellationRequestCommandKind.EXPIRE, Option.none(),
                    new ReturnCancellationExpired(requestId, statusBeforeCancelling.get()));
            case FAIL_ANNOUNCEMENT -> new Settlement(target(kind),
                    CancellationRequestCommandKind.ACCEPT, Option.some(NO_LABEL_TO_CANCEL),
                    new ReturnAnnouncementFailed(carrierMessage));
            case RECORD_SCAN -> new Settlement(target(kind), CancellationRequestCommandKind.REJECT,
                    Option.some(SCANNED_WHILE_CANCELLING), new ReturnCancellationOvertaken(requestId, target(kind)));
            case RECORD_DELIVERY -> new Settlement(target(kind), CancellationRequestCommandKind.REJECT,
                    Option.some(DELIVERED_WHILE_CANCELLING), new ReturnCancellationOvertaken(requestId, target(kind)));
            default -> throw new IllegalStateException(kind + " does not settle a cancellation request");
        };
    }

    /** The label now exists; a declined cancellation will come back to {@code ANNOUNCED}, not before it. */
    private Either<Rejection, Decision<Return>> announcedWhileCancelling(Actor actor, Instant now) {
        Return announced = next(ReturnCommandKind.ANNOUNCE, target(ReturnCommandKind.ANNOUNCE),
                Option.some(ParcelStatus.ANNOUNCED), openCancellationRequest, items, refundMethod, draftOrderId, open,
                now);
        return Either.right(Decision.of(announced, new ReturnAnnounced(), actor, now));
    }

    private Either<Rejection, Decision<Return>> moved(ReturnCommandKind kind, ReturnEvent event, Actor actor,
            Instant now) {
        Return moved = next(kind, target(kind), statusBeforeCancelling, openCancellationRequest, items, refundMethod,
                draftOrderId, open, now);
        return Either.right(Decision.of(moved, event, actor, now));
    }

    private ExchangeCancellation cancelExchange(CancelExchange command, Actor actor, Instant now) {
        if (!open) {
            return new ExchangeCancellation(Decision.unchanged(this),
                    ExchangeCancellationReport.skipped(SkipReason.RETURN_ALREADY_CLOSED, refundMethod));
        }
        if (!hasExchange()) {
            return new ExchangeCancellation(Decision.unchanged(this),
                    ExchangeCancellationReport.skipped(SkipReason.NO_CHANGES_REQUIRED, refundMethod));
        }
        List<ReturnItem> exchanged = items.stream().filter(item -> item.compensation().isExchange()).toList();
        int uneven = (int) exchanged.stream().filter(item -> item.compensation().isUnevenExchange()).count();
        List<ReturnItem> refunded = items.stream()
                .map(item -> item.compensation().isExchange() ? item.refunded() : item)
                .toList();
        RefundMethod method = refundMethod.getOrElse(RefundMethod.ORIGINAL_PAYMENT_METHOD);
        ExchangeCancellationReport report = new ExchangeCancellationReport(ExchangeCancellationAction.UPDATED,
                Option.none(), exchanged.size(), exchanged.stream().mapToInt(ReturnItem::quantity).sum(),
                Option.some(method), refundMethod.isEmpty(), draftOrderId, uneven);
        Return updated = next(ReturnCommandKind.CANCEL_EXCHANGE, parcelStatus, statusBeforeCancelling,
                openCancellationRequest, refunded, Option.some(method), Option.none(), open, now);
        return new ExchangeCancellation(
                Decision.of(updated, new ExchangeCancelled(report, command.cancelReason()), actor, now), report);
    }

    /**
     * The one status the table's row for {@code kind} leads to from this return's status: the row holds the
     * target, so no code restates it. Only a declined cancellation, whose target the data picks, names its own.
     */
    private ParcelStatus target(ReturnCommandKind kind) {
        return TABLE.target(this, parcelStatus, kind).getOrElseThrow(
                rejection -> new IllegalStateException("decided a command the table refuses: " + rejection));
    }

    /** This return at the next version, after {@code kind} moved it to {@code status} (which the table must allow). */
    private Return next(ReturnCommandKind kind, ParcelStatus status, Option<ParcelStatus> before,
            Option<CancellationRequestId> request, List<ReturnItem> newItems, Option<RefundMethod> method,
            Option<Reference> draftOrder, boolean isOpen, Instant now) {
        TABLE.requireTarget(this, parcelStatus, kind, status);
        Option<Instant> delivered = status == ParcelStatus.DELIVERED
                ? deliveredAt.orElse(Option.some(now)) : Option.none();
        return new Return(id, tenant, version.next(), status, before, request, reasonCode, customerMessage,
                outgoingParcel, incomingParcel, deliveryOption, storeLocation, returnFee, labelCost, newItems, method,
                carrierId, carrierSupportsCancellation, orderId, draftOrder, isOpen, createdAt, delivered,
                Timestamps.notBefore(updatedAt, now), refund, ruleModifications);
    }
}
