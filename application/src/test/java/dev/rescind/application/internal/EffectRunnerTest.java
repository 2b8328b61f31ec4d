package dev.rescind.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.EffectOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class EffectRunnerTest {

    private static final Executor NO_THREAD_FREE = task -> {
        throw new java.util.concurrent.RejectedExecutionException("full");
    };

    @Test
    void a_failure_is_reported_by_its_message_without_the_class_names_of_the_exceptions_that_wrap_it() {
        RuntimeException wrapped = new RuntimeException(new UncheckedIOException(new IOException("shop unreachable")));

        assertThat(wrapped.getMessage()).contains("java.io.");
        assertThat(EffectRunner.describe(wrapped)).isEqualTo("shop unreachable");
        assertThat(EffectRunner.describe(new IllegalStateException("draft order service down")))
                .isEqualTo("draft order service down");
        assertThat(EffectRunner.describe(new NullPointerException())).doesNotContain("Exception").isNotBlank();
    }

    @Test
    void an_effect_that_no_executor_takes_is_not_attempted_at_once() {
        EffectRunner runner = new EffectRunner(NO_THREAD_FREE, Duration.ofMinutes(1));
        long started = System.nanoTime();

        List<EffectOutcome> outcomes = runner.run("test", List.of(new EffectRunner.Task(
                EffectOutcome.TAG_ORDER, () -> {
                })));

        assertThat(outcomes).containsExactly(EffectOutcome.notAttempted(EffectOutcome.TAG_ORDER));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }
}
