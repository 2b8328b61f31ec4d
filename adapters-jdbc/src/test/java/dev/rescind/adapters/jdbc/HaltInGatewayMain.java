package dev.rescind.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.rescind.application.Rescind;
import dev.rescind.application.outbox.OutboxRelay;
import dev.rescind.domain.returns.ReturnId;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * A service instance for {@link HaltAfterCommitTest}, run in a JVM of its own: it cancels a return's exchange
 * on the given database, and its draft-order gateway halts the JVM on the call the commit planned,
 * as a crash or a {@code kill -9} would, before any outcome is recorded. It exits with {@link #HALTED}.
 *
 * <p>Arguments: the database's {@link DatabaseFixture.Address#arguments() address} (dialect, JDBC URL, user,
 * password, schema, catalog), then the return id.
 */
public final class HaltInGatewayMain {

    static final int HALTED = 3;

    /** Short, so that the test's runner may take the effect soon after the halt. */
    static final Duration LEASE = Duration.ofSeconds(1);

    private HaltInGatewayMain() {
    }

    public static void main(String[] args) {
        DatabaseFixture.Address database = DatabaseFixture.Address.of(args, 0);
        ReturnId id = new ReturnId(args[DatabaseFixture.Address.ARGUMENTS]);
        try (HikariDataSource pool = database.pool(2)) {
            Rescind rescind = Rescind.builder().store(JdbcRescindStore.of(pool, database.dialect()))
                    .draftOrders((tenant, draftOrder) -> Runtime.getRuntime().halt(HALTED))
                    .effectTimeout(Duration.ofMillis(500))
                    .effectRetries(OutboxRelay.Settings.defaults().withLease(LEASE))
                    .build();
            rescind.returns().cancelExchange(FlowFixture.merchant(), id, Option.none());
        }
        // Reached only if the gateway was never called.
        System.exit(0);
    }
}
