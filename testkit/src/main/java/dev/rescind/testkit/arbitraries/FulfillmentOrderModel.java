package dev.rescind.testkit.arbitraries;

import static dev.rescind.testkit.arbitraries.Values.optional;

import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.fulfillment.Destination;
import dev.rescind.domain.fulfillment.FulfillmentCommand;
import dev.rescind.domain.fulfillment.FulfillmentCommandKind;
import dev.rescind.domain.fulfillment.FulfillmentHold;
import dev.rescind.domain.fulfillment.FulfillmentLine;
import dev.rescind.domain.fulfillment.FulfillmentLineItem;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.FulfillmentOrderStatus;
import dev.rescind.domain.fulfillment.FulfillmentState;
import dev.rescind.domain.fulfillment.FulfillmentTransitions;
import dev.rescind.domain.fulfillment.HoldReason;
import dev.rescind.domain.fulfillment.NewFulfillmentOrder;
import dev.rescind.domain.fulfillment.Origin;
import dev.rescind.domain.fulfillment.RequestStatus;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.NewAggregate;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.TransitionTable.Transition;
import dev.rescind.domain.shared.TransitionTable;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generation model of {@link FulfillmentOrder}, for orders with and without a fulfillment service. */
public final class FulfillmentOrderModel implements
        CommandedModel<FulfillmentOrder, FulfillmentState, FulfillmentCommandKind, FulfillmentCommand> {

    /** The model; it holds no state. */
    public static final FulfillmentOrderModel INSTANCE = new FulfillmentOrderModel();

    private FulfillmentOrderModel() {
    }

    @Override
    public AggregateDescriptor<FulfillmentOrder, ?, ?> descriptor() {
        return FulfillmentOrder.DESCRIPTOR;
    }

    @Override
    public TransitionTable<FulfillmentOrder, FulfillmentState, FulfillmentCommandKind> table() {
        return FulfillmentTransitions.TABLE;
    }

    @Override
    public FulfillmentState stateOf(FulfillmentOrder order) {
        return order.state();
    }

    /** {@return one to four line items, numbered, each of one to five units} */
    public Arbitrary<List<FulfillmentLineItem>> lineItems() {
        return Combinators.combine(Values.references(), optional(Values.references()), optional(Values.references()),
                        Arbitraries.integers().between(1, 5))
                .as((lineItemId, inventoryItem, variant, quantity) -> FulfillmentLineItem.of(new Reference("line"),
                        lineItemId, inventoryItem, variant, quantity))
                .list().ofMinSize(1).ofMaxSize(4)
                .map(FulfillmentOrderModel::numbered);
    }

    /**
     * The creation data of a fulfillment order, with or without an assigned service.
     *
     * @param now the creation time; {@code fulfill_at} is absent or up to 30 days before or after it
     * @return the creation data
     */
    public Arbitrary<NewFulfillmentOrder> details(Instant now) {
        Arbitrary<Destination> destination = Combinators.combine(optional(Values.references()),
                        optional(Values.shortTexts()), optional(Values.shortTexts()), optional(Values.shortTexts()))
                .as((id, address, city, zip) -> new Destination(id, address, Option.none(), city, Option.none(),
                        Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
                        zip));
        Arbitrary<Origin> origin = Combinators.combine(optional(Values.shortTexts()), optional(Values.references()))
                .as((name, location) -> new Origin(Option.none(), Option.none(), Option.none(), Option.none(),
                        location, name, Option.none(), Option.none(), Option.none()));
        Arbitrary<Option<Instant>> fulfillAt = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(Option.<Instant>none())),
                Tuple.of(1, Values.durationsUpTo(Duration.ofDays(30)).map(lead -> Option.some(now.plus(lead)))),
                Tuple.of(1, Values.durationsUpTo(Duration.ofDays(30)).map(ago -> Option.some(now.minus(ago)))));
        return Combinators.combine(Values.rawIds().map(FulfillmentOrderId::new), Values.references(),
                        Values.references(), optional(Values.references()), optional(destination), optional(origin),
                        lineItems(), Combinators.combine(fulfillAt, optional(Values.durationsUpTo(Duration.ofDays(30))))
                                .as(Tuple::of))
                .as((id, order, location, service, to, from, lines, times) -> new NewFulfillmentOrder(id,
                        order, location, service, to, from, lines, times.get1(), times.get2().map(now::plus)));
    }

    @Override
    public Arbitrary<NewFulfillmentOrder> newDetails(Instant now) {
        return details(now);
    }

    @Override
    public Either<Rejection, Decision<FulfillmentOrder>> create(TenantId tenant, Actor actor, NewAggregate details,
            Instant now) {
        return FulfillmentOrder.create(tenant, actor, (NewFulfillmentOrder) details, now);
    }

    @Override
    public FulfillmentCommand withFreshIds(FulfillmentCommand command) {
        if (command instanceof FulfillmentCommand.SendCancellationRequest request) {
            return new FulfillmentCommand.SendCancellationRequest(
                    new CancellationRequestId(UUID.randomUUID().toString()), request.message(), request.answerBy());
        }
        if (command instanceof FulfillmentCommand.Cancel) {
            return new FulfillmentCommand.Cancel(freshOrderId());
        }
        if (command instanceof FulfillmentCommand.Hold hold) {
            return new FulfillmentCommand.Hold(new Reference(UUID.randomUUID().toString()), hold.reason(),
                    hold.reasonNotes());
        }
        if (command instanceof FulfillmentCommand.SubmitFulfillmentRequest submit) {
            return new FulfillmentCommand.SubmitFulfillmentRequest(submit.message(), submit.lines(),
                    submit.unsubmittedId().map(unused -> freshOrderId()));
        }
        if (command instanceof FulfillmentCommand.Split split) {
            return new FulfillmentCommand.Split(split.lines(), freshOrderId());
        }
        if (command instanceof FulfillmentCommand.Move move) {
            return new FulfillmentCommand.Move(move.newLocationId(), move.newService(), move.lines(), freshOrderId(),
                    freshOrderId());
        }
        return command;
    }

    private static FulfillmentOrderId freshOrderId() {
        return new FulfillmentOrderId(UUID.randomUUID().toString());
    }

    @Override
    public Arbitrary<FulfillmentOrder> created(Instant now) {
        return Combinators.combine(Values.tenants(), Values.actors(ActorKind.MERCHANT_SIDE), details(now))
                .as((tenant, actor, details) -> FulfillmentOrder.create(tenant, actor, details, now).get()
                        .aggregate());
    }

    @Override
    public Option<Arbitrary<Attempt<FulfillmentCommand>>> toward(FulfillmentOrder order,
            Transition<FulfillmentOrder, FulfillmentState, FulfillmentCommandKind> row, Instant now) {
        if (row.command() == FulfillmentCommandKind.RELEASE_HOLD) {
            return row.to().status() == FulfillmentOrderStatus.ON_HOLD
                    ? someHolds(order).map(release -> Combinators.combine(Values.actors(ActorKind.MERCHANT_SIDE),
                            release).as(Attempt::new))
                    : Option.some(Combinators.combine(Values.actors(ActorKind.MERCHANT_SIDE), everyHold(order))
                            .as(Attempt::new));
        }
        if (row.command() == FulfillmentCommandKind.SPLIT && partialShipment(order).isEmpty()) {
            return Option.none();
        }
        if (row.command() != FulfillmentCommandKind.CREATE_FULFILLMENT) {
            return Option.some(wellFormed(order, row.command(), now));
        }
        Arbitrary<Actor> fulfiller = fulfillerOf(order);
        if (row.to().status() == FulfillmentOrderStatus.CLOSED) {
            return Option.some(Combinators.combine(fulfiller, everythingRemaining(order)).as(Attempt::new));
        }
        return partialShipment(order).map(lines -> Combinators.combine(fulfiller, lines).as(Attempt::new));
    }

    @Override
    public Arbitrary<Attempt<FulfillmentCommand>> wellFormed(FulfillmentOrder order, FulfillmentCommandKind kind,
            Instant now) {
        Arbitrary<Actor> actor = switch (kind) {
            case ACCEPT_FULFILLMENT_REQUEST, REJECT_FULFILLMENT_REQUEST, ACCEPT_CANCELLATION_REQUEST,
                    REJECT_CANCELLATION_REQUEST, CLOSE_INCOMPLETE -> serviceOf(order);
            case CREATE_FULFILLMENT -> fulfillerOf(order);
            case EXPIRE_CANCELLATION_REQUEST, MARK_OVERDUE -> Values.actors(kind.permittedActors());
            default -> Values.actors(ActorKind.MERCHANT_SIDE);
        };
        Arbitrary<FulfillmentCommand> command = switch (kind) {
            case SUBMIT_FULFILLMENT_REQUEST -> Combinators.combine(optional(Values.messages()), moveLines(order),
                            Values.rawIds().filter(id -> !id.equals(order.id().value())))
                    .as((message, lines, unsubmitted) -> new FulfillmentCommand.SubmitFulfillmentRequest(message,
                            lines, Option.some(new FulfillmentOrderId(unsubmitted))));
            case ACCEPT_FULFILLMENT_REQUEST -> optional(Values.messages())
                    .map(FulfillmentCommand.AcceptFulfillmentRequest::new);
            case REJECT_FULFILLMENT_REQUEST -> optional(Values.messages())
                    .map(FulfillmentCommand.RejectFulfillmentRequest::new);
            case CANCEL -> Values.rawIds().filter(id -> !id.equals(order.id().value()))
                    .map(id -> new FulfillmentCommand.Cancel(new FulfillmentOrderId(id)));
            case SEND_CANCELLATION_REQUEST -> Combinators.combine(Values.rawIds().map(CancellationRequestId::new),
                    optional(Values.messages()), Values.answerBy(now))
                    .as(FulfillmentCommand.SendCancellationRequest::new);
            case EXPIRE_CANCELLATION_REQUEST -> Values.rawIds().map(CancellationRequestId::new)
                    .map(other -> new FulfillmentCommand.ExpireCancellationRequest(
                            order.openCancellationRequest().getOrElse(other)));
            case ACCEPT_CANCELLATION_REQUEST -> optional(Values.messages())
                    .map(FulfillmentCommand.AcceptCancellationRequest::new);
            case REJECT_CANCELLATION_REQUEST -> optional(Values.messages())
                    .map(FulfillmentCommand.RejectCancellationRequest::new);
            case CREATE_FULFILLMENT -> partialShipment(order).map(partial -> Arbitraries.oneOf(partial,
                    everythingRemaining(order))).getOrElse(everythingRemaining(order));
            case HOLD -> Combinators.combine(Values.rawIds().map(Reference::new)
                            .filter(id -> order.holds().stream().noneMatch(held -> held.id().equals(id))),
                    Arbitraries.of(HoldReason.class),
                    optional(Values.reasons())).as(FulfillmentCommand.Hold::new);
            case RELEASE_HOLD -> someHolds(order).map(some -> Arbitraries.oneOf(some, everyHold(order)))
                    .getOrElse(everyHold(order));
            case RESCHEDULE -> Values.durationsUpTo(Duration.ofDays(30))
                    .map(lead -> new FulfillmentCommand.Reschedule(now.plus(lead)));
            case MARK_AS_OPEN -> Arbitraries.just(new FulfillmentCommand.MarkAsOpen());
            case MARK_OVERDUE -> Arbitraries.just(new FulfillmentCommand.MarkOverdue(order.fulfillBy().getOrElse(now)));
            case CLOSE_INCOMPLETE -> optional(Values.messages()).map(FulfillmentCommand.CloseIncomplete::new);
            case MOVE -> Combinators.combine(Values.references()
                            .filter(location -> !location.equals(order.assignedLocationId())),
                    optional(Values.references()), moveLines(order), Values.rawIds(), Values.rawIds())
                    .as((location, service, lines, moved, remaining) -> new FulfillmentCommand.Move(location, service,
                            lines, new FulfillmentOrderId(moved), new FulfillmentOrderId(remaining)))
                    .filter(move -> !move.movedId().equals(order.id()) && !move.remainingId().equals(order.id())
                            && !move.remainingId().equals(move.movedId()))
                    .map(FulfillmentCommand.class::cast);
            case SPLIT -> Combinators.combine(partialShipment(order)
                            .map(partial -> partial.map(shipment -> ((FulfillmentCommand.CreateFulfillment) shipment)
                                    .lines()))
                            .getOrElse(Arbitraries.just(List.of())),
                    Values.rawIds().filter(id -> !id.equals(order.id().value())))
                    .as((lines, splitId) -> new FulfillmentCommand.Split(lines, new FulfillmentOrderId(splitId)));
            case SET_FULFILL_BY -> Values.durationsUpTo(Duration.ofDays(30)).flatMap(offset -> Arbitraries.of(
                    now.plus(offset), now.minus(offset))).map(FulfillmentCommand.SetFulfillBy::new);
        };
        return Combinators.combine(actor, command).as(Attempt::new);
    }

    /** Releasing one of several holds needs an order held more than once. */
    @Override
    public boolean loopsAt(FulfillmentState state) {
        return state.status() == FulfillmentOrderStatus.ON_HOLD;
    }

    /** Service answers need an assigned service. */
    @Override
    public boolean issuable(FulfillmentOrder order, FulfillmentCommandKind kind) {
        return !kind.isServiceAnswer() || order.isServiceManaged();
    }

    @Override
    public Arbitrary<Attempt<FulfillmentCommand>> mistakes(FulfillmentOrder order, Instant now) {
        Arbitrary<Attempt<FulfillmentCommand>> wrongKind = Arbitraries.of(FulfillmentCommandKind.class)
                .flatMap(kind -> wellFormed(order, kind, now).flatMap(attempt -> Values.anyActor()
                        .filter(actor -> !kind.permittedActors().contains(actor.kind()))
                        .map(actor -> new Attempt<>(actor, attempt.command()))));
        Arbitrary<Attempt<FulfillmentCommand>> otherService = Arbitraries.of(
                        FulfillmentCommandKind.ACCEPT_CANCELLATION_REQUEST,
                        FulfillmentCommandKind.REJECT_CANCELLATION_REQUEST,
                        FulfillmentCommandKind.ACCEPT_FULFILLMENT_REQUEST, FulfillmentCommandKind.CLOSE_INCOMPLETE,
                        FulfillmentCommandKind.CREATE_FULFILLMENT)
                .flatMap(kind -> wellFormed(order, kind, now))
                .map(attempt -> new Attempt<>(Actor.fulfillmentService("impostor-"
                        + order.assignedService().map(Reference::value).getOrElse("service")), attempt.command()));
        Arbitrary<Attempt<FulfillmentCommand>> tooMany = Arbitraries.of(order.lineItems())
                .flatMap(line -> Arbitraries.integers().between(line.fulfillableQuantity() + 1,
                                line.quantity() + 10)
                        .map(quantity -> new FulfillmentCommand.CreateFulfillment(
                                List.of(new FulfillmentLine(line.id(), quantity)))))
                .flatMap(command -> fulfillerOf(order).map(actor -> new Attempt<>(actor, command)));
        Arbitrary<Attempt<FulfillmentCommand>> unknownLine = fulfillerOf(order).map(actor -> new Attempt<>(actor,
                new FulfillmentCommand.CreateFulfillment(List.of(new FulfillmentLine(new Reference("no-such-line"),
                        1)))));
        Arbitrary<Attempt<FulfillmentCommand>> pastSchedule = Combinators.combine(
                        Values.actors(ActorKind.MERCHANT_SIDE), Values.durationsUpTo(Duration.ofDays(30)))
                .as((actor, ago) -> new Attempt<>(actor, new FulfillmentCommand.Reschedule(now.minus(ago))));
        Arbitrary<Attempt<FulfillmentCommand>> selfReplacement = Values.actors(ActorKind.MERCHANT_SIDE)
                .map(actor -> new Attempt<>(actor, new FulfillmentCommand.Cancel(order.id())));
        Arbitrary<Attempt<FulfillmentCommand>> unknownHold = Values.actors(ActorKind.MERCHANT_SIDE)
                .map(actor -> new Attempt<>(actor, FulfillmentCommand.ReleaseHold.of(List.of(
                        new Reference("no-such-hold")))));
        List<Arbitrary<Attempt<FulfillmentCommand>>> all = new ArrayList<>(
                List.of(wrongKind, otherService, unknownLine, pastSchedule, selfReplacement, unknownHold));
        if (!order.holds().isEmpty()) {
            all.add(Values.actors(ActorKind.MERCHANT_SIDE).map(actor -> new Attempt<>(actor,
                    new FulfillmentCommand.Hold(order.holds().get(0).id(), HoldReason.OTHER, Option.none()))));
        }
        if (order.lineItems().stream().anyMatch(line -> line.fulfillableQuantity() < line.quantity() + 10)) {
            all.add(tooMany);
        }
        return Arbitraries.oneOf(all);
    }

    @Override
    public FulfillmentCommandKind kindOf(FulfillmentCommand command) {
        return command.kind();
    }

    @Override
    public Either<Rejection, Decision<FulfillmentOrder>> decide(FulfillmentOrder order,
            Attempt<FulfillmentCommand> attempt, World world, Instant now) {
        return order.decide(attempt.actor(), attempt.command(), world.request(order.openCancellationRequest()), now);
    }

    @Override
    public void checkInvariants(FulfillmentOrder order, World world) {
        boolean requested = order.requestStatus() == RequestStatus.CANCELLATION_REQUESTED;
        if (requested && order.status() != FulfillmentOrderStatus.IN_PROGRESS) {
            throw new AssertionError("cancellation_requested ⇒ in_progress, broken by " + order);
        }
        Option<CancellationRequest> open = world.request(order.openCancellationRequest());
        if (requested != open.exists(CancellationRequest::isOpen)) {
            throw new AssertionError("an open cancellation request exists exactly while cancellation_requested, "
                    + "broken by " + order + " with " + open);
        }
        for (FulfillmentLineItem line : order.lineItems()) {
            if (line.fulfillableQuantity() < 0 || line.fulfillableQuantity() > line.quantity()) {
                throw new AssertionError("0 ≤ fulfillable ≤ quantity, broken by " + line);
            }
        }
        long openForThis = world.requests().values()
                .count(request -> request.isOpen() && request.target().id().equals(order.id().value()));
        if (openForThis > 1) {
            throw new AssertionError("at most one open cancellation request per order, found " + openForThis);
        }
    }

    /**
     * The assigned service, or (for an order without one) some service, which will be refused.
     *
     * @param order a fulfillment order
     * @return the service
     */
    public static Arbitrary<Actor> serviceOf(FulfillmentOrder order) {
        return order.assignedService()
                .map(service -> Arbitraries.just(Actor.fulfillmentService(service.value())))
                .getOrElse(Values.actors(Set.of(ActorKind.FULFILLMENT_SERVICE)));
    }

    /**
     * Who ships this order: its service, or the merchant's side when it has none.
     *
     * @param order a fulfillment order
     * @return the actor
     */
    public static Arbitrary<Actor> fulfillerOf(FulfillmentOrder order) {
        return order.isServiceManaged() ? serviceOf(order) : Values.actors(ActorKind.MERCHANT_SIDE);
    }

    /** Every unit still to ship (no lines), or some of them, for a move or a fulfillment request. */
    private static Arbitrary<List<FulfillmentLine>> moveLines(FulfillmentOrder order) {
        Arbitrary<List<FulfillmentLine>> everything = Arbitraries.just(List.of());
        return partialShipment(order)
                .map(partial -> Arbitraries.oneOf(everything,
                        partial.map(command -> ((FulfillmentCommand.CreateFulfillment) command).lines())))
                .getOrElse(everything);
    }

    /** Releasing every hold: all at once, or each by id. */
    private static Arbitrary<FulfillmentCommand> everyHold(FulfillmentOrder order) {
        List<Reference> ids = order.holds().stream().map(FulfillmentHold::id).toList();
        return ids.isEmpty() ? Arbitraries.just(FulfillmentCommand.ReleaseHold.all())
                : Arbitraries.of(FulfillmentCommand.ReleaseHold.all(), FulfillmentCommand.ReleaseHold.of(ids));
    }

    /** Releasing some holds by id, leaving at least one; empty when fewer than two are held. */
    private static Option<Arbitrary<FulfillmentCommand>> someHolds(FulfillmentOrder order) {
        List<Reference> ids = order.holds().stream().map(FulfillmentHold::id).toList();
        if (ids.size() < 2) {
            return Option.none();
        }
        return Option.some(Arbitraries.shuffle(ids).flatMap(shuffled -> Arbitraries.integers()
                .between(1, shuffled.size() - 1)
                .map(count -> FulfillmentCommand.ReleaseHold.of(shuffled.subList(0, count)))));
    }

    private static Arbitrary<FulfillmentCommand> everythingRemaining(FulfillmentOrder order) {
        List<FulfillmentLine> all = order.lineItems().stream()
                .filter(line -> line.fulfillableQuantity() > 0)
                .map(line -> new FulfillmentLine(line.id(), line.fulfillableQuantity()))
                .toList();
        return Arbitraries.of(FulfillmentCommand.CreateFulfillment.everything(),
                new FulfillmentCommand.CreateFulfillment(all));
    }

    /** Shipments of at least one unit that leave at least one unit to ship; empty when only one unit remains. */
    private static Option<Arbitrary<FulfillmentCommand>> partialShipment(FulfillmentOrder order) {
        List<FulfillmentLineItem> remaining = order.lineItems().stream()
                .filter(line -> line.fulfillableQuantity() > 0)
                .toList();
        int total = remaining.stream().mapToInt(FulfillmentLineItem::fulfillableQuantity).sum();
        if (total < 2) {
            return Option.none();
        }
        return Option.some(Combinators.combine(Arbitraries.shuffle(remaining),
                        Arbitraries.integers().between(1, total - 1))
                .as((ordered, units) -> {
                    List<FulfillmentLine> lines = new ArrayList<>();
                    int left = units;
                    for (FulfillmentLineItem line : ordered) {
                        int shipping = Math.min(left, line.fulfillableQuantity());
                        if (shipping > 0) {
                            lines.add(new FulfillmentLine(line.id(), shipping));
                            left -= shipping;
                        }
                    }
                    return new FulfillmentCommand.CreateFulfillment(lines);
                }));
    }

    private static List<FulfillmentLineItem> numbered(List<FulfillmentLineItem> lines) {
        List<FulfillmentLineItem> numbered = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            FulfillmentLineItem line = lines.get(index);
            numbered.add(FulfillmentLineItem.of(new Reference("fo-line-" + (index + 1)), line.lineItemId(),
                    line.inventoryItemId(), line.variantId(), line.quantity()));
        }
        return numbered;
    }
}
