package com.example.modular;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescind.adapters.inmemory.InMemoryStore;
import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.adapters.json.returnqueen.ReturnQueenApi;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentType;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;

/**
 * Creates and cancels a shipment through ReturnQueen's JSON, with every module on the module path: it fails
 * with a resolution error or a NoClassDefFoundError when a descriptor misses what its module needs (slf4j,
 * Jackson, vavr), and exits 1 when the answer is not the cancelled shipment.
 */
public final class CancelOnTheModulePath {

    private CancelOnTheModulePath() {
    }

    public static void main(String[] args) {
        for (Class<?> type : List.of(Rescind.class, InMemoryStore.class, ReturnQueenApi.class, JsonNode.class)) {
            if (!type.getModule().isNamed()) {
                fail(type + " is not in a named module");
            }
        }
        Rescind rescind = Rescind.builder().store(new InMemoryStore()).build();
        CommandContext merchant = CommandContext.of(new TenantId("548380009"), Actor.merchant("shop-admin"));
        ShipmentId id = new ShipmentId("123e4567-e89b-12d3-a456-426614174000");
        rescind.shipments().create(merchant, new NewShipment(id, new Reference("ORDER-123"), ShipmentType.DELIVERY,
                Instant.parse("2026-03-02T09:00:00Z"), Option.none(), Option.none(), Option.none(), Metadata.EMPTY))
                .getOrElseThrow(rejection -> new IllegalStateException(rejection.message()));

        HttpAnswer answer = new ReturnQueenApi(rescind).cancelShipment(merchant.withIdempotencyKey("cancel-1"),
                id.value());

        String status = answer.body().path("status").asText();
        if (answer.status() != 200 || !status.equals("cancelled")) {
            fail("ReturnQueen answered " + answer.status() + " " + answer.body());
        }
        System.out.println("on the module path: " + Rescind.class.getModule().getName() + " cancelled " + id
                + " (" + answer.status() + ", status " + status + ")");
    }

    private static void fail(String why) {
        System.err.println(why);
        System.exit(1);
    }
}
