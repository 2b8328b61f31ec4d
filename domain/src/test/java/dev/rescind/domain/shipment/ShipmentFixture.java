package dev.rescind.domain.shipment;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.PickupWindow;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.WebAddress;
import io.vavr.control.Option;
import java.time.Instant;

/** ReturnQueen's example shipment (seed 002), brought into each state by the domain's own commands. */
final class ShipmentFixture {

    static final TenantId PARTNER_TENANT = new TenantId("returnqueen-partner");
    static final Actor PARTNER = Actor.apiKey("api-key-uuid");
    static final Actor CARRIER = Actor.carrier("660e8400-e29b-41d4-a716-446655440000");
    static final Instant INSERTED_AT = Instant.parse("2023-11-07T10:00:00Z");
    static final Instant SCHEDULED_AT = Instant.parse("2023-11-07T10:05:00Z");
    static final Instant PICKED_UP_AT = Instant.parse("2023-11-07T15:12:00Z");
    static final Instant DELIVERED_AT = Instant.parse("2023-11-08T11:40:00Z");
    static final Instant CANCELLED_AT = Instant.parse("2024-01-15T10:30:00Z");
    static final PickupWindow WINDOW = PickupWindow.parse("2023-11-07T14:00:00Z", "2023-11-07T18:00:00Z",
            "America/New_York").get();
    static final Reference PICKUP_ID = new Reference("770e8400-e29b-41d4-a716-446655440000");

    private ShipmentFixture() {
    }

    static NewShipment details() {
        return new NewShipment(new ShipmentId("123e4567-e89b-12d3-a456-426614174000"), new Reference("ORDER-123"),
                ShipmentType.DELIVERY, Instant.parse("2023-11-07T10:00:00Z"),
                Option.some(new Reference("660e8400-e29b-41d4-a716-446655440000")),
                Option.some(new Reference("550e8400-e29b-41d4-a716-446655440000")),
                Option.some(WebAddress.of("https://labels.example.com/123e4567.pdf").get()), Metadata.EMPTY);
    }

    static Shipment pending() {
        return Shipment.create(PARTNER_TENANT, PARTNER, details(), INSERTED_AT)
                .getOrElseThrow(rejection -> new AssertionError(rejection.message()))
                .aggregate();
    }

    static Shipment scheduled() {
        return apply(pending(), PARTNER, new ShipmentCommand.Schedule(WINDOW, Option.some(PICKUP_ID)), SCHEDULED_AT);
    }

    static Shipment inTransit() {
        return apply(scheduled(), CARRIER, new ShipmentCommand.PickUp(), PICKED_UP_AT);
    }

    static Shipment completed() {
        return apply(inTransit(), CARRIER, new ShipmentCommand.Complete(), DELIVERED_AT);
    }

    static Shipment cancelled() {
        return apply(scheduled(), PARTNER, cancel("Partner requested cancellation via API"), CANCELLED_AT);
    }

    static ShipmentCommand.Cancel cancel(String reason) {
        return new ShipmentCommand.Cancel(Option.some(new Reason(reason)));
    }

    static Shipment apply(Shipment shipment, Actor actor, ShipmentCommand command, Instant now) {
        return shipment.decide(actor, command, now)
                .getOrElseThrow(rejection -> new AssertionError(command + " refused: " + rejection.message()))
                .aggregate();
    }
}
