package dev.rescind.testkit.arbitraries;

import static dev.rescind.testkit.arbitraries.Values.optional;

import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.returns.Compensation;
import dev.rescind.domain.returns.DeliveryOption;
import dev.rescind.domain.returns.NewReturn;
import dev.rescind.domain.returns.ParcelDetails;
import dev.rescind.domain.returns.ParcelReference;
import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.returns.RefundDetails;
import dev.rescind.domain.returns.RefundMethod;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnCommand;
import dev.rescind.domain.returns.ReturnCommandKind;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.returns.ReturnItem;
import dev.rescind.domain.returns.ReturnTransitions;
import dev.rescind.domain.returns.RuleModification;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.NewAggregate;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.ShortText;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.TransitionTable.Transition;
import dev.rescind.domain.shared.TransitionTable;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generation model of {@link Return}: parcel lifecycle, carrier answers and exchange compensation. */
public final class ReturnModel implements CommandedModel<Return, ParcelStatus, ReturnCommandKind, ReturnCommand> {

    /** The model; it holds no state. */
    public static final ReturnModel INSTANCE = new ReturnModel();

    private final Arbitrary<ParcelDetails> outgoingDetails = parcelDetails(false);
    private final Arbitrary<ParcelDetails> incomingDetails = parcelDetails(true);

    private ReturnModel() {
    }

    @Override
    public AggregateDescriptor<Return, ?, ?> descriptor() {
        return Return.DESCRIPTOR;
    }

    @Override
    public TransitionTable<Return, ParcelStatus, ReturnCommandKind> table() {
        return ReturnTransitions.TABLE;
    }

    @Override
    public ParcelStatus stateOf(Return aReturn) {
        return aReturn.parcelStatus();
    }

    /**
     * Items in one currency, each refunded, exchanged or exchanged with a price difference.
     *
     * @param currency the items' currency
     * @return one to six items, numbered
     */
    public Arbitrary<List<ReturnItem>> items(Currency currency) {
        Arbitrary<Compensation> compensation = Arbitraries.oneOf(
                Arbitraries.just(Compensation.REFUND),
                Values.references().map(Compensation::exchange),
                Combinators.combine(Values.references(), Values.money(currency), Arbitraries.of(1, -1))
                        .as((variant, difference, sign) -> Compensation.unevenExchange(variant,
                                sign > 0 ? difference : new Money(difference.amount().negate(), currency))));
        Arbitrary<ReturnItem> item = Combinators.combine(Values.references(), Arbitraries.integers().between(1, 5),
                        Values.money(currency), compensation)
                .as((article, quantity, price, compensated) -> new ReturnItem(new Reference("item"), article,
                        quantity, price, compensated));
        return item.list().ofMinSize(1).ofMaxSize(6).map(ReturnModel::numbered);
    }

    /** {@return the creation data of a return, with or without a carrier that supports cancellation} */
    public Arbitrary<NewReturn> details() {
        Arbitrary<ParcelReference> outgoingParcel = parcel(false);
        Arbitrary<ParcelReference> incomingParcel = parcel(true);
        Arbitrary<DeliveryOption> delivery = Arbitraries.of(DeliveryOption.class);
        return Values.currencies().flatMap(currency -> Combinators.combine(
                        Combinators.combine(Values.rawIds().map(ReturnId::new), optional(Values.references()),
                                        optional(Values.messages()), optional(outgoingParcel), optional(incomingParcel),
                                        delivery)
                                .as(Head::new),
                        optional(Values.money(currency)), optional(Values.money(currency)), items(currency),
                        optional(Arbitraries.of(RefundMethod.class)), optional(Values.references()),
                        Arbitraries.of(true, true, false),
                        Combinators.combine(optional(Values.references()), optional(Values.references()))
                                .as(ShopOrder::new))
                .as((head, fee, label, items, refund, carrier, supportsCancellation, shop) -> new NewReturn(
                        head.id, head.reason, head.message, head.outgoing, head.incoming, head.delivery,
                        head.delivery == DeliveryOption.IN_STORE ? Option.some(new Reference("store-1"))
                                : Option.none(),
                        fee, label, items, refund, carrier, supportsCancellation, shop.orderId, shop.draftOrderId))
                .flatMap(base -> Combinators.combine(refundDetails(currency), ruleModifications(base.items()))
                        .as((refund, rules) -> new NewReturn(base.id(), base.reasonCode(), base.customerMessage(),
                                base.outgoingParcel(), base.incomingParcel(), base.deliveryOption(),
                                base.storeLocation(), base.returnFee(), base.labelCost(), base.items(),
                                base.refundMethod(), base.carrierId(), base.carrierSupportsCancellation(),
                                base.orderId(), base.draftOrderId(), refund, rules))));
    }

