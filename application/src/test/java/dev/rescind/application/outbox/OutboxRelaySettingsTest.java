package dev.rescind.application.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutboxRelaySettingsTest {

    @Test
    void the_backoff_doubles_from_the_first_pause_up_to_the_longest() {
        OutboxRelay.Settings settings = OutboxRelay.Settings.defaults()
                .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(10));

        assertThat(IntStream.rangeClosed(1, 6).mapToObj(settings::backoffAfter).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 10L, 10L);
        assertThat(settings.backoffAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void settings_refuse_what_would_make_a_relay_spin_or_stop() {
        OutboxRelay.Settings defaults = OutboxRelay.Settings.defaults();

        assertThatThrownBy(() -> defaults.withBatchSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withMaxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withLease(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_error_kept_with_an_event_is_its_message_without_control_characters_and_bounded() {
        assertThat(OutboxRelay.describe(new Exception("broker\nsaid\u0000no"))).isEqualTo("broker said no");
        assertThat(OutboxRelay.describe(new Exception())).isEqualTo("publishing failed without a message");
        assertThat(OutboxRelay.describe(new Exception("x".repeat(5000)))).hasSize(OutboxRelay.MAX_ERROR_LENGTH);
        assertThat(OutboxRelay.describe(new Exception(" \t\n "))).isEqualTo("publishing failed without a message");
        // Cut before a character whose two halves would straddle the bound, never between them.
        String straddling = OutboxRelay.describe(new Exception("x".repeat(OutboxRelay.MAX_ERROR_LENGTH - 1)
                + "\uD83D\uDE00" + "y"));
        assertThat(straddling).hasSize(OutboxRelay.MAX_ERROR_LENGTH - 1).doesNotContain("\uD83D");
    }
}
