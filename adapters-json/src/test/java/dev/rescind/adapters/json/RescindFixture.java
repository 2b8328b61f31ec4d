package dev.rescind.adapters.json;

import dev.rescind.adapters.inmemory.InMemoryStore;
import dev.rescind.application.Rescind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;

/**
 * A {@link Rescind} on a fresh in-memory store whose clock the test sets, so that the documented timestamps
 * can be reproduced.
 */
public final class RescindFixture {

    public final Rescind rescind;
    private final SettableClock clock;

    private RescindFixture(Instant start, UnaryOperator<Rescind.Builder> configure) {
        this.clock = new SettableClock(start);
        this.rescind = configure.apply(Rescind.builder().store(new InMemoryStore()).clock(clock)).build();
    }

    public static RescindFixture at(String instant) {
        return new RescindFixture(Instant.parse(instant), builder -> builder);
    }

    public static RescindFixture at(String instant, UnaryOperator<Rescind.Builder> configure) {
        return new RescindFixture(Instant.parse(instant), configure);
    }

    /** Moves the clock; what happens next happens at {@code instant}. */
    public void now(String instant) {
        clock.now = Instant.parse(instant);
    }

    private static final class SettableClock extends Clock {
        private volatile Instant now;

        private SettableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("Rescind reads instants only");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
