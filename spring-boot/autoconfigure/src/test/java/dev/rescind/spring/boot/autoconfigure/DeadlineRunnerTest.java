package dev.rescind.spring.boot.autoconfigure;

import static dev.rescind.testkit.contract.StoreFixture.MERCHANT;
import static dev.rescind.testkit.contract.StoreFixture.SERVICE;
import static dev.rescind.testkit.contract.StoreFixture.freshId;
import static dev.rescind.testkit.contract.StoreFixture.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestStatus;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.fulfillment.FulfillmentState;
import dev.rescind.testkit.contract.StoreFixture;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The scheduled deadline runner, with answer times from {@code rescind.deadlines.*}, in a running application. */
class DeadlineRunnerTest {

    private final CommandContext merchant = CommandContext.of(freshTenant(), MERCHANT);
    private final CommandContext service = CommandContext.of(merchant.tenant(), SERVICE);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RescindAutoConfiguration.class))
            .withBean(DataSource.class, DeadlineRunnerTest::freshDatabase)
            .withPropertyValues("rescind.deadlines.runner.interval=50ms",
                    "rescind.deadlines.answer-within.fulfillment-orders=1h",
                    "rescind.deadlines.answer-within.responders." + SERVICE.id() + "=300ms");

    @Test
    void a_request_unanswered_within_the_services_answer_time_expires_on_schedule() {
        runner.run(context -> {
            Rescind rescind = context.getBean(Rescind.class);
            FulfillmentOrderId id = acceptedOrder(rescind);
            Instant sent = Instant.now();

            CancellationRequest request = rescind.fulfillmentOrders().sendCancellationRequest(merchant, id,
                    Option.none()).get().related(CancellationRequest.class).get();

            assertThat(Duration.between(sent, request.answerBy().get())).as("the responder's time, not the hour")
                    .isLessThan(Duration.ofSeconds(5));
            awaitState(rescind, id, FulfillmentState.IN_PROGRESS_CANCELLATION_REJECTED, Duration.ofSeconds(10));
            assertThat(rescind.cancellationRequests().get(merchant.tenant(), request.id()).get().status())
                    .isEqualTo(CancellationRequestStatus.EXPIRED);
        });
    }

    @Test
    void escalation_keeps_the_request_open() {
        runner.withPropertyValues("rescind.deadlines.when-unanswered=escalate").run(context -> {
            Rescind rescind = context.getBean(Rescind.class);
            FulfillmentOrderId id = acceptedOrder(rescind);
            CancellationRequest request = rescind.fulfillmentOrders().sendCancellationRequest(merchant, id,
                    Option.none()).get().related(CancellationRequest.class).get();

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (rescind.cancellationRequests().get(merchant.tenant(), request.id()).get().version().value() < 2) {
                assertThat(System.nanoTime()).as("not escalated in time").isLessThan(deadline);
                Thread.sleep(20);
            }
            assertThat(rescind.cancellationRequests().get(merchant.tenant(), request.id()).get().status())
                    .isEqualTo(CancellationRequestStatus.REQUESTED);
            assertThat(rescind.fulfillmentOrders().get(merchant.tenant(), id).get().state())
                    .isEqualTo(FulfillmentState.IN_PROGRESS_CANCELLATION_REQUESTED);
        });
    }

    @Test
    void without_the_runner_the_request_stays_requested() throws InterruptedException {
        runner.withPropertyValues("rescind.deadlines.runner.enabled=false").run(context -> {
            Rescind rescind = context.getBean(Rescind.class);
            FulfillmentOrderId id = acceptedOrder(rescind);
            rescind.fulfillmentOrders().sendCancellationRequest(merchant, id, Option.none()).get();
            Thread.sleep(800);

            assertThat(rescind.fulfillmentOrders().get(merchant.tenant(), id).get().state())
                    .isEqualTo(FulfillmentState.IN_PROGRESS_CANCELLATION_REQUESTED);
        });
    }

    private FulfillmentOrderId acceptedOrder(Rescind rescind) {
        FulfillmentOrderId id = new FulfillmentOrderId(freshId());
        assertThat(rescind.fulfillmentOrders().create(merchant, StoreFixture.newFulfillmentOrder(id)).isRight())
                .isTrue();
        assertThat(rescind.fulfillmentOrders().submitFulfillmentRequest(merchant, id, Option.none()).isRight())
                .isTrue();
        assertThat(rescind.fulfillmentOrders().acceptFulfillmentRequest(service, id, Option.none()).isRight())
                .isTrue();
        return id;
    }

    private void awaitState(Rescind rescind, FulfillmentOrderId id, FulfillmentState state, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!rescind.fulfillmentOrders().get(merchant.tenant(), id).get().state().equals(state)) {
            assertThat(System.nanoTime()).as("not %s after %s", state, limit).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static DataSource freshDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }
}
