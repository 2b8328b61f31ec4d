package dev.rescind.spring.boot.autoconfigure;

import dev.rescind.application.port.EffectOutbox;
import dev.rescind.application.port.EventLog;
import java.time.Duration;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Down while any event is dead-lettered (its aggregate's later events wait for someone to retry or discard it),
 * while any effect is dead-lettered (a gateway call, such as a carrier cancellation, gave up), or while the
 * oldest unpublished event is older than the threshold (the relay is stuck or too slow); the backlogs' figures
 * are the details.
 */
public final class RescindHealthIndicator extends AbstractHealthIndicator {

    private final EventLog events;
    private final EffectOutbox effects;
    private final Duration maxBacklogAge;

    /**
     * The indicator over the outbox and the effect outbox.
     *
     * @param events        the outbox of events
     * @param effects       the outbox of effects
     * @param maxBacklogAge the age of the oldest unpublished event above which Rescind is down
     */
    public RescindHealthIndicator(EventLog events, EffectOutbox effects, Duration maxBacklogAge) {
        super("Rescind's outbox could not be read");
        this.events = events;
        this.effects = effects;
        this.maxBacklogAge = maxBacklogAge;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        EventLog.Backlog backlog = events.backlog();
        boolean effectDeadLettered = !effects.deadLetters(1).isEmpty();
        boolean down = backlog.deadLettered() > 0 || effectDeadLettered
                || backlog.oldestAge().compareTo(maxBacklogAge) > 0;
        (down ? builder.down() : builder.up())
                .withDetail("unpublished", backlog.unpublished())
                .withDetail("deadLettered", backlog.deadLettered())
                .withDetail("oldestUnpublishedAge", backlog.oldestAge().toString())
                .withDetail("maxBacklogAge", maxBacklogAge.toString())
                .withDetail("effectsOutstanding", effects.outstanding())
                .withDetail("effectDeadLettered", effectDeadLettered);
    }
}