    private Arbitrary<ParcelReference> parcel(boolean incoming) {
        return Combinators.combine(Values.references(), optional(Values.references()), parcelDetails(incoming))
                .as((id, tracking, details) -> new ParcelReference(id, tracking, Option.none(), details));
    }

    /**
     * What a host may tell of a parcel: each field absent or a valid value; a status slug for the outgoing
     * parcel, a return status id for the incoming one.
     *
     * @param incoming whether the details are of the incoming parcel
     * @return the details
     */
    public Arbitrary<ParcelDetails> parcelDetails(boolean incoming) {
        Arbitrary<Integer> small = Arbitraries.integers().between(1, 2000);
        Arbitrary<ShortText> slug = Arbitraries.of("delivered", "en_route_to_sorting_center", "ready_to_send")
                .map(ShortText::new);
        Arbitrary<ShortText> email = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)
                .map(local -> new ShortText(local + "@example.com"));
        return Combinators.combine(
                        Combinators.combine(optional(Arbitraries.integers().between(0, 2000)),
                                incoming ? Arbitraries.just(Option.<ShortText>none()) : optional(slug),
                                incoming ? optional(small) : Arbitraries.just(Option.<Integer>none()), optional(Values.shortTexts()), optional(Values.references()),
                                optional(email)).as(List::<Object>of),
                        Combinators.combine(optional(Arbitraries.of(true, false)), optional(small),
                                optional(Arbitraries.of("NL", "DE", "BE", "FR", "GB")), optional(Values.shortTexts()),
                                optional(Values.references())).as(List::<Object>of))
                .as(ReturnModel::parcelDetails);
    }

    @SuppressWarnings("unchecked")
    private static ParcelDetails parcelDetails(List<Object> first, List<Object> second) {
        return new ParcelDetails((Option<Integer>) first.get(0), (Option<ShortText>) first.get(1),
                (Option<Integer>) first.get(2), (Option<ShortText>) first.get(3), (Option<Reference>) first.get(4),
                (Option<ShortText>) first.get(5), (Option<Boolean>) second.get(0), (Option<Integer>) second.get(1),
                (Option<String>) second.get(2), (Option<ShortText>) second.get(3), (Option<Reference>) second.get(4));
    }

    /**
     * What a host may tell of the refund, in the items' currency.
     *
     * @param currency the items' currency
     * @return the details
     */
    public Arbitrary<RefundDetails> refundDetails(Currency currency) {
        Arbitrary<Instant> refundedAt = Arbitraries.longs().between(0, 86_400_000L * 365 * 5)
                .map(millis -> Values.EPOCH.plusMillis(millis));
        return Combinators.combine(optional(Values.money(currency)), optional(refundedAt),
                        optional(Values.messages()), Arbitraries.of(true, false))
                .as(RefundDetails::new);
    }

    /**
     * Up to three modifications, each for the whole return or one of {@code items}.
     *
     * @param items the return's items
     * @return the modifications
     */
    public Arbitrary<List<RuleModification>> ruleModifications(List<ReturnItem> items) {
        Arbitrary<Option<Reference>> item = optional(Arbitraries.of(items).map(ReturnItem::id));
        return Combinators.combine(Arbitraries.of("ship_with_rule", "refund_rule").map(ShortText::new),
                        Values.shortTexts(), Values.shortTexts(), Arbitraries.integers().between(0, 3), item)
                .as((rule, field, value, priority, itemId) -> new RuleModification(rule, field, value,
                        new ShortText("ship_with"), new ShortText("Return method"), priority, itemId))
                .list().ofMaxSize(3);
    }

    @Override
    public Arbitrary<Return> created(Instant now) {
        return Combinators.combine(Values.tenants(), Values.actors(ActorKind.MERCHANT_SIDE), details())
                .as((tenant, actor, details) -> Return.create(tenant, actor, details, now).get().aggregate());
    }

    @Override
    public Option<Arbitrary<Attempt<ReturnCommand>>> toward(Return aReturn,
            Transition<Return, ParcelStatus, ReturnCommandKind> row, Instant now) {
        if ((row.command() == ReturnCommandKind.DECLINE_CANCELLATION
                || row.command() == ReturnCommandKind.EXPIRE_CANCELLATION)
                && !aReturn.statusBeforeCancelling().contains(row.to())) {
            return Option.none();
        }
        return Option.some(wellFormed(aReturn, row.command(), now));
    }

    @Override
    public Arbitrary<Attempt<ReturnCommand>> wellFormed(Return aReturn, ReturnCommandKind kind, Instant now) {
        Arbitrary<Actor> actor = kind.permittedActors().contains(ActorKind.CARRIER)
                ? Arbitraries.just(carrierOf(aReturn))
                : Values.actors(kind.permittedActors());
        Arbitrary<ReturnCommand> command = switch (kind) {
            case ANNOUNCE -> Arbitraries.just(new ReturnCommand.Announce());
            case FAIL_ANNOUNCEMENT -> optional(Values.messages()).map(ReturnCommand.FailAnnouncement::new);
            case RECORD_SCAN -> Arbitraries.just(new ReturnCommand.RecordScan());
            case RECORD_DELIVERY -> Arbitraries.just(new ReturnCommand.RecordDelivery());
            case REQUEST_CANCELLATION -> Combinators.combine(Values.rawIds().map(CancellationRequestId::new),
                    optional(Values.messages()), Values.answerBy(now)).as(ReturnCommand.RequestCancellation::new);
            case EXPIRE_CANCELLATION -> Values.rawIds().map(CancellationRequestId::new)
                    .map(other -> new ReturnCommand.ExpireCancellation(
                            aReturn.openCancellationRequest().getOrElse(other)));
            case CONFIRM_CANCELLATION -> optional(Values.messages()).map(ReturnCommand.ConfirmCancellation::new);
            case DECLINE_CANCELLATION -> optional(Values.messages()).map(ReturnCommand.DeclineCancellation::new);
            case CANCEL_EXCHANGE -> optional(Values.reasons()).map(ReturnCommand.CancelExchange::new);
            case CLOSE -> Arbitraries.just(new ReturnCommand.Close());
            case CANCEL_ITEM -> itemCancellation(aReturn);
            case UPDATE_HOST_DETAILS -> hostDetailsUpdate(aReturn);
        };
        return Combinators.combine(actor, command).as(Attempt::new);
    }

    /** Some units of an item that still has some, up to all of them; of any item when none remain. */
    private static Arbitrary<ReturnCommand> itemCancellation(Return aReturn) {
        List<ReturnItem> remaining = aReturn.items().stream().filter(item -> item.remainingQuantity() > 0).toList();
        List<ReturnItem> candidates = remaining.isEmpty() ? aReturn.items() : remaining;
        return Combinators.combine(Arbitraries.integers().between(0, candidates.size() - 1),
                        Arbitraries.integers().between(1, 5), optional(Values.reasons()))
                .as((index, quantity, reason) -> {
                    ReturnItem chosen = candidates.get(index);
                    return new ReturnCommand.CancelItem(chosen.id(),
                            Math.max(1, Math.min(quantity, chosen.remainingQuantity())), reason);
                });
    }

    /**
     * New details for the parcels the return has, a refund in its currency, modifications of its items; each
     * given or not, at least one given, now and then the refund the return already has.
     */
    private Arbitrary<ReturnCommand> hostDetailsUpdate(Return aReturn) {
        Currency currency = aReturn.items().get(0).unitPrice().currency();
        return Combinators.combine(optional(outgoingDetails), optional(incomingDetails),
                        optional(refundDetails(currency)), optional(ruleModifications(aReturn.items())),
                        Arbitraries.integers().between(0, 3))
                .as((out, in, refund, rules, pick) -> {
                    Option<ParcelDetails> outgoing = aReturn.outgoingParcel().isDefined() ? out : Option.none();
                    Option<ParcelDetails> incoming = aReturn.incomingParcel().isDefined() ? in : Option.none();
                    boolean nothing = outgoing.isEmpty() && incoming.isEmpty() && refund.isEmpty() && rules.isEmpty();
                    Option<RefundDetails> given = pick == 0 || nothing ? Option.some(aReturn.refund()) : refund;
                    return new ReturnCommand.UpdateHostDetails(outgoing, incoming, given, rules);
                });
    }

    @Override
    public Arbitrary<Attempt<ReturnCommand>> mistakes(Return aReturn, Instant now) {
        Arbitrary<Attempt<ReturnCommand>> wrongKind = Arbitraries.of(ReturnCommandKind.class)
                .flatMap(kind -> wellFormed(aReturn, kind, now).flatMap(attempt -> Values.anyActor()
                        .filter(actor -> !kind.permittedActors().contains(actor.kind()))
                        .map(actor -> new Attempt<>(actor, attempt.command()))));
        Arbitrary<Attempt<ReturnCommand>> otherCarrier = Arbitraries.of(ReturnCommandKind.CONFIRM_CANCELLATION,
                        ReturnCommandKind.DECLINE_CANCELLATION)
                .flatMap(kind -> wellFormed(aReturn, kind, now))
                .filter(attempt -> aReturn.carrierId().isDefined())
                .map(attempt -> new Attempt<>(Actor.carrier("not-" + aReturn.carrierId().get().value()),
                        attempt.command()));
        Arbitrary<Attempt<ReturnCommand>> overAsked = Combinators.combine(Values.actors(
                        ReturnCommandKind.CANCEL_ITEM.permittedActors()), Arbitraries.of(aReturn.items()),
                        Arbitraries.integers().between(1, 3))
                .as((actor, item, extra) -> new Attempt<>(actor, new ReturnCommand.CancelItem(item.id(),
                        item.remainingQuantity() + extra, Option.none())));
        Arbitrary<Attempt<ReturnCommand>> unknownItem = Values.actors(ReturnCommandKind.CANCEL_ITEM.permittedActors())
                .map(actor -> new Attempt<>(actor, new ReturnCommand.CancelItem(new Reference("no-such-item"), 1,
                        Option.none())));
        Arbitrary<Attempt<ReturnCommand>> foreignRefund = Values.actors(ActorKind.MERCHANT_SIDE)
                .map(actor -> new Attempt<>(actor, new ReturnCommand.UpdateHostDetails(Option.none(), Option.none(),
                        Option.some(new RefundDetails(Option.some(otherCurrency(aReturn)), Option.none(),
                                Option.none(), false)), Option.none())));
        Arbitrary<Attempt<ReturnCommand>> wrongPayload = Arbitraries.oneOf(overAsked, unknownItem, foreignRefund);
        return aReturn.carrierId().isDefined() ? Arbitraries.oneOf(wrongKind, otherCarrier, wrongPayload)
                : Arbitraries.oneOf(wrongKind, wrongPayload);
    }

    @Override
    public Arbitrary<NewReturn> newDetails(Instant now) {
        return details();
    }

    @Override
    public Either<Rejection, Decision<Return>> create(TenantId tenant, Actor actor, NewAggregate details,
            Instant now) {
        return Return.create(tenant, actor, (NewReturn) details, now);
    }

    @Override
    public ReturnCommand withFreshIds(ReturnCommand command) {
        return command instanceof ReturnCommand.RequestCancellation request
                ? new ReturnCommand.RequestCancellation(new CancellationRequestId(UUID.randomUUID().toString()),
                        request.message(), request.answerBy())
                : command;
    }

    @Override
    public ReturnCommandKind kindOf(ReturnCommand command) {
        return command.kind();
    }

    @Override
    public Either<Rejection, Decision<Return>> decide(Return aReturn, Attempt<ReturnCommand> attempt, World world,
            Instant now) {
        return aReturn.decide(attempt.actor(), attempt.command(), world.request(aReturn.openCancellationRequest()),
                now);
    }

    @Override
    public void checkInvariants(Return aReturn, World world) {
        boolean cancelling = aReturn.parcelStatus() == ParcelStatus.CANCELLING;
        Option<CancellationRequest> open = world.request(aReturn.openCancellationRequest());
        if (cancelling != open.exists(CancellationRequest::isOpen)) {
            throw new AssertionError("an open cancellation request exists exactly while cancelling, broken by "
                    + aReturn + " with " + open);
        }
        long openForThis = world.requests().values()
                .count(request -> request.isOpen() && request.target().id().equals(aReturn.id().value()));
        if (openForThis > 1) {
            throw new AssertionError("at most one open cancellation request per return, found " + openForThis);
        }
    }

    /** A refund amount in a currency the return's items are not in. */
    private static Money otherCurrency(Return aReturn) {
        Currency items = aReturn.items().get(0).unitPrice().currency();
        Currency other = Currency.getInstance(items.getCurrencyCode().equals("EUR") ? "USD" : "EUR");
        return Money.zero(other);
    }

    /**
     * The carrier that may answer for this return: its own, or any carrier when none is recorded.
     *
     * @param aReturn a return
     * @return the carrier
     */
    public static Actor carrierOf(Return aReturn) {
        return Actor.carrier(aReturn.carrierId().map(Reference::value).getOrElse("any-carrier"));
    }

    private static List<ReturnItem> numbered(List<ReturnItem> items) {
        List<ReturnItem> numbered = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            ReturnItem item = items.get(index);
            numbered.add(new ReturnItem(new Reference("item-" + (index + 1)), item.articleId(), item.quantity(),
                    item.unitPrice(), item.compensation()));
        }
        return numbered;
    }

    private record Head(ReturnId id, Option<Reference> reason, Option<Message> message,
            Option<ParcelReference> outgoing, Option<ParcelReference> incoming, DeliveryOption delivery) {
    }

    private record ShopOrder(Option<Reference> orderId, Option<Reference> draftOrderId) {
    }
}
