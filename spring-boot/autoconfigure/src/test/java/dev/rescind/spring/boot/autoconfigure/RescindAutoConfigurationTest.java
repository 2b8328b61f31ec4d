package dev.rescind.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.adapters.jdbc.Dialect;
import dev.rescind.adapters.jdbc.JdbcRescindStore;
import dev.rescind.application.Rescind;
import dev.rescind.application.outbox.OutboxRelay;
import dev.rescind.application.port.EventPublisher;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class RescindAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RescindAutoConfiguration.class))
            .withBean(DataSource.class, RescindAutoConfigurationTest::freshDatabase);

    @Test
    void rescind_is_built_on_the_data_source_with_its_dialect_detected_and_its_tables_migrated() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Rescind.class).hasSingleBean(SpringAfterCommit.class);
            assertThat(context.getBean(Dialect.class)).isEqualTo(Dialect.H2);
            assertThat(tables(context.getBean(DataSource.class))).contains("RESCIND_SCHEMA_HISTORY", "RESCIND_EVENTS");
        });
    }

    @Test
    void migrations_are_skipped_when_switched_off() {
        runner.withPropertyValues("rescind.migrations.enabled=false").run(context -> {
            assertThat(context).hasSingleBean(Rescind.class).doesNotHaveBean(RescindMigrations.class);
            assertThat(tables(context.getBean(DataSource.class))).doesNotContain("RESCIND_SCHEMA_HISTORY");
        });
    }

    @Test
    void the_relay_runs_only_with_a_publisher_and_unless_switched_off() {
        runner.run(context -> assertThat(context).doesNotHaveBean(OutboxRelay.class));
        ApplicationContextRunner withPublisher = runner.withBean(EventPublisher.class, () -> event -> { });
        withPublisher.run(context -> {
            assertThat(context).hasSingleBean(OutboxRelay.class);
            assertThat(context.getBean("rescindRelayRunner", ScheduledRunner.class).isRunning()).isTrue();
        });
        withPublisher.withPropertyValues("rescind.relay.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(OutboxRelay.class));
    }

    @Test
    void the_runners_stop_when_the_context_closes() {
        runner.withBean(EventPublisher.class, () -> event -> { })
                .withPropertyValues("rescind.retention.published-events=7d").run(context -> {
                    ScheduledRunner relay = context.getBean("rescindRelayRunner", ScheduledRunner.class);
                    ScheduledRunner retention = context.getBean("rescindRetentionRunner", ScheduledRunner.class);
                    assertThat(retention.isRunning()).isTrue();
                    context.close();
                    assertThat(relay.isRunning()).isFalse();
                    assertThat(retention.isRunning()).isFalse();
                });
    }

    @Test
    void a_table_prefix_names_both_the_migrated_tables_and_the_ones_the_store_uses() {
        runner.withPropertyValues("rescind.tables.prefix=shop_rescind_").run(context -> {
            assertThat(tables(context.getBean(DataSource.class)))
                    .contains("SHOP_RESCIND_EVENTS", "SHOP_RESCIND_EFFECT_OUTBOX").doesNotContain("RESCIND_EVENTS");
            // The store reads the prefixed tables: an empty outbox, not a missing table.
            assertThat(context.getBean(Rescind.class).effectOutbox().outstanding()).isZero();
        });
    }

    @Test
    void a_table_schema_holds_the_migrated_tables_the_store_uses() {
        runner.withPropertyValues("rescind.tables.schema=rescind_own").run(context -> {
            DataSource dataSource = context.getBean(DataSource.class);
            assertThat(tables(dataSource, "RESCIND_OWN")).contains("RESCIND_EVENTS", "RESCIND_EFFECT_OUTBOX");
            assertThat(tables(dataSource)).doesNotContain("RESCIND_EVENTS");
            assertThat(context.getBean(Rescind.class).effectOutbox().outstanding()).isZero();
        });
    }

    @Test
    void the_effect_runner_runs_unless_switched_off() {
        runner.run(context -> assertThat(
                context.getBean("rescindEffectRunner", ScheduledRunner.class).isRunning()).isTrue());
        runner.withPropertyValues("rescind.effects.runner.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("rescindEffectRunner"));
    }

    @Test
    void effect_retry_properties_that_contradict_each_other_stop_the_start_up() {
        // The longest backoff below the first one reaches Rescind.Builder.effectRetries, which refuses it.
        runner.withPropertyValues("rescind.effects.first-backoff=10m", "rescind.effects.max-backoff=1s")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void an_applications_own_rescind_wins() {
        runner.withBean("ownRescind", Rescind.class,
                        () -> Rescind.builder().store(JdbcRescindStore.of(freshDatabase())).build())
                .run(context -> assertThat(context).getBean(Rescind.class).isSameAs(context.getBean("ownRescind")));
    }

    private static DataSource freshDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    private static List<String> tables(DataSource dataSource) throws SQLException {
        return tables(dataSource, "PUBLIC");
    }

    private static List<String> tables(DataSource dataSource, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                var rows = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                // Flyway quotes the schema it creates; H2 folds unquoted names to upper case.
                if (rows.getString("TABLE_SCHEM").equalsIgnoreCase(schema)) {
                    names.add(rows.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        return names;
    }
}
