package dev.rescind.spring.boot.autoconfigure;

import dev.rescind.adapters.jdbc.Dialect;
import dev.rescind.adapters.jdbc.JdbcTables;
import dev.rescind.application.Rescind;
import dev.rescind.application.RescindListener;
import dev.rescind.application.outbox.EffectRelay;
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

    /**
     * The table names of {@code rescind.tables.*}, shared by the store and Rescind's migrations.
     *
     * @param properties the {@code rescind.*} settings
     * @return the tables' names
     */
    @Bean
    @ConditionalOnMissingBean
    public JdbcTables rescindTables(RescindProperties properties) {
        RescindProperties.Tables tables = properties.getTables();
        JdbcTables named = JdbcTables.DEFAULT.withPrefix(tables.getPrefix());
        return tables.getSchema() == null ? named : named.inSchema(tables.getSchema());
    }

    /**
     * The built-in dialect of the application's database, read from its metadata.
     *
     * @param dataSource the application's data source
     * @return the dialect
     * @throws SQLException when the metadata cannot be read
     */
    @Bean
    @ConditionalOnMissingBean
    public Dialect rescindDialect(DataSource dataSource) throws SQLException {
        return Dialect.of(dataSource);
    }

    /**
     * After the application's own database initialisation (its Flyway): Rescind's tables then join a known schema.
     *
     * @param dataSource the application's data source
     * @param dialect    its dialect
     * @param tables     the tables' names
     * @param migrations Rescind's migrations, when they are on
     * @return the store, which joins the Spring transaction a caller has open
     */
    @Bean
    @ConditionalOnMissingBean
    @DependsOnDatabaseInitialization
    public SpringTransactionStore rescindStore(DataSource dataSource, Dialect dialect, JdbcTables tables,
            ObjectProvider<RescindMigrations> migrations) {
        // Migrated before anything reads the tables; absent when migrations are off or Flyway is missing.
        migrations.ifAvailable(RescindMigrations::migrate);
        return new SpringTransactionStore(dataSource, dialect, tables);
    }

    /** {@return effects run once the Spring transaction in progress commits, or at once without one} */
    @Bean
    @ConditionalOnMissingBean
    public AfterCommit rescindAfterCommit() {
        return new SpringAfterCommit();
    }

    /**
     * The library, wired with the application's gateways, clock and listener where it has one of each.
     *
     * @param store                the store
     * @param afterCommit          when effects run
     * @param properties           the {@code rescind.*} settings
     * @param clock                the application's clock; UTC system time without one
     * @param listener             the application's listener; none without one
     * @param draftOrders          the draft order gateway, if any
     * @param orderTags            the order tag gateway, if any
     * @param carrierCancellations the carrier gateway, if any
     * @return the library
     */
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
                .effectRetries(effectRetries(properties.getEffects()))
                .maxAttempts(properties.getCommands().getMaxAttempts())
                .answerTimes(properties.getDeadlines().answerTimes());
        draftOrders.ifUnique(builder::draftOrders);
        orderTags.ifUnique(builder::orderTags);
        carrierCancellations.ifUnique(builder::carrierCancellations);
        return builder.build();
    }

    private static OutboxRelay.Settings effectRetries(RescindProperties.Effects effects) {
        return OutboxRelay.Settings.defaults()
                .withBatchSize(effects.getRunner().getBatch())
                .withLease(effects.getLease())
                .withMaxAttempts(effects.getAttempts())
                .withBackoff(effects.getFirstBackoff(), effects.getMaxBackoff());
    }

    /** A run attempts due effects batch after batch, bounded so that shutdown never waits long for it. */
    private static final int MAX_BATCHES_PER_RUN = 10;

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "rescind.effects.runner", name = "enabled", matchIfMissing = true)
    static class EffectRunner {

        @Bean
        ScheduledRunner rescindEffectRunner(Rescind rescind, RescindProperties properties) {
            EffectRelay relay = rescind.effectRelay("effects-" + ProcessHandle.current().pid());
            return new ScheduledRunner("rescind-effects", properties.getEffects().getRunner().getInterval(),
                    () -> relay.drain(MAX_BATCHES_PER_RUN));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "rescind.deadlines.runner", name = "enabled", matchIfMissing = true)
    static class DeadlineRunner {

        @Bean
        ScheduledRunner rescindDeadlineRunner(Rescind rescind, RescindProperties properties) {
            RescindProperties.Deadlines deadlines = properties.getDeadlines();
            dev.rescind.application.outbox.DeadlineRunner runner = rescind.deadlineRunner(
                    "deadlines-" + ProcessHandle.current().pid(), new dev.rescind.application.outbox.DeadlineRunner
                            .Settings(deadlines.getRunner().getBatch(), deadlines.getLease()));
            return new ScheduledRunner("rescind-deadlines", deadlines.getRunner().getInterval(),
                    () -> runner.drain(MAX_BATCHES_PER_RUN));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.flywaydb.core.Flyway")
    @ConditionalOnProperty(prefix = "rescind.migrations", name = "enabled", matchIfMissing = true)
    static class Migrations {

        @Bean
        @ConditionalOnMissingBean
        RescindMigrations rescindMigrations(DataSource dataSource, Dialect dialect, JdbcTables tables,
                RescindProperties properties) {
            return new RescindMigrations(dataSource, dialect, tables, properties.getMigrations().getHistoryTable());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(EventPublisher.class)
    @ConditionalOnProperty(prefix = "rescind.relay", name = "enabled", matchIfMissing = true)
    static class Relay {

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
