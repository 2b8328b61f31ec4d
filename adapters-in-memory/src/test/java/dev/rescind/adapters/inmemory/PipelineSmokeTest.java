package dev.rescind.adapters.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.Applied;
import dev.rescind.application.CommandContext;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.Rescind;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import dev.rescind.domain.shipment.ShipmentType;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineSmokeTest {

    private final InMemoryStore store = new InMemoryStore();
    private final Rescind rescind = Rescind.builder().store(store)
            .clock(Clock.fixed(Instant.parse("2024-01-15T10:30:00Z"), ZoneOffset.UTC)).build();
    private final TenantId tenant = new TenantId("shop-1");
    private final CommandContext merchant = CommandContext.of(tenant, Actor.apiKey("api-key-uuid"));

    @Test
    void a_created_shipment_is_cancelled_once_and_the_retry_replays_the_answer() {
        ShipmentId id = new ShipmentId("123e4567-e89b-12d3-a456-426614174000");
        rescind.shipments().create(merchant, new NewShipment(id, new Reference("ORDER-123"), ShipmentType.DELIVERY,
                Instant.parse("2023-11-07T10:00:00Z"), Option.none(), Option.none(), Option.none(), Metadata.EMPTY))
                .get();
        CommandContext keyed = merchant.withIdempotencyKey("cancel-1");
        Option<Reason> reason = Option.some(new Reason("Partner requested cancellation via API"));

        Either<Rejection, Applied<Shipment>> first = rescind.shipments().cancel(keyed, id, reason);
        Either<Rejection, Applied<Shipment>> retry = rescind.shipments().cancel(keyed, id, reason);

        assertThat(first.get().aggregate().status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(retry.get().replayed()).isTrue();
        assertThat(retry.get().aggregate()).isEqualTo(first.get().aggregate());
        assertThat(store.events().history(tenant, first.get().aggregate().type(), id.value()))
                .extracting(EventEnvelope::eventType).containsExactly("ShipmentCreated", "ShipmentCancelled");
        assertThat(rescind.shipments().cancel(merchant, id, reason).getLeft())
                .isInstanceOf(Rejection.NotCancellable.class);
        List<String> published = new ArrayList<>();
        assertThat(rescind.outboxRelay(event -> published.add(event.eventType()), "relay-1", 10,
                java.time.Duration.ofSeconds(30)).drain(5)).isEqualTo(2);
        assertThat(published).containsExactly("ShipmentCreated", "ShipmentCancelled");
    }
}
