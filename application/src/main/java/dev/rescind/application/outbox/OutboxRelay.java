package dev.rescind.application.outbox;

import dev.rescind.application.EventEnvelope;
import dev.rescind.application.port.EventLog;
import dev.rescind.application.port.EventPublisher;
import dev.rescind.domain.shared.InvalidInputException;
import dev.rescind.domain.shared.Text;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands committed events to the host's {@link EventPublisher}: at least once, in per-aggregate order. Run
 * {@link #relayOnce()} on a schedule, from as many threads or processes as you like; the event log's leases
 * keep relays from publishing the same event at the same time.
 *
 * <p>When the publisher fails on an event, later events of the same aggregate wait (order matters more than
 * progress), the other aggregates go on, and the failed event is offered again on a later run.
 */
public final class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    /** Relay ids are stored with each lease. */
    public static final int MAX_RELAY_ID_LENGTH = 255;

    private final EventLog log;
    private final EventPublisher publisher;
    private final Clock clock;
    private final String relayId;
    private final int batchSize;
    private final Duration lease;

    public OutboxRelay(EventLog log, EventPublisher publisher, Clock clock, String relayId, int batchSize,
            Duration lease) {
        this.log = Objects.requireNonNull(log, "log");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.relayId = Text.token(relayId, MAX_RELAY_ID_LENGTH)
                .getOrElseThrow(invalid -> new InvalidInputException(invalid.under("relayId")));
        if (batchSize < 1 || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("batch size and lease must be positive");
        }
        this.batchSize = batchSize;
        this.lease = lease;
    }

    /** Claims one batch, publishes it and records what was published; the number published. */
    public int relayOnce() {
        List<EventEnvelope> claimed = log.claim(relayId, batchSize, clock.instant(), lease);
        if (claimed.isEmpty()) {
            return 0;
        }
        List<String> published = new ArrayList<>();
        List<String> withheld = new ArrayList<>();
        Set<String> stalled = new HashSet<>();
        for (EventEnvelope event : claimed) {
            String aggregate = event.tenant() + "/" + event.aggregateType() + "/" + event.aggregateId();
            if (stalled.contains(aggregate)) {
                withheld.add(event.eventId());
                continue;
            }
            try {
                publisher.publish(event);
                published.add(event.eventId());
            } catch (Exception failure) {
                LOG.warn("relay {}: publishing event {} ({} v{}) failed, will retry: {}", relayId, event.eventId(),
                        aggregate, event.version(), failure.toString());
                stalled.add(aggregate);
                withheld.add(event.eventId());
            }
        }
        if (!published.isEmpty()) {
            log.markPublished(relayId, published, clock.instant());
        }
        if (!withheld.isEmpty()) {
            log.release(relayId, withheld);
        }
        return published.size();
    }

    /** Relays until nothing is left to claim or {@code maxBatches} ran; the number published. */
    public int drain(int maxBatches) {
        int total = 0;
        for (int batch = 0; batch < maxBatches; batch++) {
            int published = relayOnce();
            if (published == 0) {
                break;
            }
            total += published;
        }
        return total;
    }
}
