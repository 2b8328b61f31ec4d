package dev.rescind.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JdbcTablesTest {

    @Test
    void by_default_tables_are_rescind_prefixed_and_unqualified() {
        assertThat(JdbcTables.DEFAULT.sql("SELECT 1 FROM {events} e JOIN {events} f", Dialect.POSTGRESQL))
                .isEqualTo("SELECT 1 FROM rescind_events e JOIN rescind_events f");
        assertThat(JdbcTables.DEFAULT.flywayPlaceholders()).containsExactly(
                java.util.Map.entry("rescind_prefix", "rescind_"));
    }

    @Test
    void a_schema_is_quoted_as_each_database_quotes_it_and_the_prefix_named_in_tables_and_indexes() {
        JdbcTables tables = JdbcTables.DEFAULT.withPrefix("acme_").inSchema("commerce");

        assertThat(tables.sql("UPDATE {shipments} SET", Dialect.POSTGRESQL))
                .isEqualTo("UPDATE \"commerce\".acme_shipments SET");
        assertThat(tables.sql("UPDATE {shipments} SET", Dialect.H2)).isEqualTo("UPDATE \"commerce\".acme_shipments SET");
        assertThat(tables.sql("UPDATE {shipments} SET", Dialect.MARIADB)).isEqualTo("UPDATE `commerce`.acme_shipments SET");
        assertThat(tables.index("cancellation_requests_open_uq")).isEqualTo("acme_cancellation_requests_open_uq");
    }

    @Test
    void a_migration_without_flyway_gets_the_prefix_where_flyway_would_put_it() {
        assertThat(JdbcTables.DEFAULT.withPrefix("shop_").fillPlaceholders(
                "CREATE TABLE ${rescind_prefix}events (id INT);\nCREATE INDEX ${rescind_prefix}events_ix ON x (id)"))
                .isEqualTo("CREATE TABLE shop_events (id INT);\nCREATE INDEX shop_events_ix ON x (id)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Acme_", "1acme", "acme-", "acme_; DROP TABLE x; --", "\"acme\"",
            "a_prefix_longer_than_twenty_four"})
    void a_name_that_is_not_a_plain_lower_case_identifier_is_refused(String name) {
        assertThatThrownBy(() -> JdbcTables.DEFAULT.withPrefix(name)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JdbcTables.DEFAULT.inSchema(name + "\u00e9"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
