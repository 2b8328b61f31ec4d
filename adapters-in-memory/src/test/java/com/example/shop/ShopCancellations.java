package com.example.shop;

import dev.rescind.adapters.inmemory.InMemoryStore;
import dev.rescind.application.CommandContext;
import dev.rescind.application.EffectOutcome;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.application.Rescind;
import dev.rescind.application.outbox.OutboxRelay;
import dev.rescind.application.port.DraftOrders;
import dev.rescind.application.port.EventPublisher;
import dev.rescind.application.port.OrderTags;
import dev.rescind.application.port.RescindStore;
import dev.rescind.domain.returns.ExchangeCancellationReport;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.ShipmentId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;

/**
 * A shop's own service that embeds Rescind: it turns its HTTP requests into Rescind's use cases, maps the
 * answers to status codes, and publishes Rescind's events to its message broker.
 */
public final class ShopCancellations {

    /** What the shop's HTTP layer sends back. */
    public record Response(int status, String body) {
    }

    private final Rescind rescind;
    private final OutboxRelay relay;

    public ShopCancellations(RescindStore store, Clock clock, DraftOrders draftOrders, OrderTags orderTags,
            EventPublisher broker) {
        this.rescind = Rescind.builder()
                .store(store)
                .clock(clock)
                .draftOrders(draftOrders)
                .orderTags(orderTags)
                .effectTimeout(Duration.ofSeconds(2))
                .build();
        this.relay = rescind.outboxRelay(broker, "shop-relay-1", 100, Duration.ofSeconds(30));
    }

    /** For a demo or a test: everything in memory. */
    public static ShopCancellations inMemory(Clock clock, EventPublisher broker) {
        return new ShopCancellations(new InMemoryStore(), clock, (shop, draft) -> { }, (shop, order, tag) -> { },
                broker);
    }

    public Response createShipment(String shop, String apiKey, NewShipment shipment) {
        return answer(context(shop, apiKey, null)
                .flatMap(ctx -> rescind.shipments().create(ctx, shipment))
                .map(applied -> "created " + applied.aggregate().id()));
    }

    /** ReturnQueen's {@code DELETE /api/shipments/{id}}, with the caller's {@code Idempotency-Key}. */
    public Response cancelShipment(String shop, String apiKey, String shipmentId, String reason,
            String idempotencyKey) {
        Either<Rejection, CommandContext> context = context(shop, apiKey, idempotencyKey);
        Either<Rejection, ShipmentId> id = ShipmentId.of(shipmentId).mapLeft(invalid -> invalid.under("id"));
        Either<Rejection, Option<Reason>> why = reason == null ? Either.right(Option.none())
                : Reason.of(reason).<Rejection>mapLeft(invalid -> invalid.under("reason")).map(Option::some);
        return answer(context.flatMap(ctx -> id.flatMap(shipment -> why.flatMap(
                        text -> rescind.shipments().cancel(ctx, shipment, text))))
                .map(applied -> "cancelled " + applied.aggregate().id() + " at version "
                        + applied.aggregate().version() + (applied.replayed() ? " (replayed)" : "")));
    }

    /** parcelLab's {@code cancel_exchange}: the transition stands even when the draft order cannot be deleted. */
    public Response cancelExchange(String shop, String apiKey, String returnId) {
        return answer(context(shop, apiKey, null).flatMap(ctx -> ReturnId.of(returnId)
                        .<Rejection>mapLeft(invalid -> invalid.under("returnId"))
                        .flatMap(id -> rescind.returns().cancelExchange(ctx, id, Option.none())))
                .map(applied -> applied.report(ExchangeCancellationReport.class).get().action() + ", draft order deleted: "
                        + applied.effect(EffectOutcome.DELETE_DRAFT_ORDER).succeeded()));
    }

    /** Called by the shop's scheduler; safe to run in several instances at once. */
    public int publishEvents() {
        return relay.drain(10);
    }

    private static Either<Rejection, CommandContext> context(String shop, String apiKey, String idempotencyKey) {
        return TenantId.of(shop).<Rejection>mapLeft(invalid -> invalid.under("shop"))
                .flatMap(tenant -> Actor.of(ActorKind.API_KEY, apiKey)
                        .<Rejection>mapLeft(invalid -> invalid.under("apiKey"))
                        .map(actor -> CommandContext.of(tenant, actor)))
                .flatMap(context -> idempotencyKey == null ? Either.right(context)
                        : IdempotencyKey.of(idempotencyKey).<Rejection>mapLeft(invalid -> invalid)
                                .map(context::withIdempotencyKey));
    }

    /** Rejections as HTTP answers; their codes are stable, so a switch on them is safe. */
    private static Response answer(Either<Rejection, String> outcome) {
        return outcome.fold(rejection -> new Response(switch (rejection.code()) {
            case "not_found" -> 404;
            case "forbidden" -> 403;
            case "invalid_input" -> 400;
            case "not_cancellable", "not_allowed_in_state", "concurrent_modification",
                    "idempotency_key_reused" -> 409;
            default -> 500;
        }, rejection.message()), body -> new Response(200, body));
    }
}
