package dev.rescind.adapters.jdbc;

import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.application.port.RescindStore;
import dev.rescind.domain.fulfillment.FulfillmentLineItem;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.NewFulfillmentOrder;
import dev.rescind.domain.returns.Compensation;
import dev.rescind.domain.returns.DeliveryOption;
import dev.rescind.domain.returns.NewReturn;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.returns.ReturnItem;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.NewShipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentType;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Ready-made inputs for the four flows, and a {@link Rescind} over a store with a clock that ticks. */
final class FlowFixture {

    static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
    static final TenantId TENANT = new TenantId("shop-1");
    static final Actor MERCHANT = Actor.apiKey("key-1");
    static final Actor CARRIER = Actor.carrier("carrier-1");
    static final Actor SERVICE = Actor.fulfillmentService("service-1");

    private FlowFixture() {
    }

    static Rescind rescind(RescindStore store) {
        return Rescind.builder().store(store).clock(new TickingClock()).maxAttempts(50).build();
    }

    static CommandContext merchant() {
        return CommandContext.of(TENANT, MERCHANT);
    }

    static CommandContext carrier() {
        return CommandContext.of(TENANT, CARRIER);
    }

    static CommandContext service() {
        return CommandContext.of(TENANT, SERVICE);
    }

    static NewShipment shipment(String id) {
        return new NewShipment(new ShipmentId(id), new Reference("ORDER-" + id), ShipmentType.DELIVERY, START,
                Option.some(new Reference("carrier-1")), Option.none(), Option.none(),
                new Metadata(Map.of("channel", "web")));
    }

    static NewReturn returnParcel(String id) {
        Money price = Money.of("19.95", "EUR").get();
        return new NewReturn(new ReturnId(id), Option.some(new Reference("too-small")), Option.none(),
                Option.none(), Option.none(), DeliveryOption.DROP_OFF_POINT, Option.none(), Option.none(),
                Option.none(),
                List.of(new ReturnItem(new Reference("item-1"), new Reference("article-1"), 2, price,
                        Compensation.exchange(new Reference("variant-9")))),
                Option.none(), Option.some(new Reference("carrier-1")), true, Option.some(new Reference("order-1")),
                Option.some(new Reference("draft-1")));
    }

    static NewFulfillmentOrder fulfillmentOrder(String id) {
        return new NewFulfillmentOrder(new FulfillmentOrderId(id), new Reference("order-" + id),
                new Reference("location-1"), Option.some(new Reference(SERVICE.id())), Option.none(), Option.none(),
                List.of(FulfillmentLineItem.of(new Reference("line-1"), new Reference("li-1"), Option.none(),
                        Option.none(), 3)),
                Option.none(), Option.none());
    }

    /** A clock that moves one millisecond per reading, from {@link #START}, safe across threads. */
    static final class TickingClock extends Clock {
        private final AtomicLong millis = new AtomicLong();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return START.plus(Duration.ofMillis(millis.incrementAndGet()));
        }
    }
}
