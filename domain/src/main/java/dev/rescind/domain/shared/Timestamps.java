package dev.rescind.domain.shared;

import java.time.Instant;

/** Time rules every aggregate shares. */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * The {@code updatedAt} after a change at {@code now}. Clocks of several nodes may disagree a little; an
     * aggregate's timestamps never run backwards.
     *
     * @param previous the aggregate's {@code updatedAt}
     * @param now      the time of the change
     * @return the later of the two
     */
    public static Instant notBefore(Instant previous, Instant now) {
        return now.isAfter(previous) ? now : previous;
    }
}
