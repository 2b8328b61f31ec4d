package com.example.shop;

import dev.rescind.application.CommandContext;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.Rescind;
import dev.rescind.application.port.CarrierCancellations;
import dev.rescind.application.port.EventPublisher;
import dev.rescind.domain.returns.Compensation;
import dev.rescind.domain.returns.DeliveryOption;
import dev.rescind.domain.returns.NewReturn;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.returns.ReturnItem;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The shop's carrier and broker as the tests see them: they record what Rescind asked of them. */
@TestConfiguration(proxyBeanMethods = false)
class ShopFixture {

    static final CommandContext SHOP = CommandContext.of(new TenantId("shop-1"), Actor.apiKey("storefront"));

    /** Every carrier cancellation Rescind asked for, by return id. */
    static final List<String> CARRIER_CALLS = new CopyOnWriteArrayList<>();
    /** Every event the broker acknowledged. */
    static final List<EventEnvelope> PUBLISHED = new CopyOnWriteArrayList<>();

    @Bean
    CarrierCancellations carrier() {
        return (tenant, returnId, carrierId, parcelId, requestId) -> CARRIER_CALLS.add(returnId.value());
    }

    @Bean
    EventPublisher broker() {
        return PUBLISHED::add;
    }

    /** Waits, up to 20 s, for the relay's thread to bring about {@code condition}; the caller asserts after. */
    static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
    }

    /** A new announced return, ready to be cancelled. */
    static ReturnId announcedReturn(Rescind rescind) {
        ReturnId id = new ReturnId(UUID.randomUUID().toString());
        ReturnItem item = new ReturnItem(new Reference("item-1"), new Reference("SKU-1"), 1,
                Money.of("48.95", "EUR").get(), Compensation.REFUND);
        rescind.returns().create(SHOP, new NewReturn(id, Option.none(), Option.none(), Option.none(), Option.none(),
                DeliveryOption.DROP_OFF_POINT, Option.none(), Option.none(), Option.none(), List.of(item),
                Option.none(), Option.some(new Reference("postnl")), true, Option.none(), Option.none())).get();
        rescind.returns().announce(CommandContext.of(SHOP.tenant(), Actor.carrier("postnl")), id).get();
        return id;
    }
}
