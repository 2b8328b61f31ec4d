package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.Rescind;
import dev.rescind.application.port.EventPublisher;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.spring.boot.autoconfigure.RescindDeadLettersEndpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** A broker that refuses every event, and a relay allowed one attempt: the first event is dead-lettered. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:dead-letters;DB_CLOSE_DELAY=-1",
        "rescind.relay.max-attempts=1"})
@Import(DeadLetterHealthTest.RefusingBroker.class)
class DeadLetterHealthTest {

    @Autowired
    Rescind rescind;
    @Autowired
    HealthIndicator rescindHealthIndicator;
    @Autowired
    RescindDeadLettersEndpoint endpoint;

    @Test
    void health_turns_down_on_a_dead_letter_and_the_endpoint_lists_it() throws InterruptedException {
        assertThat(rescindHealthIndicator.health().getStatus()).isEqualTo(Status.UP);

        ReturnId id = ShopFixture.announcedReturn(rescind);
        ShopFixture.awaitUntil(() -> !endpoint.deadLetters().deadLetters().isEmpty());

        assertThat(endpoint.deadLetters().deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.aggregateId()).isEqualTo(id.value());
            assertThat(letter.eventType()).isEqualTo("ReturnCreated");
            assertThat(letter.lastError()).contains("broker refuses");
        });
        assertThat(rescindHealthIndicator.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(rescindHealthIndicator.health().getDetails()).containsEntry("deadLettered", 1L);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class RefusingBroker {
        @Bean
        EventPublisher broker() {
            return event -> {
                throw new IllegalStateException("broker refuses " + event.eventType());
            };
        }
    }
}
