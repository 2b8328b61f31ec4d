package dev.rescind.domain.shipment;

import static dev.rescind.domain.shipment.ShipmentTransitions.TABLE;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.Permissions;
import dev.rescind.domain.shared.PickupWindow;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Timestamps;
import dev.rescind.domain.shared.Version;
import dev.rescind.domain.shared.WebAddress;
import dev.rescind.domain.shipment.ShipmentCommand.Cancel;
import dev.rescind.domain.shipment.ShipmentCommand.Schedule;
import dev.rescind.domain.shipment.ShipmentEvent.CarrierFactAfterCancellation;
import dev.rescind.domain.shipment.ShipmentEvent.ShipmentCancelled;
import dev.rescind.domain.shipment.ShipmentEvent.ShipmentCompleted;
import dev.rescind.domain.shipment.ShipmentEvent.ShipmentCreated;
import dev.rescind.domain.shipment.ShipmentEvent.ShipmentPickedUp;
import dev.rescind.domain.shipment.ShipmentEvent.ShipmentScheduled;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A carrier shipment, after ReturnQueen's model.
 *
 * <p>Lifecycle: created {@code PENDING}; {@code schedule} agrees a pickup window ({@code SCHEDULED}, and may
 * move it); the carrier's pickup scan makes it {@code IN_TRANSIT} and delivery {@code COMPLETED}. Only a
 * {@code PENDING} or {@code SCHEDULED} shipment can be cancelled; any other state answers
 * {@link Rejection.NotCancellable}, ReturnQueen's 409. {@code COMPLETED} and {@code CANCELLED} are terminal.
 * A carrier fact that contradicts a cancellation is refused as a transition but kept as an {@link Anomaly}
 * (see {@link #anomalyFor}).
 *
 * <p>Invariants: the cancellation record is present exactly when {@code CANCELLED}; a shipment that was ever
 * scheduled has a pickup window; {@code insertedAt ≤ updatedAt}.
 *
 * @param id                    {@code id}
 * @param tenant                the tenant
 * @param version               the version
 * @param status                {@code status}
 * @param orderNumber           {@code order_number}
 * @param shipmentType          {@code shipment_type}
 * @param shipmentDate          {@code shipment_date}
 * @param pickupWindow          {@code complete_at_start}, {@code complete_at_end} and {@code timezone}, once scheduled
 * @param carrierId             {@code carrier_id}, if known
 * @param carrierServiceLevelId {@code carrier_service_level_id}, if known
 * @param pickupId              {@code pickup_id}, if known
 * @param labelUrl              {@code label_url}, if known
 * @param metadata              {@code metadata}
 * @param insertedAt            {@code inserted_at}
 * @param updatedAt             {@code updated_at}
 * @param cancellation          who cancelled, when and why; present exactly when {@code CANCELLED}
 * @param anomalies             carrier facts that contradicted the cancellation, oldest first
 */
public record Shipment(
        ShipmentId id,
        TenantId tenant,
        Version version,
        ShipmentStatus status,
        Reference orderNumber,
        ShipmentType shipmentType,
        Instant shipmentDate,
        Option<PickupWindow> pickupWindow,
        Option<Reference> carrierId,
        Option<Reference> carrierServiceLevelId,
        Option<Reference> pickupId,
        Option<WebAddress> labelUrl,
        Metadata metadata,
        Instant insertedAt,
        Instant updatedAt,
        Option<Cancellation> cancellation,
        List<Anomaly> anomalies) implements Aggregate {

    /** What the pipeline, the stores and the codec need to know about this aggregate. */
    public static final AggregateDescriptor<Shipment, ShipmentId, ShipmentStatus> DESCRIPTOR =
            AggregateDescriptor.of(AggregateType.SHIPMENT, Shipment.class, ShipmentId::new, ShipmentStatus.class,
                    Shipment::status, ShipmentEvent.class)
                    .commandedBy(ShipmentCommand.class);

    /**
     * Checks the components and the rules the class comment states.
     *
     * @param id                    {@code id}
     * @param tenant                the tenant
     * @param version               the version
     * @param status                {@code status}
     * @param orderNumber           {@code order_number}
     * @param shipmentType          {@code shipment_type}
     * @param shipmentDate          {@code shipment_date}
     * @param pickupWindow          {@code complete_at_start}, {@code complete_at_end} and {@code timezone}, once
     *                              scheduled
     * @param carrierId             {@code carrier_id}, if known
     * @param carrierServiceLevelId {@code carrier_service_level_id}, if known
     * @param pickupId              {@code pickup_id}, if known
     * @param labelUrl              {@code label_url}, if known
     * @param metadata              {@code metadata}
     * @param insertedAt            {@code inserted_at}
     * @param updatedAt             {@code updated_at}
     * @param cancellation          who cancelled, when and why; present exactly when {@code CANCELLED}
     * @param anomalies             carrier facts that contradicted the cancellation, oldest first
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null or breaks a rule
     */
    public Shipment {
        Check check = Check.start()
                .required("id", id)
                .required("tenant", tenant)
                .required("version", version)
                .required("status", status)
                .required("orderNumber", orderNumber)
                .required("shipmentType", shipmentType)
                .required("shipmentDate", shipmentDate)
                .required("pickupWindow", pickupWindow)
                .required("carrierId", carrierId)
                .required("carrierServiceLevelId", carrierServiceLevelId)
                .required("pickupId", pickupId)
                .required("labelUrl", labelUrl)
                .required("metadata", metadata)
                .required("insertedAt", insertedAt)
                .required("updatedAt", updatedAt)
                .required("cancellation", cancellation)
                .required("anomalies", anomalies);
        check.orThrow();
        anomalies = List.copyOf(anomalies);
        check.require(version.value() >= 1, "version", "not_created", "must be at least 1")
                .require(cancellation.isDefined() == (status == ShipmentStatus.CANCELLED), "cancellation",
                        "inconsistent", "must be present exactly when the shipment is cancelled")
                .require(pickupWindow.isDefined() || status == ShipmentStatus.PENDING
                                || status == ShipmentStatus.CANCELLED, "pickupWindow", "required",
                        "is required once a shipment is scheduled")
                .require(!updatedAt.isBefore(insertedAt), "updatedAt", "before_inserted_at",
                        "must not be before insertedAt")
                .orThrow();
    }

    /**
     * A new {@code PENDING} shipment at version 1.
     *
     * @param tenant  the tenant
     * @param actor   who creates it
     * @param details the shipment's data
     * @param now     when
     * @return the decision, or the rejection
     */
    public static Either<Rejection, Decision<Shipment>> create(TenantId tenant, Actor actor, NewShipment details,
            Instant now) {
        return Permissions.authorize(actor, ActorKind.MERCHANT_SIDE, "create a shipment").map(allowed -> {
            Shipment created = new Shipment(details.id(), tenant, Version.FIRST, ShipmentStatus.PENDING,
                    details.orderNumber(), details.shipmentType(), details.shipmentDate(), Option.none(),
                    details.carrierId(), details.carrierServiceLevelId(), Option.none(), details.labelUrl(),
                    details.metadata(), now, now, Option.none(), List.of());
            return Decision.of(created, new ShipmentCreated(details), actor, now);
        });
    }

    /**
     * Applies {@code command} if the actor may issue it and the table allows it from the current state. On
     * a rejection nothing changes; on success the decision holds this shipment at the next version and the
     * one event that explains it.
     *
     * @param actor   who sends the command
     * @param command the command
     * @param now     when
     * @return the decision, or the rejection
     */
    public Either<Rejection, Decision<Shipment>> decide(Actor actor, ShipmentCommand command, Instant now) {
        ShipmentCommandKind kind = command.kind();
        return kind.authorize(actor)
                .flatMap(allowed -> TABLE.target(this, status, kind))
                .flatMap(target -> switch (kind) {
                    case SCHEDULE -> schedule(actor, (Schedule) command, target, now);
                    case PICK_UP -> Either.right(Decision.of(moveTo(target, now), new ShipmentPickedUp(), actor, now));
                    case COMPLETE -> Either.right(Decision.of(moveTo(target, now), new ShipmentCompleted(), actor, now));
                    case CANCEL -> Either.right(cancel(actor, (Cancel) command, target, now));
                });
    }

    /**
     * When a carrier reports a pickup or delivery for a cancelled shipment, the report is refused by
     * {@link #decide} but the fact must not be lost: this is the decision that records it as an anomaly
     * (state unchanged, version + 1). Empty for anything else.
     *
     * @param actor   the carrier
     * @param command the refused command
     * @param now     when
     * @return the decision that records the anomaly, or none
     */
    public Option<Decision<Shipment>> anomalyFor(Actor actor, ShipmentCommand command, Instant now) {
        ShipmentCommandKind kind = command.kind();
        if (status != ShipmentStatus.CANCELLED || !kind.isCarrierFact() || kind.authorize(actor).isLeft()) {
            return Option.none();
        }
        List<Anomaly> recorded = new ArrayList<>(anomalies);
        recorded.add(new Anomaly(now, actor, kind));
        Shipment withAnomaly = next(status, now, pickupWindow, pickupId, cancellation, recorded);
        return Option.some(Decision.of(withAnomaly, new CarrierFactAfterCancellation(kind), actor, now));
    }

    /**
     * Whether ReturnQueen would accept a {@code DELETE} for this shipment now.
     *
     * @return {@code true} while {@code PENDING} or {@code SCHEDULED}
     */
    public boolean isCancellable() {
        return TABLE.allows(this, status, ShipmentCommandKind.CANCEL);
    }

    /** {@return whether the shipment is cancelled} */
    public boolean isCancelled() {
        return status == ShipmentStatus.CANCELLED;
    }

    @Override
    public String stateName() {
        return status.name();
    }

    private Either<Rejection, Decision<Shipment>> schedule(Actor actor, Schedule command, ShipmentStatus target,
            Instant now) {
        if (command.window().completeAtEnd().isBefore(now)) {
            return Either.left(Rejection.InvalidInput.of("window.completeAtEnd", "in_the_past",
                    "must not be in the past"));
        }
        Shipment scheduled = next(target, now, Option.some(command.window()), command.pickupId().orElse(pickupId),
                cancellation, anomalies);
        return Either.right(Decision.of(scheduled, new ShipmentScheduled(command.window(), command.pickupId()),
                actor, now));
    }

    private Decision<Shipment> cancel(Actor actor, Cancel command, ShipmentStatus target, Instant now) {
        Shipment cancelled = next(target, now, pickupWindow, pickupId,
                Option.some(new Cancellation(now, actor, command.reason())), anomalies);
        return Decision.of(cancelled, new ShipmentCancelled(command.reason()), actor, now);
    }

    private Shipment moveTo(ShipmentStatus target, Instant now) {
        return next(target, now, pickupWindow, pickupId, cancellation, anomalies);
    }

    /** This shipment at the next version, with what a transition may change. */
    private Shipment next(ShipmentStatus target, Instant now, Option<PickupWindow> window, Option<Reference> pickup,
            Option<Cancellation> cancelled, List<Anomaly> recorded) {
        Instant updated = Timestamps.notBefore(updatedAt, now);
        return new Shipment(id, tenant, version.next(), target, orderNumber, shipmentType, shipmentDate, window,
                carrierId, carrierServiceLevelId, pickup, labelUrl, metadata, insertedAt, updated, cancelled,
                recorded);
    }
}
