package dev.rescind.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.Applied;
import dev.rescind.application.CommandContext;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.application.Rescind;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.returns.NewReturn;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentType;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * SQL metacharacters, quotes, comment markers, wildcards, emoji, control characters and oversized values in
 * every string field a command carries: each is stored and read back verbatim, or refused as
 * {@link Rejection.InvalidInput} before it reaches the store; none is ever executed.
 */
abstract class HostileInputProperties {

    private static final List<String> FRAGMENTS = List.of("'", "''", "\"", ";", "--", "/*", "*/", "\\", "\\'",
            "%", "_", "$$", "$1", "`", "DROP_TABLE_rescind_shipments", "OR_1=1", "' OR '1'='1",
            "); DELETE FROM rescind_events; --", "\u0000", "\n", "\t", " ", "\u202E", "📦", "ß", "ʼ", "＇", "x",
            "0x27", "CHAR(39)", "||", "?", ":name", "{\"@type\":\"Shipment\"}", "null");

    abstract DatabaseFixture database();

    @Property(tries = 40)
    void hostile_values_are_stored_verbatim_or_refused_as_invalid_input(
            @ForAll("hostile") String tenant, @ForAll("hostile") String shipmentId, @ForAll("hostile") String order,
            @ForAll("hostile") String metadataKey, @ForAll("hostile") String metadataValue,
            @ForAll("hostile") String reason, @ForAll("hostile") String actorId, @ForAll("hostile") String key,
            @ForAll("hostile") String returnId, @ForAll("hostile") String message,
            @ForAll("hostile") String correlation) {
        TenantId validTenant = validOr(TenantId.of(tenant), new TenantId("tenant-" + UUID.randomUUID()));
        ShipmentId validShipmentId = validOr(ShipmentId.of(shipmentId), new ShipmentId("s-" + UUID.randomUUID()));
        Reference validOrder = validOr(Reference.of(order), new Reference("order-1"));
        Metadata validMetadata = validOr(Metadata.of(Map.of(metadataKey, metadataValue)), Metadata.EMPTY);
        Reason validReason = validOr(Reason.of(reason), new Reason("no reason"));
        Actor validActor = validOr(Actor.of(ActorKind.API_KEY, actorId), FlowFixture.MERCHANT);
        IdempotencyKey validKey = validOr(IdempotencyKey.of(key), new IdempotencyKey("key-" + UUID.randomUUID()));
        ReturnId validReturnId = validOr(ReturnId.of(returnId), new ReturnId("r-" + UUID.randomUUID()));
        Message validMessage = validOr(Message.of(message), new Message("no message"));
        String correlationId = validOr(CommandContext.correlationId(correlation), "correlation-" + UUID.randomUUID());
        JdbcRescindStore store = database().store();
        // A value already stored by an earlier try (same tenant and id) would make the creation a conflict.
        database().clean();
        Rescind rescind = FlowFixture.rescind(store);
        CommandContext context = new CommandContext(validTenant, validActor, Option.some(validKey),
                Option.none(), Option.some(correlationId));
        NewShipment details = new NewShipment(validShipmentId, validOrder, ShipmentType.RETURN,
                FlowFixture.START, Option.some(validOrder), Option.none(), Option.none(), validMetadata);

        Shipment created = rescind.shipments().create(context, details).get().aggregate();
        Applied<Shipment> cancelled = rescind.shipments().cancel(CommandContext.of(validTenant,
                validActor).withCorrelationId(correlationId), created.id(), Option.some(validReason)).get();
        NewReturn parcel = FlowFixture.returnParcel(validReturnId.value());
        rescind.returns().create(CommandContext.of(validTenant, validActor), parcel).get();
        Applied<Return> requested = rescind.returns().requestCancellation(CommandContext.of(validTenant,
                validActor), validReturnId, Option.some(validMessage)).get();

        assertThat(store.shipments().find(validTenant, created.id())).containsExactly(cancelled.aggregate());
        assertThat(cancelled.aggregate().cancellation().get().reason()).contains(validReason);
        assertThat(cancelled.aggregate().metadata()).isEqualTo(validMetadata);
        assertThat(store.idempotency().find(validTenant, validKey).get().answer().aggregate())
                .isEqualTo(created);
        assertThat(store.events().history(validTenant, AggregateType.SHIPMENT, created.id().value()))
                .extracting(EventEnvelope::correlationId).containsOnly(correlationId);
        CancellationRequest request = requested.related(CancellationRequest.class).get();
        assertThat(store.cancellationRequests().find(validTenant, request.id()).get().message())
                .contains(validMessage);
        assertThat(database().queryValue("SELECT id FROM rescind_shipments WHERE tenant_id = ? AND id = ?",
                validTenant.value(), created.id().value())).isEqualTo(created.id().value());
        assertThat(count("rescind_shipments")).isEqualTo(1);
        assertThat(List.of("rescind_returns", "rescind_cancellation_requests", "rescind_events",
                "rescind_idempotency_records")).allSatisfy(table -> assertThat(count(table)).isPositive());
    }

    /** The parsed value, or the fallback when it was refused; a refusal must say what was wrong. */
    private static <T> T validOr(Either<Rejection.InvalidInput, T> parsed, T fallback) {
        parsed.peekLeft(invalid -> assertThat(invalid.errors()).isNotEmpty()
                .allSatisfy(error -> assertThat(error.code()).isNotBlank()));
        return parsed.getOrElse(fallback);
    }

    /** Mixtures of dangerous fragments, and runs of them around every length limit. */
    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(12).map(parts -> String.join("", parts)),
                Arbitraries.of(FRAGMENTS).filter(fragment -> !fragment.isBlank()).flatMap(fragment -> Arbitraries
                        .of(24, 32, 64, 65, 128, 129, 255, 256, 500, 501, 1000, 1001)
                        .map(codePoints -> repeatToCodePoints(fragment, codePoints))));
    }

    private static String repeatToCodePoints(String fragment, int codePoints) {
        StringBuilder text = new StringBuilder();
        while (text.codePointCount(0, text.length()) < codePoints) {
            text.append(fragment);
        }
        return text.toString();
    }

    private long count(String table) {
        return ((Number) database().queryValue("SELECT COUNT(*) FROM " + table)).longValue();
    }
}
