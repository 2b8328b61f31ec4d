package dev.rescind.spring.boot.autoconfigure;

import dev.rescind.application.port.EventLog;
import java.time.Duration;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Down while any event is dead-lettered (its aggregate's later events wait for someone to retry or discard it),
 * or while the oldest unpublished event is older than the threshold (the relay is stuck or too slow); the
 * backlog's figures are the details.
 */
public final class RescindHealthIndicator extends AbstractHealthIndicator {

    private final EventLog events;
    private final Duration maxBacklogAge;

    public RescindHealthIndicator(EventLog events, Duration maxBacklogAge) {
        super("Rescind's outbox could not be read");
        this.events = events;
        this.maxBacklogAge = maxBacklogAge;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        EventLog.Backlog backlog = events.backlog();
        boolean down = backlog.deadLettered() > 0 || backlog.oldestAge().compareTo(maxBacklogAge) > 0;
        (down ? builder.down() : builder.up())
                .withDetail("unpublished", backlog.unpublished())
                .withDetail("deadLettered", backlog.deadLettered())
                .withDetail("oldestUnpublishedAge", backlog.oldestAge().toString())
                .withDetail("maxBacklogAge", maxBacklogAge.toString());
    }
}
