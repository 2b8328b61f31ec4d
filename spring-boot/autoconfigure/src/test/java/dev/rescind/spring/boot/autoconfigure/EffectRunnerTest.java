package dev.rescind.spring.boot.autoconfigure;

import static dev.rescind.testkit.contract.StoreFixture.CARRIER;
import static dev.rescind.testkit.contract.StoreFixture.MERCHANT;
import static dev.rescind.testkit.contract.StoreFixture.freshId;
import static dev.rescind.testkit.contract.StoreFixture.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.CommandContext;
import dev.rescind.application.EffectOutcome;
import dev.rescind.application.Rescind;
import dev.rescind.application.port.CarrierCancellations;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.testkit.contract.StoreFixture;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The scheduled effect runner retries, in a running application, an effect whose first attempt failed. */
class EffectRunnerTest {

    private final AtomicInteger tries = new AtomicInteger();

    /** The carrier is down for the attempt right after the commit and back for the next one. */
    private final CarrierCancellations downOnce = (owner, returnId, carrierId, parcel, request) -> {
        if (tries.incrementAndGet() == 1) {
            throw new IllegalStateException("carrier down");
        }
    };

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RescindAutoConfiguration.class))
            .withBean(DataSource.class, EffectRunnerTest::freshDatabase)
            .withBean(CarrierCancellations.class, () -> downOnce)
            .withPropertyValues("rescind.effects.runner.interval=20ms", "rescind.effects.first-backoff=10ms",
                    "rescind.effects.max-backoff=10ms");

    @Test
    void an_effect_whose_first_attempt_failed_is_run_by_the_scheduled_runner() {
        runner.run(context -> {
            Rescind rescind = context.getBean(Rescind.class);
            ReturnId id = announcedReturn(rescind);

            var answer = rescind.returns().requestCancellation(merchant, id, Option.none()).get();

            assertThat(answer.effect(EffectOutcome.CARRIER_CANCELLATION))
                    .isEqualTo(EffectOutcome.failed(EffectOutcome.CARRIER_CANCELLATION, "carrier down"));
            awaitNoOutstandingEffect(rescind, Duration.ofSeconds(10));
            assertThat(tries).hasValue(2);
            assertThat(rescind.effectOutbox().deadLetters(10)).isEmpty();
        });
    }

    @Test
    void without_the_runner_the_failed_effect_stays_outstanding() throws InterruptedException {
        runner.withPropertyValues("rescind.effects.runner.enabled=false").run(context -> {
            Rescind rescind = context.getBean(Rescind.class);
            ReturnId id = announcedReturn(rescind);

            rescind.returns().requestCancellation(merchant, id, Option.none()).get();
            Thread.sleep(200);

            assertThat(tries).hasValue(1);
            assertThat(rescind.effectOutbox().outstanding()).isEqualTo(1);
        });
    }

    @Test
    void an_effect_dead_letter_turns_health_down_and_the_endpoint_lists_it() {
        runner.withConfiguration(AutoConfigurations.of(RescindActuatorAutoConfiguration.class))
                .withPropertyValues("rescind.effects.attempts=1").run(context -> {
                    Rescind rescind = context.getBean(Rescind.class);
                    RescindHealthIndicator health = context.getBean(RescindHealthIndicator.class);
                    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
                    ReturnId id = announcedReturn(rescind);

                    rescind.returns().requestCancellation(merchant, id, Option.none()).get();

                    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.health().getDetails()).containsEntry("effectDeadLettered", true)
                            .containsEntry("effectsOutstanding", 1L);
                    assertThat(context.getBean(RescindDeadLettersEndpoint.class).deadLetters().effectDeadLetters())
                            .singleElement().satisfies(letter -> {
                                assertThat(letter.effect()).isEqualTo(EffectOutcome.CARRIER_CANCELLATION);
                                assertThat(letter.aggregateId()).isEqualTo(id.value());
                                assertThat(letter.lastError()).contains("carrier down");
                            });
                    assertThat(tries).hasValue(1);
                });
    }

    private final CommandContext merchant = CommandContext.of(freshTenant(), MERCHANT);

    private ReturnId announcedReturn(Rescind rescind) {
        ReturnId id = new ReturnId(freshId());
        assertThat(rescind.returns().create(merchant, StoreFixture.newReturn(id)).isRight()).isTrue();
        assertThat(rescind.returns().announce(CommandContext.of(merchant.tenant(), CARRIER), id).isRight()).isTrue();
        return id;
    }

    private static void awaitNoOutstandingEffect(Rescind rescind, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (rescind.effectOutbox().outstanding() > 0) {
            assertThat(System.nanoTime()).as("effect still outstanding after %s", limit).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static DataSource freshDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }
}
