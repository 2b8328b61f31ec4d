package dev.rescind.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class SpringAfterCommitTest {

    private final SpringAfterCommit afterCommit = new SpringAfterCommit();
    private final List<String> ran = new ArrayList<>();
    private final TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(
            database()));

    @Test
    void inside_a_transaction_the_action_waits_for_the_commit() {
        transactions.executeWithoutResult(status -> {
            afterCommit.register(() -> ran.add("effect"));
            assertThat(ran).isEmpty();
        });

        assertThat(ran).containsExactly("effect");
    }

    @Test
    void after_a_rollback_the_action_never_runs() {
        transactions.executeWithoutResult(status -> {
            afterCommit.register(() -> ran.add("effect"));
            status.setRollbackOnly();
        });

        assertThat(ran).isEmpty();
    }

    @Test
    void outside_a_transaction_the_action_runs_at_once() {
        afterCommit.register(() -> ran.add("effect"));

        assertThat(ran).containsExactly("effect");
    }

    private static JdbcDataSource database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }
}
