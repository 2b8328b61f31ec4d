package dev.rescind.testkit.arbitraries;

import static dev.rescind.testkit.arbitraries.Values.optional;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.NewAggregate;
import dev.rescind.domain.shared.PickupWindow;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.TransitionTable.Transition;
import dev.rescind.domain.shared.TransitionTable;
import dev.rescind.domain.shared.WebAddress;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentCommand;
import dev.rescind.domain.shipment.ShipmentCommandKind;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import dev.rescind.domain.shipment.ShipmentTransitions;
import dev.rescind.domain.shipment.ShipmentType;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generation model of {@link Shipment}. */
public final class ShipmentModel
        implements CommandedModel<Shipment, ShipmentStatus, ShipmentCommandKind, ShipmentCommand> {

    /** The model; it holds no state. */
    public static final ShipmentModel INSTANCE = new ShipmentModel();

    private static final String[] ZONES = {"America/New_York", "Europe/Amsterdam", "Asia/Tokyo", "UTC",
            "Australia/Sydney"};

    private ShipmentModel() {
    }

    @Override
    public AggregateDescriptor<Shipment, ?, ?> descriptor() {
        return Shipment.DESCRIPTOR;
    }

    @Override
    public TransitionTable<Shipment, ShipmentStatus, ShipmentCommandKind> table() {
        return ShipmentTransitions.TABLE;
    }

    @Override
    public ShipmentStatus stateOf(Shipment shipment) {
        return shipment.status();
    }

    /**
     * {@return the creation data of a shipment of any type, with or without carrier, service level, label and
     * metadata}
     */
    public Arbitrary<NewShipment> details() {
        Arbitrary<Metadata> metadata = Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1)
                        .ofMaxLength(12), Values.prose(30).map(String::strip))
                .ofMaxSize(3).map(Map::copyOf).map(Metadata::new);
        Arbitrary<Option<WebAddress>> labelUrl = optional(Values.rawIds()
                .map(id -> WebAddress.of("https://labels.example.com/" + id + ".pdf").get()));
        return Combinators.combine(Values.rawIds().map(ShipmentId::new), Values.references(),
                        Arbitraries.of(ShipmentType.class), Arbitraries.longs().between(0, 90 * 24 * 60),
                        optional(Values.references()), optional(Values.references()), labelUrl, metadata)
                .as((id, order, type, minutesBefore, carrier, serviceLevel, label, meta) -> new NewShipment(id, order,
                        type, Values.EPOCH.minus(Duration.ofMinutes(minutesBefore)), carrier, serviceLevel, label,
                        meta));
    }

    @Override
    public Arbitrary<NewShipment> newDetails(Instant now) {
        return details();
    }

    @Override
    public Either<Rejection, Decision<Shipment>> create(TenantId tenant, Actor actor, NewAggregate details,
            Instant now) {
        return Shipment.create(tenant, actor, (NewShipment) details, now);
    }

    @Override
    public Option<Decision<Shipment>> recordedAnyway(Shipment shipment, Attempt<ShipmentCommand> attempt,
            Instant now) {
        return shipment.anomalyFor(attempt.actor(), attempt.command(), now);
    }

    @Override
    public Arbitrary<Shipment> created(Instant now) {
        return Combinators.combine(Values.tenants(), merchantSide(), details())
                .as((tenant, actor, details) -> Shipment.create(tenant, actor, details, now).get().aggregate());
    }

    /**
     * Pickup windows that start after {@code now}, in an IANA zone.
     *
     * @param now the earliest start
     * @return the windows
     */
    public Arbitrary<PickupWindow> futureWindows(Instant now) {
        return Combinators.combine(Values.durationsUpTo(Duration.ofDays(14)), Values.durationsUpTo(Duration.ofHours(8)),
                        Arbitraries.of(ZONES))
                .as((lead, length, zone) -> PickupWindow.of(now.plus(lead), now.plus(lead).plus(length), zone).get());
    }

    @Override
    public Option<Arbitrary<Attempt<ShipmentCommand>>> toward(Shipment shipment,
            Transition<Shipment, ShipmentStatus, ShipmentCommandKind> row, Instant now) {
        return Option.some(wellFormed(shipment, row.command(), now));
    }

    @Override
    public Arbitrary<Attempt<ShipmentCommand>> wellFormed(Shipment shipment, ShipmentCommandKind kind, Instant now) {
        Arbitrary<Actor> actor = Values.actors(kind.permittedActors());
        Arbitrary<ShipmentCommand> command = switch (kind) {
            case SCHEDULE -> Combinators.combine(futureWindows(now), optional(Values.references()))
                    .as(ShipmentCommand.Schedule::new);
            case PICK_UP -> Arbitraries.just(new ShipmentCommand.PickUp());
            case COMPLETE -> Arbitraries.just(new ShipmentCommand.Complete());
            case CANCEL -> optional(Values.reasons()).map(ShipmentCommand.Cancel::new);
        };
        return Combinators.combine(actor, command).as(Attempt::new);
    }

    @Override
    public Arbitrary<Attempt<ShipmentCommand>> mistakes(Shipment shipment, Instant now) {
        Arbitrary<Attempt<ShipmentCommand>> pastWindow = Combinators.combine(merchantSide(),
                        Values.durationsUpTo(Duration.ofDays(30)))
                .as((actor, ago) -> new Attempt<>(actor, new ShipmentCommand.Schedule(
                        PickupWindow.of(now.minus(ago).minusSeconds(3600), now.minus(ago), "UTC").get(),
                        Option.none())));
        Arbitrary<Attempt<ShipmentCommand>> wrongActor = Arbitraries.of(ShipmentCommandKind.class)
                .flatMap(kind -> wellFormed(shipment, kind, now).flatMap(attempt -> Values.anyActor()
                        .filter(actor -> !kind.permittedActors().contains(actor.kind()))
                        .map(actor -> new Attempt<>(actor, attempt.command()))));
        return Arbitraries.oneOf(pastWindow, wrongActor);
    }

    @Override
    public ShipmentCommandKind kindOf(ShipmentCommand command) {
        return command.kind();
    }

    @Override
    public Either<Rejection, Decision<Shipment>> decide(Shipment shipment, Attempt<ShipmentCommand> attempt,
            World world, Instant now) {
        return shipment.decide(attempt.actor(), attempt.command(), now);
    }

    @Override
    public void checkInvariants(Shipment shipment, World world) {
        if (shipment.cancellation().isDefined() != shipment.isCancelled()) {
            throw new AssertionError("cancellation record present ⇔ cancelled, broken by " + shipment);
        }
    }

    private static Arbitrary<Actor> merchantSide() {
        return Values.actors(ActorKind.MERCHANT_SIDE);
    }
}
