package com.example.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.adapters.inmemory.InMemoryStore;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.testkit.contract.StoreFixture;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

/** The guide's answer times give a return's request its answer-by time; the runner is on the scheduler. */
class YourDeadlinesTest {

    @Test
    void a_returns_cancellation_request_gets_three_days_to_be_answered() {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            Rescind rescind = YourDeadlines.withDeadlines(new InMemoryStore(), scheduler);
            CommandContext shop = CommandContext.of(new TenantId("shop-1"), Actor.apiKey("key-1"));
            ReturnId id = new ReturnId("r-1");
            rescind.returns().create(shop, StoreFixture.newReturn(id)).get();
            rescind.returns().announce(CommandContext.of(shop.tenant(), StoreFixture.CARRIER), id).get();

            CancellationRequest request = rescind.returns().requestCancellation(shop, id, Option.none()).get()
                    .related(CancellationRequest.class).get();

            assertThat(Duration.between(request.requestedAt(), request.answerBy().get())).isEqualTo(Duration.ofDays(3));
        } finally {
            scheduler.shutdownNow();
        }
    }
}
