package com.example.embedding;

import dev.rescind.adapters.jdbc.Dialect;
import dev.rescind.adapters.jdbc.JdbcRescindStore;
import dev.rescind.application.Rescind;
import dev.rescind.application.outbox.OutboxRelay;
import dev.rescind.application.port.EventPublisher;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rescind in a Spring (Boot) service. Rescind's statements join the transaction Spring has open, so a
 * {@code @Transactional} method commits the host's changes and Rescind's together. The relay uses its own
 * short transactions, apart from any request's.
 */
@Configuration
public class RescindSpringConfiguration {

    @Bean
    public Rescind rescind(DataSource dataSource) throws SQLException {
        JdbcRescindStore store = JdbcRescindStore.inHostTransaction(() -> {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                throw new SQLException("call Rescind from a @Transactional method");
            }
            return DataSourceUtils.getConnection(dataSource);
        }, Dialect.of(dataSource));
        return Rescind.builder().store(store).clock(Clock.systemUTC()).build();
    }

    @Bean
    public OutboxRelay outboxRelay(DataSource dataSource, EventPublisher publisher) {
        // Run relayOnce() from a @Scheduled method; every instance of the service may run one.
        return new OutboxRelay(JdbcRescindStore.of(dataSource).events(), publisher,
                "relay-" + ProcessHandle.current().pid(), 100, Duration.ofSeconds(30));
    }
}
