package dev.rescind.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.rescind.application.AnswerTimes;
import dev.rescind.application.Rescind;
import dev.rescind.application.RescindListener;
import dev.rescind.application.outbox.DeadlineRunner;
import dev.rescind.application.port.Deadline;
import dev.rescind.application.port.Deadlines;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deadline runner for {@link KilledDeadlineRunnerTest}, run in a JVM of its own on the given PostgreSQL schema: it
 * claims a batch of due deadlines, decides {@link #DECIDED_BEFORE_HOLDING} of them, and then, as a process about to
 * be killed would, stops while it holds the rest: it prints {@link #HOLDING} and waits for its {@code kill -9},
 * after one more decision committed but not yet marked decided.
 *
 * <p>Arguments: JDBC URL, user, password, schema.
 */
public final class HoldDeadlinesMain {

    static final String HOLDING = "holding deadlines";
    static final int BATCH = 5;
    static final int DECIDED_BEFORE_HOLDING = 3;
    /** Short, so that the test's runner takes the held deadlines soon after the kill. */
    static final Duration LEASE = Duration.ofSeconds(2);

    private HoldDeadlinesMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        try (HikariDataSource pool = DatabaseFixture.pool(args[0], args[1], args[2], 2, args[3], null)) {
            JdbcRescindStore store = JdbcRescindStore.of(pool, Dialect.POSTGRESQL);
            Rescind rescind = Rescind.builder().store(store).build();
            new DeadlineRunner(new Holding(store.deadlines()), rescind, AnswerTimes.Unanswered.EXPIRE,
                    "runner-to-be-killed", new DeadlineRunner.Settings(BATCH, LEASE), RescindListener.NONE).runOnce();
        }
        // Reached only if the runner never held anything.
        System.exit(0);
    }

    /** The store's deadlines, until the runner marks one more decided than allowed: then it waits for its end. */
    private static final class Holding implements Deadlines {
        private final Deadlines deadlines;
        private final AtomicInteger decided = new AtomicInteger();

        Holding(Deadlines deadlines) {
            this.deadlines = deadlines;
        }

        @Override
        public List<Deadline> claimDue(String runnerId, int limit, Duration lease) {
            return deadlines.claimDue(runnerId, limit, lease);
        }

        @Override
        public void decided(String runnerId, String deadlineId) {
            if (decided.incrementAndGet() > DECIDED_BEFORE_HOLDING) {
                System.out.println(HOLDING);
                System.out.flush();
                try {
                    Thread.sleep(Duration.ofMinutes(5).toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(1);
            }
            deadlines.decided(runnerId, deadlineId);
        }

        @Override
        public void release(String runnerId, String deadlineId) {
            deadlines.release(runnerId, deadlineId);
        }

        @Override
        public long pending() {
            return deadlines.pending();
        }
    }
}
