package dev.rescind.adapters.json.returnqueen;

import static dev.rescind.adapters.json.SeedExampleFixture.compare;
import static dev.rescind.adapters.json.SeedExampleFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.adapters.json.RescindFixture;
import dev.rescind.application.CommandContext;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.PickupWindow;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import dev.rescind.domain.shipment.ShipmentType;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Seed 002: {@code DELETE /api/shipments/{id}} from the documented starting state, answer field by field. */
class ReturnQueenGoldenTest {

    private static final String SHIPMENT_ID = "123e4567-e89b-12d3-a456-426614174000";

    private final RescindFixture fixture = RescindFixture.at("2023-11-07T10:00:00Z");
    private final ReturnQueenApi api = new ReturnQueenApi(fixture.rescind);
    private final CommandContext partner = CommandContext.of(new TenantId("partner-1"), Actor.apiKey("api-key-uuid"));

    @Test
    void cancelling_the_documented_scheduled_shipment_answers_the_documented_shipment() {
        scheduledShipment();
        fixture.now("2024-01-15T10:30:00Z");

        HttpAnswer answer = api.cancelShipment(partner, SHIPMENT_ID);

        assertThat(answer.status()).isEqualTo(200);
        compare(json("returnqueen/cancel-shipment-response.json"), answer.body())
                .adds("label_url", "null", "a response field the document lists and its example leaves out")
                .adds("metadata", "{}", "a response field the document lists and its example leaves out")
                .verify();
        assertThat(fixture.rescind.shipments().get(partner.tenant(), new ShipmentId(SHIPMENT_ID)).get().status())
                .isEqualTo(ShipmentStatus.CANCELLED);
    }

    @Test
    void cancelling_a_shipment_the_carrier_picked_up_is_the_documented_409() {
        scheduledShipment();
        fixture.rescind.shipments().pickUp(CommandContext.of(partner.tenant(), Actor.carrier("carrier-1")),
                new ShipmentId(SHIPMENT_ID)).get();

        HttpAnswer answer = api.cancelShipment(partner, SHIPMENT_ID);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body().at("/errors/detail").asText()).contains("not cancellable", "IN_TRANSIT");
        assertThat(fixture.rescind.shipments().get(partner.tenant(), new ShipmentId(SHIPMENT_ID)).get().status())
                .isEqualTo(ShipmentStatus.IN_TRANSIT);
    }

    private void scheduledShipment() {
        ShipmentId id = new ShipmentId(SHIPMENT_ID);
        fixture.rescind.shipments().create(partner, new NewShipment(id, new Reference("ORDER-123"),
                ShipmentType.DELIVERY, Instant.parse("2023-11-07T10:00:00Z"),
                Option.some(new Reference("660e8400-e29b-41d4-a716-446655440000")),
                Option.some(new Reference("550e8400-e29b-41d4-a716-446655440000")), Option.none(), Metadata.EMPTY))
                .get();
        fixture.rescind.shipments().schedule(partner, id, PickupWindow.parse("2023-11-07T14:00:00Z",
                        "2023-11-07T18:00:00Z", "America/New_York").get(),
                Option.some(new Reference("770e8400-e29b-41d4-a716-446655440000"))).get();
    }
}
