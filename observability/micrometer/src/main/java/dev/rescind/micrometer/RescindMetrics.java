package dev.rescind.micrometer;

import dev.rescind.application.EffectOutcome;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.RescindListener;
import dev.rescind.application.port.EventLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Rescind's work as Micrometer meters and one {@link Observation} per command: give it to
 * {@code Rescind.builder().listener(...)}. Every tag has a small, fixed set of values (operation names,
 * outcomes, rejection codes, event types, store operations); ids, tenants and correlation ids never become tags.
 * The correlation id rides on the observation as a high-cardinality key value only, for traces and logs.
 * The meters are listed in docs/metrics.md.
 */
public final class RescindMetrics implements RescindListener {

    /** The observation each command runs in. */
    public static final String COMMAND_OBSERVATION = "rescind.command";

    private final MeterRegistry meters;
    private final ObservationRegistry observations;
    /** Commands run on the caller's thread; a batch may run single commands within it, hence a stack. */
    private final ThreadLocal<Deque<Observation.Scope>> open = ThreadLocal.withInitial(ArrayDeque::new);

    /**
     * Meters in {@code meters}, and one observation per command in {@code observations}.
     *
     * @param meters       where the counters, timers and gauges are registered
     * @param observations where each command's {@value #COMMAND_OBSERVATION} observation is started
     */
    public RescindMetrics(MeterRegistry meters, ObservationRegistry observations) {
        this.meters = Objects.requireNonNull(meters, "meters");
        this.observations = Objects.requireNonNull(observations, "observations");
    }

    /**
     * Meters only, no observations.
     *
     * @param meters where the counters, timers and gauges are registered
     */
    public RescindMetrics(MeterRegistry meters) {
        this(meters, ObservationRegistry.NOOP);
    }

    /**
     * Adds gauges of {@code events}' backlog: unpublished events, dead letters and the age of the oldest
     * unpublished event. The backlog is read from the store at most once per {@code refresh}, however often
     * the registry is scraped.
     *
     * @param events  the event log whose backlog is shown
     * @param refresh how long one reading of the backlog is reused
     * @return this, to chain
     */
    public RescindMetrics bindBacklog(EventLog events, Duration refresh) {
        BacklogSnapshot backlog = new BacklogSnapshot(events, refresh, Clock.systemUTC());
        Gauge.builder("rescind.outbox.backlog", backlog, snapshot -> snapshot.current().unpublished())
                .description("Events committed but not yet acknowledged by the broker").baseUnit("events")
                .register(meters);
        Gauge.builder("rescind.outbox.dead.letters", backlog, snapshot -> snapshot.current().deadLettered())
                .description("Dead-lettered events waiting to be retried or discarded").baseUnit("events")
                .register(meters);
        TimeGauge.builder("rescind.outbox.oldest.age", backlog, TimeUnit.MILLISECONDS,
                        snapshot -> snapshot.current().oldestAge().toMillis())
                .description("Age of the oldest unpublished event; zero when none waits").register(meters);
        return this;
    }

    @Override
    public void commandStarted(String operation, String correlationId) {
        Observation observation = Observation.createNotStarted(COMMAND_OBSERVATION, observations)
                .contextualName(operation)
                .lowCardinalityKeyValue("operation", operation)
                .highCardinalityKeyValue("rescind.correlation.id", correlationId)
                .start();
        open.get().push(observation.openScope());
    }

    @Override
    public void commandApplied(String operation, Duration took) {
        finished(operation, "applied", "none", took);
    }

    @Override
    public void commandRefused(String operation, String rejectionCode, Duration took) {
        finished(operation, "refused", rejectionCode, took);
    }

    @Override
    public void commandReplayed(String operation, Duration took) {
        finished(operation, "replayed", "none", took);
    }

    @Override
    public void eventPublished(String relayId, EventEnvelope event) {
        counter("rescind.outbox.published", "Events the broker acknowledged", event).increment();
    }

    @Override
    public void eventPublishFailed(String relayId, EventEnvelope event, int attempt, Exception failure,
            Duration retryIn) {
        counter("rescind.outbox.publish.failures", "Failed attempts to publish an event", event).increment();
    }

    @Override
    public void eventDeadLettered(String relayId, EventEnvelope event, int attempts, Exception failure) {
        counter("rescind.outbox.dead.lettered", "Events dead-lettered after their last allowed attempt", event)
                .increment();
    }

    @Override
    public void relayStoreFailed(String relayId, String operation, RuntimeException failure, int attempt,
            boolean willRetry) {
        Counter.builder("rescind.outbox.store.failures").description("Store failures met by the relay")
                .tag("operation", operation).tag("will.retry", Boolean.toString(willRetry))
                .register(meters).increment();
    }

    @Override
    public void effectFinished(String effect, EffectOutcome outcome, int attempt) {
        String result = !outcome.attempted() ? "not_attempted"
                : outcome.succeeded() ? "succeeded" : outcome.pending() ? "pending" : "failed";
        Counter.builder("rescind.effects").description("Attempts at gateway calls by effect and outcome")
                .tag("effect", effect).tag("outcome", result).register(meters).increment();
    }

    @Override
    public void effectDeadLettered(String effect, String effectId, int attempts, String lastError) {
        Counter.builder("rescind.effects.dead.lettered")
                .description("Gateway calls dead-lettered after their last allowed attempt")
                .tag("effect", effect).register(meters).increment();
    }

    @Override
    public void deadlineDecided(String kind, String outcome) {
        Counter.builder("rescind.deadlines").description("Due deadlines a runner took, by kind and outcome")
                .tag("kind", kind).tag("outcome", outcome).register(meters).increment();
    }

    private void finished(String operation, String outcome, String rejection, Duration took) {
        Timer.builder("rescind.commands").description("Commands by operation and outcome, with their duration")
                .tag("operation", operation).tag("outcome", outcome).tag("rejection", rejection)
                .register(meters).record(took);
        Deque<Observation.Scope> scopes = open.get();
        Observation.Scope scope = scopes.poll();
        if (scope != null) {
            Observation observation = scope.getCurrentObservation();
            scope.close();
            observation.lowCardinalityKeyValue("outcome", outcome).lowCardinalityKeyValue("rejection", rejection)
                    .stop();
        }
        if (scopes.isEmpty()) {
            open.remove();
        }
    }

    private Counter counter(String name, String description, EventEnvelope event) {
        return Counter.builder(name).description(description).tag("event.type", event.eventType())
                .register(meters);
    }

    /** The store's backlog, read again once it is older than {@code refresh}. */
    private static final class BacklogSnapshot {
        private final EventLog events;
        private final Duration refresh;
        private final Clock clock;
        private EventLog.Backlog last;
        private long readAt;

        BacklogSnapshot(EventLog events, Duration refresh, Clock clock) {
            this.events = Objects.requireNonNull(events, "events");
            this.refresh = Objects.requireNonNull(refresh, "refresh");
            this.clock = clock;
        }

        synchronized EventLog.Backlog current() {
            long now = clock.millis();
            if (last == null || now - readAt >= refresh.toMillis()) {
                last = events.backlog();
                readAt = now;
            }
            return last;
        }
    }
}
