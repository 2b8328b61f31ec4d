package dev.rescind.spring.boot.autoconfigure;

import dev.rescind.application.RescindListener;
import dev.rescind.micrometer.RescindMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Rescind's meters and command observations in the application's {@link MeterRegistry} (and
 * {@link ObservationRegistry}, when there is one), when {@code rescind-micrometer} is on the class path.
 */
@AutoConfiguration(before = RescindAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@ConditionalOnClass({RescindMetrics.class, MeterRegistry.class})
@ConditionalOnBean(MeterRegistry.class)
public class RescindMetricsAutoConfiguration {

    /** Scrapes read the backlog from the database at most this often. */
    private static final Duration BACKLOG_REFRESH = Duration.ofSeconds(10);

    /**
     * Meters in the application's registry, and command observations when it has an observation registry; the
     * outbox backlog gauges read the store at most every 10 seconds.
     *
     * @param meters       the application's meter registry
     * @param observations the application's observation registry, if any
     * @param store        the store whose backlog the gauges read
     * @return the listener Rescind reports to
     */
    @Bean
    @ConditionalOnMissingBean(RescindListener.class)
    public RescindMetrics rescindMetrics(MeterRegistry meters, ObjectProvider<ObservationRegistry> observations,
            ObjectProvider<SpringTransactionStore> store) {
        RescindMetrics metrics = new RescindMetrics(meters, observations.getIfUnique(() -> ObservationRegistry.NOOP));
        store.ifAvailable(found -> metrics.bindBacklog(found.ownTransactions().events(), BACKLOG_REFRESH));
        return metrics;
    }
}
