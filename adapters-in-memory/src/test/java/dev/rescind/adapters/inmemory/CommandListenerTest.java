package dev.rescind.adapters.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.application.RescindListener;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentType;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class CommandListenerTest {

    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final RescindListener listener = new RescindListener() {
        @Override
        public void commandStarted(String operation, String correlationId) {
            heard.add("started " + operation + " " + correlationId);
        }

        @Override
        public void commandApplied(String operation, Duration took) {
            assertThat(took).isPositive();
            heard.add("applied " + operation);
        }

        @Override
        public void commandRefused(String operation, String rejectionCode, Duration took) {
            heard.add("refused " + operation + " " + rejectionCode);
        }

        @Override
        public void commandReplayed(String operation, Duration took) {
            heard.add("replayed " + operation);
        }
    };
    private final Rescind rescind = Rescind.builder().store(new InMemoryStore()).listener(listener).build();
    private final CommandContext merchant = CommandContext.of(new TenantId("shop-1"), Actor.apiKey("key-1"))
            .withCorrelationId("corr-1");
    private final ShipmentId id = new ShipmentId("123e4567-e89b-12d3-a456-426614174000");
    private final Option<Reason> reason = Option.some(new Reason("customer changed their mind"));

    @Test
    void each_command_is_reported_once_as_applied_refused_or_replayed() {
        rescind.shipments().create(merchant, new NewShipment(id, new Reference("ORDER-1"), ShipmentType.DELIVERY,
                Instant.parse("2023-11-07T10:00:00Z"), Option.none(), Option.none(), Option.none(), Metadata.EMPTY));
        CommandContext keyed = merchant.withIdempotencyKey("cancel-1");
        rescind.shipments().cancel(keyed, id, reason);
        rescind.shipments().cancel(keyed, id, reason);
        rescind.shipments().cancel(merchant, id, reason);

        assertThat(heard).containsExactly(
                "started shipment.create corr-1", "applied shipment.create",
                "started shipment.cancel corr-1", "applied shipment.cancel",
                "started shipment.cancel corr-1", "replayed shipment.cancel",
                "started shipment.cancel corr-1", "refused shipment.cancel not_cancellable");
    }

    @Test
    void a_failing_listener_changes_nothing() {
        RescindListener failing = new RescindListener() {
            @Override
            public void commandApplied(String operation, Duration took) {
                throw new IllegalStateException("listener bug");
            }
        };
        Rescind withFailingListener = Rescind.builder().store(new InMemoryStore()).listener(failing).build();

        assertThat(withFailingListener.shipments().create(merchant, new NewShipment(id, new Reference("ORDER-1"),
                ShipmentType.DELIVERY, Instant.parse("2023-11-07T10:00:00Z"), Option.none(), Option.none(),
                Option.none(), Metadata.EMPTY)).isRight()).isTrue();
    }
}
