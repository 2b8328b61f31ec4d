package dev.rescind.spring.boot.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Rescind's health indicator and dead-letter endpoint, when the actuator is on the class path. */
@AutoConfiguration(after = RescindAutoConfiguration.class)
@ConditionalOnBean(SpringTransactionStore.class)
public class RescindActuatorAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class HealthConfiguration {

        @Bean
        @ConditionalOnMissingBean
        RescindHealthIndicator rescindHealthIndicator(SpringTransactionStore store, RescindProperties properties) {
            return new RescindHealthIndicator(store.ownTransactions().events(), store.ownTransactions().effectOutbox(),
                    properties.getHealth().getMaxBacklogAge());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
    static class EndpointConfiguration {

        @Bean
        @ConditionalOnMissingBean
        RescindDeadLettersEndpoint rescindDeadLettersEndpoint(SpringTransactionStore store,
                RescindProperties properties) {
            return new RescindDeadLettersEndpoint(store.ownTransactions().events(),
                    store.ownTransactions().effectOutbox(), properties.getHealth().getDeadLetterLimit());
        }
    }
}
