package dev.rescind.application.outbox;

import dev.rescind.application.EventEnvelope;
import dev.rescind.application.RescindListener;
import dev.rescind.application.internal.StoreRetry;
import dev.rescind.application.port.EventLog;
import dev.rescind.application.port.EventLog.Claimed;
import dev.rescind.application.port.EventLog.Failure;
import dev.rescind.application.port.EventPublisher;
import dev.rescind.application.port.StoreFailure;
import dev.rescind.domain.shared.InvalidInputException;
import dev.rescind.domain.shared.Text;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands committed events to the host's {@link EventPublisher}: at least once, in per-aggregate order. Run
 * {@link #relayOnce()} on a schedule, from as many threads or processes as you like, each relay with its own
 * id; the event log's leases, kept by the store's clock, keep relays from publishing the same event at the
 * same time.
 *
 * <p>When publishing an event fails, the event is due again after an exponential backoff (from the store's
 * clock) and the later events of its aggregate wait behind it (order matters more than progress); other
 * aggregates go on. After {@link Settings#maxAttempts()} failed attempts the event is dead-lettered: the
 * aggregate waits until the host retries or discards it through {@link EventLog#deadLetters},
 * {@link EventLog#retryDeadLetter} and {@link EventLog#discardDeadLetter}.
 *
 * <p>A failing store (a killed connection, a failover) is retried with a growing pause a few times within a
 * run; a run never throws a {@link StoreFailure}, it reports it to the {@link RescindListener} and gives the
 * rest to the next run. An event published but not yet recorded as published is published again later.
 */
public final class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    /** Relay ids are stored with each lease. */
    public static final int MAX_RELAY_ID_LENGTH = 255;

    /** The longest error text kept with a failed event. */
    public static final int MAX_ERROR_LENGTH = 1000;

    private final EventLog log;
    private final EventPublisher publisher;
    private final String relayId;
    private final Settings settings;
    private final RescindListener listener;
    private final StoreRetry storeRetry;

    /**
     * How a relay works.
     *
     * @param batchSize    events claimed per run
     * @param lease        how long claimed events stay this relay's: longer than a batch takes to publish
     * @param maxAttempts  failed attempts after which an event is dead-lettered
     * @param firstBackoff the pause after the first failed attempt; it doubles with every further one
     * @param maxBackoff   the longest pause between attempts
     */
    public record Settings(int batchSize, Duration lease, int maxAttempts, Duration firstBackoff,
            Duration maxBackoff) {

        /**
         * Checks the settings.
         *
         * @param batchSize    events claimed per run
         * @param lease        how long claimed events stay this relay's: longer than a batch takes to publish
         * @param maxAttempts  failed attempts after which an event is dead-lettered
         * @param firstBackoff the pause after the first failed attempt; it doubles with every further one
         * @param maxBackoff   the longest pause between attempts
         * @throws IllegalArgumentException when a count is below 1, a duration is not positive, or the longest
         *         backoff is shorter than the first
         */
        public Settings {
            if (batchSize < 1 || maxAttempts < 1) {
                throw new IllegalArgumentException("batch size and attempts must be positive");
            }
            if (!isPositive(lease) || !isPositive(firstBackoff) || !isPositive(maxBackoff)
                    || maxBackoff.compareTo(firstBackoff) < 0) {
                throw new IllegalArgumentException("lease and backoff must be positive, the longest backoff no "
                        + "shorter than the first");
            }
        }

        /**
         * 100 events a run, a 30 s lease, 10 attempts with a backoff from 1 s doubling up to 5 minutes.
         *
         * @return the settings
         */
        public static Settings defaults() {
            return new Settings(100, Duration.ofSeconds(30), 10, Duration.ofSeconds(1), Duration.ofMinutes(5));
        }

        /**
         * These settings with another batch size.
         *
         * @param value events claimed per run
         * @return the settings
         */
        public Settings withBatchSize(int value) {
            return new Settings(value, lease, maxAttempts, firstBackoff, maxBackoff);
        }

        /**
         * These settings with another lease.
         *
         * @param value how long claimed events stay the relay's
         * @return the settings
         */
        public Settings withLease(Duration value) {
            return new Settings(batchSize, value, maxAttempts, firstBackoff, maxBackoff);
        }

        /**
         * These settings with another number of attempts.
         *
         * @param value failed attempts after which an event is dead-lettered
         * @return the settings
         */
        public Settings withMaxAttempts(int value) {
            return new Settings(batchSize, lease, value, firstBackoff, maxBackoff);
        }

        /**
         * These settings with another backoff.
         *
         * @param first the pause after the first failed attempt
         * @param max   the longest pause
         * @return the settings
         */
        public Settings withBackoff(Duration first, Duration max) {
            return new Settings(batchSize, lease, maxAttempts, first, max);
        }

        /**
         * The pause after failed attempt number {@code attempt} (1 for the first).
         *
         * @param attempt the failed attempt's number
         * @return the pause, at most {@code maxBackoff}
         */
        public Duration backoffAfter(int attempt) {
            Duration pause = firstBackoff;
            for (int doubled = 1; doubled < attempt && pause.compareTo(maxBackoff) < 0; doubled++) {
                pause = pause.multipliedBy(2);
            }
            return pause.compareTo(maxBackoff) < 0 ? pause : maxBackoff;
        }

        private static boolean isPositive(Duration duration) {
            return duration != null && !duration.isNegative() && !duration.isZero();
        }
    }

    /**
     * A relay of {@code log}'s events to {@code publisher}.
     *
     * @param log       the outbox
     * @param publisher the broker
     * @param relayId   this relay's id, unique among the running relays
     * @param settings  batch size, lease, attempts and backoff
     * @param listener  who hears of published, failed and dead-lettered events
     */
    public OutboxRelay(EventLog log, EventPublisher publisher, String relayId, Settings settings,
            RescindListener listener) {
        this.log = Objects.requireNonNull(log, "log");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.relayId = Text.token(relayId, MAX_RELAY_ID_LENGTH)
                .getOrElseThrow(invalid -> new InvalidInputException(invalid.under("relayId")));
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.storeRetry = new StoreRetry(listener);
    }

    /**
     * A relay with the {@link Settings#defaults()} but for the batch size and lease, and no listener.
     *
     * @param log       the outbox
     * @param publisher the broker
     * @param relayId   this relay's id, unique among the running relays
     * @param batchSize events claimed per run
     * @param lease     how long claimed events stay this relay's
     */
    public OutboxRelay(EventLog log, EventPublisher publisher, String relayId, int batchSize, Duration lease) {
        this(log, publisher, relayId, Settings.defaults().withBatchSize(batchSize).withLease(lease),
                RescindListener.NONE);
    }

    /**
     * Claims one batch, publishes it and records what was published and what failed; the number published.
     *
     * @return the number of events published
     */
    public int relayOnce() {
        List<Claimed> claimed = storeRetry.call(relayId, "claiming events",
                () -> log.claim(relayId, settings.batchSize(), settings.lease()), List.of());
        if (claimed.isEmpty()) {
            return 0;
        }
        List<EventEnvelope> batch = claimed.stream().map(Claimed::event).toList();
        Map<String, Exception> failures = publish(batch);
        List<String> published = new ArrayList<>();
        for (EventEnvelope event : batch) {
            if (!failures.containsKey(event.eventId())) {
                published.add(event.eventId());
            }
        }
        if (!published.isEmpty()) {
            storeRetry.run(relayId, "marking events published", () -> log.markPublished(relayId, published));
        }
        List<String> withheld = new ArrayList<>();
        Set<String> failedAggregates = new HashSet<>();
        for (Claimed entry : claimed) {
            EventEnvelope event = entry.event();
            Exception failure = failures.get(event.eventId());
            if (failure == null) {
                StoreRetry.notify(() -> listener.eventPublished(relayId, event));
            } else if (failedAggregates.add(aggregateOf(event))) {
                recordFailure(entry, failure);
            } else {
                withheld.add(event.eventId());
            }
        }
        if (!withheld.isEmpty()) {
            storeRetry.run(relayId, "releasing leases", () -> log.release(relayId, withheld));
        }
        return published.size();
    }

    /**
     * Relays until a run publishes nothing or {@code maxBatches} ran; the number published.
     *
     * @param maxBatches the most runs
     * @return the number of events published
     */
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

    /** The publisher's failures by event id; a publisher that throws failed the whole batch. */
    private Map<String, Exception> publish(List<EventEnvelope> batch) {
        try {
            return publisher.publishAll(batch);
        } catch (RuntimeException failure) {
            Map<String, Exception> all = new LinkedHashMap<>();
            batch.forEach(event -> all.put(event.eventId(), failure));
            return all;
        }
    }

    /** The first failed event of an aggregate in a batch is charged an attempt; the later ones only waited. */
    private void recordFailure(Claimed entry, Exception failure) {
        EventEnvelope event = entry.event();
        int attempt = entry.attempts() + 1;
        String error = describe(failure);
        if (attempt >= settings.maxAttempts()) {
            LOG.error("relay {}: event {} ({} v{}) dead-lettered after {} attempts: {}", relayId, event.eventId(),
                    aggregateOf(event), event.version(), attempt, error);
            storeRetry.run(relayId, "dead-lettering an event",
                    () -> log.recordFailure(relayId, event.eventId(), new Failure.Exhausted(error)));
            StoreRetry.notify(() -> listener.eventDeadLettered(relayId, event, attempt, failure));
            return;
        }
        Duration retryIn = settings.backoffAfter(attempt);
        LOG.warn("relay {}: publishing event {} ({} v{}) failed, attempt {}, next in {}: {}", relayId,
                event.eventId(), aggregateOf(event), event.version(), attempt, retryIn, error);
        storeRetry.run(relayId, "recording a failed attempt",
                () -> log.recordFailure(relayId, event.eventId(), new Failure.Retry(error, retryIn)));
        StoreRetry.notify(() -> listener.eventPublishFailed(relayId, event, attempt, failure, retryIn));
    }

    /** The error text kept with an event: the failure's message, without control characters, bounded. */
    static String describe(Exception failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            message = "publishing failed without a message";
        }
        String clean = message.replaceAll("\\p{Cntrl}", " ").strip();
        if (clean.length() <= MAX_ERROR_LENGTH) {
            return clean;
        }
        int end = Character.isHighSurrogate(clean.charAt(MAX_ERROR_LENGTH - 1)) ? MAX_ERROR_LENGTH - 1
                : MAX_ERROR_LENGTH;
        return clean.substring(0, end);
    }

    private static String aggregateOf(EventEnvelope event) {
        return event.tenant() + "/" + event.aggregateType() + "/" + event.aggregateId();
    }
}
