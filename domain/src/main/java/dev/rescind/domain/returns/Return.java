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
import dev.rescind.domain.returns.ReturnCommand.CancelItem;
import dev.rescind.domain.returns.ReturnCommand.ConfirmCancellation;
import dev.rescind.domain.returns.ReturnCommand.DeclineCancellation;
import dev.rescind.domain.returns.ReturnCommand.FailAnnouncement;
import dev.rescind.domain.returns.ReturnCommand.RequestCancellation;
import dev.rescind.domain.returns.ReturnCommand.UpdateHostDetails;
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
import dev.rescind.domain.returns.ReturnEvent.ReturnHostDetailsUpdated;
import dev.rescind.domain.returns.ReturnEvent.ReturnItemCancelled;
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
import java.util.ArrayList;
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
 * <p>Partial cancellation: while the parcel has not moved ({@code ANNOUNCING}, {@code ANNOUNCED}) the customer
 * may stop returning some units of an item, again and again until none remain; each item keeps its ledger
 * (returned = cancelled + remaining). Asking for more than remains is {@link Rejection.ExceedsRemainingQuantity}.
 * The label is not touched: a return whose every unit is cancelled keeps its parcel status until the carrier's
 * label is cancelled with {@code request cancellation} (ADR 0027).
 *
 * <p>The host's parcel details, refund details and rule modifications (Sendcloud's parcel data, {@code refund}
 * and {@code rule_modifications}) are carried as given at creation or by the latest update.
 *
 * <p>Invariants: an open cancellation request is referenced exactly when {@code CANCELLING}, together with the
 * status to go back to; all amounts of the items share one currency.
 *
 * @param id                          {@code id}
 * @param tenant                      the tenant
 * @param version                     the version
 * @param parcelStatus                the incoming parcel's status
 * @param statusBeforeCancelling      the status a declined cancellation goes back to; present exactly when
 *                                    {@code CANCELLING}
 * @param openCancellationRequest     the request to the carrier waiting for its answer; present exactly when
 *                                    {@code CANCELLING}
 * @param reasonCode                  {@code reason}: the id of the return reason, if given
 * @param customerMessage             {@code message}: the customer's, if any
 * @param outgoingParcel              the parcel sent to the customer, if any
 * @param incomingParcel              the parcel coming back, if known
 * @param deliveryOption              {@code delivery_option}
 * @param storeLocation               {@code store_location}, for a return brought to a store
 * @param returnFee                   {@code return_fee}, if charged
 * @param labelCost                   {@code label_cost}, if known
 * @param items                       the returned items
 * @param refundMethod                how the customer is paid back, if chosen
 * @param carrierId                   the carrier, if known
 * @param carrierSupportsCancellation whether the carrier accepts upstream label cancellation
 * @param orderId                     the shop order, if any
 * @param draftOrderId                the exchange's draft order, until an exchange cancellation drops it
 * @param open                        whether the merchant is still working on the return
 * @param createdAt                   {@code created_at}
 * @param deliveredAt                 {@code delivered_at}, once delivered
 * @param updatedAt                   when it last changed
 * @param refund                      what the host tells of the refund
 * @param ruleModifications           the return rules the host applied
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
                    Return::parcelStatus, Return::openCancellationRequest, ReturnEvent.class)
                    .commandedBy(ReturnCommand.class).reporting(ExchangeCancellationReport.class);

    /**
     * Checks the components and the rules the class comment states.
     *
     * @param id                          {@code id}
     * @param tenant                      the tenant
     * @param version                     the version
     * @param parcelStatus                the incoming parcel's status
     * @param statusBeforeCancelling      the status a declined cancellation goes back to; present exactly when
     *                                    {@code CANCELLING}
     * @param openCancellationRequest     the request to the carrier waiting for its answer; present exactly when
     *                                    {@code CANCELLING}
     * @param reasonCode                  {@code reason}: the id of the return reason, if given
     * @param customerMessage             {@code message}: the customer's, if any
     * @param outgoingParcel              the parcel sent to the customer, if any
     * @param incomingParcel              the parcel coming back, if known
     * @param deliveryOption              {@code delivery_option}
     * @param storeLocation               {@code store_location}, for a return brought to a store
     * @param returnFee                   {@code return_fee}, if charged
     * @param labelCost                   {@code label_cost}, if known
     * @param items                       the returned items
     * @param refundMethod                how the customer is paid back, if chosen
     * @param carrierId                   the carrier, if known
     * @param carrierSupportsCancellation whether the carrier accepts upstream label cancellation
     * @param orderId                     the shop order, if any
     * @param draftOrderId                the exchange's draft order, until an exchange cancellation drops it
     * @param open                        whether the merchant is still working on the return
     * @param createdAt                   {@code created_at}
     * @param deliveredAt                 {@code delivered_at}, once delivered
     * @param updatedAt                   when it last changed
     * @param refund                      what the host tells of the refund
     * @param ruleModifications           the return rules the host applied
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null or breaks a rule
     */
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
        // Checked before the copy, which would throw on a missing element instead of naming it.
        NewReturn.checkItems(check, items);
        check.orThrowIfAnyMissing(items);
        items = List.copyOf(items);
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

    /**
     * A new open return at version 1, waiting for the carrier's announcement.
     *
     * @param tenant  the tenant
     * @param actor   who creates it
     * @param details the return's data
     * @param now     when
     * @return the decision, or the rejection
     */
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
     *
     * @param actor       who sends the command
     * @param command     the command
     * @param openRequest the open cancellation request, while {@code CANCELLING}
     * @param now         when
     * @return the decision, or the rejection
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
                    case CANCEL_ITEM -> cancelItem(actor, (CancelItem) command, now);
                    case UPDATE_HOST_DETAILS -> updateHostDetails(actor, (UpdateHostDetails) command, now);
                    case CLOSE -> Either.right(Decision.of(
                            next(kind, parcelStatus, statusBeforeCancelling, openCancellationRequest, items,
                                    refundMethod, draftOrderId, false, now),
                            new ReturnClosed(), actor, now));
                });
    }

    /**
     * Applies a command that does not involve a cancellation request.
     *
     * @param actor   who sends the command
     * @param command the command
     * @param now     when
     * @return the decision, or the rejection
     */
    public Either<Rejection, Decision<Return>> decide(Actor actor, ReturnCommand command, Instant now) {
        return decide(actor, command, Option.none(), now);
    }

    /**
     * parcelLab's {@code cancel_exchange}, with the report it answers: {@code updated}, or {@code skipped} and why.
     *
     * @param actor   who sends it
     * @param command the command
     * @param now     when
     * @return the decision with its report, or the rejection
     */
    public Either<Rejection, ExchangeCancellation> cancelExchange(Actor actor, CancelExchange command, Instant now) {
        return ReturnCommandKind.CANCEL_EXCHANGE.authorize(actor)
                .flatMap(allowed -> TABLE.targets(this, parcelStatus, ReturnCommandKind.CANCEL_EXCHANGE))
                .map(allowed -> cancelExchange(command, actor, now));
    }

    /**
     * Sendcloud's {@code is_cancellable}: not yet scanned by the carrier, the carrier supports upstream
     * cancellation, and no cancellation is already under way.
     *
     * @return {@code true} when it is
     */
    public boolean isCancellable() {
        return TABLE.allows(this, parcelStatus, ReturnCommandKind.REQUEST_CANCELLATION);
    }

    /** {@return the units still being returned: every item's remaining quantity} */
    public int itemCount() {
        return items.stream().mapToInt(ReturnItem::remainingQuantity).sum();
    }

    /**
     * The value of the items still being returned, unit price times remaining quantity (Sendcloud's
     * {@code items_cost}).
     *
     * @return the value
     */
    public Money itemsValue() {
        Money total = Money.zero(items.get(0).unitPrice().currency());
        for (ReturnItem item : items) {
            total = item.unitPrice().times(item.remainingQuantity()).flatMap(total::plus)
                    .getOrElseThrow(invalid -> new IllegalStateException(invalid.message()));
        }
        return total;
    }

    /** {@return whether some unit still being returned is to be exchanged} */
    public boolean hasExchange() {
        return items.stream().anyMatch(Return::isExchanged);
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

    private Either<Rejection, Decision<Return>> cancelItem(Actor actor, CancelItem command, Instant now) {
        int index = indexOfItem(command.itemId());
        if (index < 0) {
            return Either.left(Rejection.InvalidInput.of("itemId", "unknown", "must be an item of this return"));
        }
        ReturnItem item = items.get(index);
        if (command.quantity() > item.remainingQuantity()) {
            return Either.left(new Rejection.ExceedsRemainingQuantity(AggregateType.RETURN, id.value(),
                    item.id().value(), command.quantity(), item.remainingQuantity()));
        }
        ReturnItem cancelled = item.cancelled(command.quantity());
        List<ReturnItem> newItems = new ArrayList<>(items);
        newItems.set(index, cancelled);
        Return updated = next(ReturnCommandKind.CANCEL_ITEM, parcelStatus, statusBeforeCancelling,
                openCancellationRequest, newItems, refundMethod, draftOrderId, open, now);
        return Either.right(Decision.of(updated, new ReturnItemCancelled(item.id(), command.quantity(),
                cancelled.cancelledQuantity(), cancelled.remainingQuantity(), command.reason()), actor, now));
    }

    private int indexOfItem(Reference itemId) {
        for (int index = 0; index < items.size(); index++) {
            if (items.get(index).id().equals(itemId)) {
                return index;
            }
        }
        return -1;
    }

    /**
     * The host's new data, checked as at creation; what equals the current value is left out of the event, and
     * when nothing differs the decision changes nothing.
     */
    private Either<Rejection, Decision<Return>> updateHostDetails(Actor actor, UpdateHostDetails command,
            Instant now) {
        Check check = Check.start()
                .require(command.outgoingParcel().isEmpty() || outgoingParcel.isDefined(), "outgoingParcel",
                        "no_parcel", "the return has no outgoing parcel")
                .require(command.incomingParcel().isEmpty() || incomingParcel.isDefined(), "incomingParcel",
                        "no_parcel", "the return has no incoming parcel");
        Option<ParcelReference> outgoing = withDetails(outgoingParcel, command.outgoingParcel());
        Option<ParcelReference> incoming = withDetails(incomingParcel, command.incomingParcel());
        RefundDetails newRefund = command.refund().getOrElse(refund);
        List<RuleModification> newModifications = command.ruleModifications().getOrElse(ruleModifications);
        NewReturn.checkParcels(check, outgoing, incoming);
        NewReturn.checkHostDetails(check, items, newRefund, newModifications);
        return check.<Decision<Return>>result(() -> {
            ReturnHostDetailsUpdated event = new ReturnHostDetailsUpdated(
                    changed(outgoingParcel.map(ParcelReference::details), command.outgoingParcel()),
                    changed(incomingParcel.map(ParcelReference::details), command.incomingParcel()),
                    changed(Option.some(refund), command.refund()),
                    changed(Option.some(ruleModifications), command.ruleModifications()));
            if (event.outgoingParcel().isEmpty() && event.incomingParcel().isEmpty() && event.refund().isEmpty()
                    && event.ruleModifications().isEmpty()) {
                return Decision.unchanged(this);
            }
            TABLE.requireTarget(this, parcelStatus, ReturnCommandKind.UPDATE_HOST_DETAILS, parcelStatus);
            Return updated = new Return(id, tenant, version.next(), parcelStatus, statusBeforeCancelling,
                    openCancellationRequest, reasonCode, customerMessage, outgoing, incoming, deliveryOption,
                    storeLocation, returnFee, labelCost, items, refundMethod, carrierId, carrierSupportsCancellation,
                    orderId, draftOrderId, open, createdAt, deliveredAt, Timestamps.notBefore(updatedAt, now),
                    newRefund, newModifications);
            return Decision.of(updated, event, actor, now);
        }).<Rejection>mapLeft(invalid -> invalid);
    }

    private static Option<ParcelReference> withDetails(Option<ParcelReference> parcel, Option<ParcelDetails> details) {
        return details.isEmpty() ? parcel : parcel.map(reference -> new ParcelReference(reference.parcelId(),
                reference.trackingNumber(), reference.trackingUrl(), details.get()));
    }

    /** The given value where it differs from the current one. */
    private static <T> Option<T> changed(Option<T> current, Option<T> given) {
        return given.filter(value -> !current.contains(value));
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
            return exchangeSkipped(SkipReason.RETURN_ALREADY_CLOSED);
        }
        if (!hasExchange()) {
            return exchangeSkipped(SkipReason.NO_CHANGES_REQUIRED);
        }
        List<ReturnItem> exchanged = items.stream().filter(Return::isExchanged).toList();
        int uneven = (int) exchanged.stream().filter(item -> item.compensation().isUnevenExchange()).count();
        List<ReturnItem> refunded = items.stream()
                .map(item -> isExchanged(item) ? item.refunded() : item)
                .toList();
        RefundMethod method = refundMethod.getOrElse(RefundMethod.ORIGINAL_PAYMENT_METHOD);
        ExchangeCancellationReport report = new ExchangeCancellationReport(ExchangeCancellationAction.UPDATED,
                Option.none(), exchanged.size(), exchanged.stream().mapToInt(ReturnItem::remainingQuantity).sum(),
                Option.some(method), refundMethod.isEmpty(), draftOrderId, uneven);
        Return updated = next(ReturnCommandKind.CANCEL_EXCHANGE, parcelStatus, statusBeforeCancelling,
                openCancellationRequest, refunded, Option.some(method), Option.none(), open, now);
        return new ExchangeCancellation(Decision.of(updated, new ExchangeCancelled(report, command.cancelReason()),
                actor, now).reporting(report), report);
    }

    private ExchangeCancellation exchangeSkipped(SkipReason reason) {
        ExchangeCancellationReport report = ExchangeCancellationReport.skipped(reason, refundMethod);
        return new ExchangeCancellation(Decision.unchanged(this).reporting(report), report);
    }

    /** An exchange item of which some units are still being returned; a fully cancelled one is left as it was. */
    private static boolean isExchanged(ReturnItem item) {
        return item.compensation().isExchange() && item.remainingQuantity() > 0;
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
