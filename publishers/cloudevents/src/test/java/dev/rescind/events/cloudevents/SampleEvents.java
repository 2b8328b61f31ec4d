package dev.rescind.events.cloudevents;

import dev.rescind.application.EventEnvelope;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.DomainEvent;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Version;
import dev.rescind.domain.shipment.ShipmentEvent.ShipmentCancelled;
import dev.rescind.domain.shipment.ShipmentEvent.ShipmentCompleted;
import dev.rescind.domain.shipment.ShipmentEvent.ShipmentPickedUp;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Outbox events for the publishers' tests (shipped in this module's test jar). */
public final class SampleEvents {

    private SampleEvents() {
    }

    /** A shipment's picked-up, completed and cancelled events as the outbox holds them: versions 1 to 3. */
    public static List<EventEnvelope> lifecycle(String tenant, String shipmentId) {
        List<DomainEvent> events = List.of(new ShipmentPickedUp(), new ShipmentCompleted(),
                new ShipmentCancelled(Option.some(new Reason("test"))));
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (int index = 0; index < events.size(); index++) {
            DomainEvent event = events.get(index);
            envelopes.add(new EventEnvelope(UUID.randomUUID().toString(), new TenantId(tenant), AggregateType.SHIPMENT,
                    shipmentId, new Version(index + 1), event.eventType(), event, Actor.carrier("carrier-1"),
                    Instant.parse("2026-01-01T08:00:00Z").plusSeconds(index), "correlation-1", Option.none(),
                    "STATE_" + index));
        }
        return envelopes;
    }
}
