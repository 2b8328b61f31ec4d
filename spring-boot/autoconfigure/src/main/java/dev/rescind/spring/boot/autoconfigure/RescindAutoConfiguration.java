package dev.rescind.spring.boot.autoconfigure;

import dev.rescind.adapters.jdbc.Dialect;
import dev.rescind.application.Rescind;
import dev.rescind.application.RescindListener;
import dev.rescind.application.outbox.OutboxRelay;
import dev.rescind.application.port.AfterCommit;
import dev.rescind.application.port.CarrierCancellations;
import dev.rescind.application.port.DraftOrders;
import dev.rescind.application.port.EventPublisher;
import dev.rescind.application.port.OrderTags;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rescind on the application's {@link DataSource}: the store joins Spring transactions, Rescind's migrations
 * run beside the application's, and the relay runs when an {@link EventPublisher} bean exists. Gateways
 * ({@link DraftOrders}, {@link OrderTags}, {@link CarrierCancellations}), a {@link Clock} and a
 * {@link RescindListener} are taken from the application's beans when it has them. Every bean backs off when the
 * application defines its own.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
@ConditionalOnClass(Rescind.class)
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(RescindProperties.class)
public class RescindAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Dialect rescindDialect(DataSource dataSource) throws SQLException {
        return Dialect.of(dataSource);
    }

    /** After the application's own database initialisation (its Flyway): Rescind's tables then join a known schema. */
    @Bean
    @ConditionalOnMissingBean
    @DependsOnDatabaseInitialization
    public SpringTransactionStore rescindStore(DataSource dataSource, Dialect dialect,
            ObjectProvider<RescindMigrations> migrations) {
        // Migrated before anything reads the tables; absent when migrations are off or Flyway is missing.
        migrations.ifAvailable(RescindMigrations::migrate);
        return new SpringTransactionStore(dataSource, dialect);
    }

    @Bean
    @ConditionalOnMissingBean
    public AfterCommit rescindAfterCommit() {
        return new SpringAfterCommit();
    }

    @Bean
    @ConditionalOnMissingBean
    public Rescind rescind(SpringTransactionStore store, AfterCommit afterCommit, RescindProperties properties,
            ObjectProvider<Clock> clock, ObjectProvider<RescindListener> listener,
            ObjectProvider<DraftOrders> draftOrders, ObjectProvider<OrderTags> orderTags,
            ObjectProvider<CarrierCancellations> carrierCancellations) {
        Rescind.Builder builder = Rescind.builder()
                .store(store)
                // Effects run once the Spring transaction commits; their bookkeeping then needs its own commits.
                .afterCommit(afterCommit)
                .effectStore(store.ownTransactions())
                .clock(clock.getIfUnique(Clock::systemUTC))
                .listener(listener.getIfUnique(() -> RescindListener.NONE))
                .effectThreads(properties.getEffects().getThreads())
                .effectTimeout(properties.getEffects().getTimeout())
                .maxAttempts(properties.getCommands().getMaxAttempts());
        draftOrders.ifUnique(builder::draftOrders);
        orderTags.ifUnique(builder::orderTags);
        carrierCancellations.ifUnique(builder::carrierCancellations);
        return builder.build();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.flywaydb.core.Flyway")
    @ConditionalOnProperty(prefix = "rescind.migrations", name = "enabled", matchIfMissing = true)
    static class Migrations {

        @Bean
        @ConditionalOnMissingBean
        RescindMigrations rescindMigrations(DataSource dataSource, Dialect dialect, RescindProperties properties) {
            return new RescindMigrations(dataSource, dialect, properties.getMigrations().getHistoryTable());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(EventPublisher.class)
    @ConditionalOnProperty(prefix = "rescind.relay", name = "enabled", matchIfMissing = true)
    static class Relay {

        private static final int MAX_BATCHES_PER_RUN = 10;

        @Bean
        @ConditionalOnMissingBean
        OutboxRelay rescindOutboxRelay(Rescind rescind, EventPublisher publisher, RescindProperties properties) {
            RescindProperties.Relay relay = properties.getRelay();
            String id = relay.getId() != null ? relay.getId() : "relay-" + ProcessHandle.current().pid();
            return rescind.outboxRelay(publisher, id, OutboxRelay.Settings.defaults()
                    .withBatchSize(relay.getBatch()).withLease(relay.getLease())
                    .withMaxAttempts(relay.getMaxAttempts()));
        }

        @Bean
        ScheduledRunner rescindRelayRunner(OutboxRelay relay, RescindProperties properties) {
            // A run drains a backlog batch after batch, bounded so that shutdown never waits long for it.
            return new ScheduledRunner("rescind-relay", properties.getRelay().getInterval(),
                    () -> relay.drain(MAX_BATCHES_PER_RUN));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "rescind.retention", name = "published-events")
    static class Retention {

        @Bean
        ScheduledRunner rescindRetentionRunner(SpringTransactionStore store, RescindProperties properties) {
            RescindProperties.Retention retention = properties.getRetention();
            return new ScheduledRunner("rescind-retention", retention.getInterval(),
                    () -> store.ownTransactions().events().deletePublished(retention.getPublishedEvents(),
                            retention.getBatch()));
        }
    }
}
