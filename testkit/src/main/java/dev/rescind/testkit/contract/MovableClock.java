package dev.rescind.testkit.contract;

import dev.rescind.testkit.arbitraries.Values;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that stays where the test puts it; safe to read from any thread. */
public final class MovableClock extends Clock {

    private volatile Instant now;

    /** A clock at {@link Values#EPOCH}. */
    public MovableClock() {
        this(Values.EPOCH);
    }

    /**
     * A clock at {@code start}.
     *
     * @param start the first time it reads
     */
    public MovableClock(Instant start) {
        this.now = start;
    }

    /**
     * Moves the clock by {@code step}, backwards for a negative one.
     *
     * @param step by how much
     * @return the new time
     */
    public synchronized Instant step(Duration step) {
        now = now.plus(step);
        return now;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock in UTC");
    }
}
