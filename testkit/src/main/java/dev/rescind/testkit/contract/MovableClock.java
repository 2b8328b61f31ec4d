package dev.rescind.testkit.contract;

import dev.rescind.testkit.arbitraries.Values;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that stays where the test puts it, starting at {@link Values#EPOCH}; safe to read from any thread. */
final class MovableClock extends Clock {

    private volatile Instant now = Values.EPOCH;

    /** Moves the clock by {@code step}, backwards for a negative one, and answers the new time. */
    synchronized Instant step(Duration step) {
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
