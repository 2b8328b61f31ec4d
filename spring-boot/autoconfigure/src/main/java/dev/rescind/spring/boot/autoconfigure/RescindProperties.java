package dev.rescind.spring.boot.autoconfigure;

import dev.rescind.application.AnswerTimes;
import dev.rescind.application.Rescind;
import dev.rescind.domain.shared.AggregateType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Rescind's settings under {@code rescind.*}; every one has a default that suits a first deployment. */
@ConfigurationProperties("rescind")
public class RescindProperties {

    private final Migrations migrations = new Migrations();
    private final Relay relay = new Relay();
    private final Effects effects = new Effects();
    private final Deadlines deadlines = new Deadlines();
    private final Commands commands = new Commands();
    private final Retention retention = new Retention();
    private final Health health = new Health();
    private final Tables tables = new Tables();

    /** {@return {@code rescind.migrations.*}} */
    public Migrations getMigrations() {
        return migrations;
    }

    /** {@return {@code rescind.relay.*}} */
    public Relay getRelay() {
        return relay;
    }

    /** {@return {@code rescind.effects.*}} */
    public Effects getEffects() {
        return effects;
    }

    /** {@return {@code rescind.deadlines.*}} */
    public Deadlines getDeadlines() {
        return deadlines;
    }

    /** {@return {@code rescind.commands.*}} */
    public Commands getCommands() {
        return commands;
    }

    /** {@return {@code rescind.retention.*}} */
    public Retention getRetention() {
        return retention;
    }

    /** {@return {@code rescind.health.*}} */
    public Health getHealth() {
        return health;
    }

    /** {@return {@code rescind.tables.*}} */
    public Tables getTables() {
        return tables;
    }

    /** Where Rescind's tables live: the store and Rescind's migrations use the same names. */
    public static class Tables {
        /** The prefix of every Rescind table name. */
        private String prefix = "rescind_";
        /** The schema of Rescind's tables (on MariaDB: the database), in lower case; unset uses the connection's. */
        private String schema;

        /** {@return the prefix of every Rescind table name} */
        public String getPrefix() {
            return prefix;
        }

        /**
         * Sets what {@link #getPrefix()} returns.
         *
         * @param prefix the new value
         */
        public void setPrefix(String prefix) {
            this.prefix = prefix;
        }

        /**
         * {@return the schema of Rescind's tables (on MariaDB: the database), in lower case; unset uses the
         * connection's}
         */
        public String getSchema() {
            return schema;
        }

        /**
         * Sets what {@link #getSchema()} returns.
         *
         * @param schema the new value
         */
        public void setSchema(String schema) {
            this.schema = schema;
        }
    }

    /** Rescind's own Flyway migrations, with their own history table beside the application's. */
    public static class Migrations {
        /** Whether Rescind migrates its tables at start-up; turn off when the schema is managed elsewhere. */
        private boolean enabled = true;
        /** The history table of Rescind's migrations, apart from the application's own. */
        private String historyTable = "rescind_schema_history";

        /** {@return whether Rescind migrates its tables at start-up; turn off when the schema is managed elsewhere} */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets what {@link #isEnabled()} returns.
         *
         * @param enabled the new value
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** {@return the history table of Rescind's migrations, apart from the application's own} */
        public String getHistoryTable() {
            return historyTable;
        }

        /**
         * Sets what {@link #getHistoryTable()} returns.
         *
         * @param historyTable the new value
         */
        public void setHistoryTable(String historyTable) {
            this.historyTable = historyTable;
        }
    }

    /** The outbox relay, scheduled when an {@code EventPublisher} bean exists. */
    public static class Relay {
        /** Whether this instance runs the relay. */
        private boolean enabled = true;
        /** The pause between two runs of the relay; a run publishes up to 10 batches while events wait. */
        private Duration interval = Duration.ofSeconds(1);
        /** Events claimed per run. */
        private int batch = 100;
        /** How long claimed events stay this relay's: longer than a batch takes to publish. */
        private Duration lease = Duration.ofSeconds(30);
        /** Failed attempts after which an event is dead-lettered. */
        private int maxAttempts = 10;
        /** The relay's id; defaults to one per process. */
        private String id;

        /** {@return whether this instance runs the relay} */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets what {@link #isEnabled()} returns.
         *
         * @param enabled the new value
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** {@return the pause between two runs of the relay; a run publishes up to 10 batches while events wait} */
        public Duration getInterval() {
            return interval;
        }

        /**
         * Sets what {@link #getInterval()} returns.
         *
         * @param interval the new value
         */
        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        /** {@return events claimed per run} */
        public int getBatch() {
            return batch;
        }

        /**
         * Sets what {@link #getBatch()} returns.
         *
         * @param batch the new value
         */
        public void setBatch(int batch) {
            this.batch = batch;
        }

        /** {@return how long claimed events stay this relay's: longer than a batch takes to publish} */
        public Duration getLease() {
            return lease;
        }

        /**
         * Sets what {@link #getLease()} returns.
         *
         * @param lease the new value
         */
        public void setLease(Duration lease) {
            this.lease = lease;
        }

        /** {@return failed attempts after which an event is dead-lettered} */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        /**
         * Sets what {@link #getMaxAttempts()} returns.
         *
         * @param maxAttempts the new value
         */
        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /** {@return the relay's id; defaults to one per process} */
        public String getId() {
            return id;
        }

        /**
         * Sets what {@link #getId()} returns.
         *
         * @param id the new value
         */
        public void setId(String id) {
            this.id = id;
        }
    }

    /** The after-commit gateway calls. */
    public static class Effects {
        /** The most threads the effect executor starts, however many gateway calls hang. */
        private int threads = Rescind.DEFAULT_EFFECT_THREADS;
        /** How long an answer waits for its effects before it reports them pending. */
        private Duration timeout = Duration.ofSeconds(2);
        /** Failed attempts after which an effect is dead-lettered. */
        private int attempts = 10;
        /** How long an effect claimed for an attempt stays that runner's: longer than a gateway call takes. */
        private Duration lease = Duration.ofSeconds(30);
        /** The pause before an effect's second attempt; it doubles with every further failure. */
        private Duration firstBackoff = Duration.ofSeconds(1);
        /** The longest pause between two attempts of an effect. */
        private Duration maxBackoff = Duration.ofMinutes(5);
        private final Runner runner = new Runner();

        /** {@return failed attempts after which an effect is dead-lettered} */
        public int getAttempts() {
            return attempts;
        }

        /**
         * Sets what {@link #getAttempts()} returns.
         *
         * @param attempts the new value
         */
        public void setAttempts(int attempts) {
            this.attempts = attempts;
        }

        /**
         * {@return how long an effect claimed for an attempt stays that runner's: longer than a gateway call takes}
         */
        public Duration getLease() {
            return lease;
        }

        /**
         * Sets what {@link #getLease()} returns.
         *
         * @param lease the new value
         */
        public void setLease(Duration lease) {
            this.lease = lease;
        }

        /** {@return the pause before an effect's second attempt; it doubles with every further failure} */
        public Duration getFirstBackoff() {
            return firstBackoff;
        }

        /**
         * Sets what {@link #getFirstBackoff()} returns.
         *
         * @param firstBackoff the new value
         */
        public void setFirstBackoff(Duration firstBackoff) {
            this.firstBackoff = firstBackoff;
        }

        /** {@return the longest pause between two attempts of an effect} */
        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        /**
         * Sets what {@link #getMaxBackoff()} returns.
         *
         * @param maxBackoff the new value
         */
        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        /** {@return {@code rescind.effects.runner.*}} */
        public Runner getRunner() {
            return runner;
        }

        /** {@return the most threads the effect executor starts, however many gateway calls hang} */
        public int getThreads() {
            return threads;
        }

        /**
         * Sets what {@link #getThreads()} returns.
         *
         * @param threads the new value
         */
        public void setThreads(int threads) {
            this.threads = threads;
        }

        /** {@return how long an answer waits for its effects before it reports them pending} */
        public Duration getTimeout() {
            return timeout;
        }

        /**
         * Sets what {@link #getTimeout()} returns.
         *
         * @param timeout the new value
         */
        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }

    /** The effect runner: retries effects whose attempt after the commit failed or never finished. */
    public static class Runner {
        /** Whether this instance runs due effects. */
        private boolean enabled = true;
        /** The pause between two runs; a run attempts up to 10 batches while effects are due. */
        private Duration interval = Duration.ofSeconds(1);
        /** Effects claimed per run. */
        private int batch = 50;

        /** {@return whether this instance runs due effects} */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets what {@link #isEnabled()} returns.
         *
         * @param enabled the new value
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** {@return the pause between two runs; a run attempts up to 10 batches while effects are due} */
        public Duration getInterval() {
            return interval;
        }

        /**
         * Sets what {@link #getInterval()} returns.
         *
         * @param interval the new value
         */
        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        /** {@return effects claimed per run} */
        public int getBatch() {
            return batch;
        }

        /**
         * Sets what {@link #getBatch()} returns.
         *
         * @param batch the new value
         */
        public void setBatch(int batch) {
            this.batch = batch;
        }
    }

    /** Cancellation requests' answer-by times and the deadline runner that acts on them. */
    public static class Deadlines {
        /** What the runner does once a request's answer-by time passed unanswered: expire it, or escalate. */
        private AnswerTimes.Unanswered whenUnanswered = AnswerTimes.Unanswered.EXPIRE;
        /** How long a claimed deadline stays this runner's: longer than one decision takes. */
        private Duration lease = Duration.ofSeconds(30);
        private final AnswerWithin answerWithin = new AnswerWithin();
        private final DeadlineRunner runner = new DeadlineRunner();

        /** {@return what the runner does once a request's answer-by time passed unanswered: expire it, or escalate} */
        public AnswerTimes.Unanswered getWhenUnanswered() {
            return whenUnanswered;
        }

        /**
         * Sets what {@link #getWhenUnanswered()} returns.
         *
         * @param whenUnanswered the new value
         */
        public void setWhenUnanswered(AnswerTimes.Unanswered whenUnanswered) {
            this.whenUnanswered = whenUnanswered;
        }

        /** {@return how long a claimed deadline stays this runner's: longer than one decision takes} */
        public Duration getLease() {
            return lease;
        }

        /**
         * Sets what {@link #getLease()} returns.
         *
         * @param lease the new value
         */
        public void setLease(Duration lease) {
            this.lease = lease;
        }

        /** {@return {@code rescind.deadlines.answer-within.*}} */
        public AnswerWithin getAnswerWithin() {
            return answerWithin;
        }

        /** {@return {@code rescind.deadlines.runner.*}} */
        public DeadlineRunner getRunner() {
            return runner;
        }

        /** {@return the settings as the builder takes them} */
        public AnswerTimes answerTimes() {
            AnswerTimes times = AnswerTimes.none().whenUnanswered(whenUnanswered);
            if (answerWithin.fulfillmentOrders != null) {
                times = times.forTargets(AggregateType.FULFILLMENT_ORDER, answerWithin.fulfillmentOrders);
            }
            if (answerWithin.returns != null) {
                times = times.forTargets(AggregateType.RETURN, answerWithin.returns);
            }
            for (Map.Entry<String, Duration> responder : answerWithin.responders.entrySet()) {
                times = times.forResponder(responder.getKey(), responder.getValue());
            }
            return times;
        }
    }

    /** The deadline runner: decides the deadlines that fell due by the database's clock. */
    public static class DeadlineRunner {
        /** Whether this instance runs due deadlines; any number of instances may. */
        private boolean enabled = true;
        /** The pause between two runs; a run decides up to 10 batches while deadlines are due. */
        private Duration interval = Duration.ofSeconds(5);
        /** Deadlines claimed per batch. */
        private int batch = 100;

        /** {@return whether this instance runs due deadlines; any number of instances may} */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets what {@link #isEnabled()} returns.
         *
         * @param enabled the new value
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** {@return the pause between two runs; a run decides up to 10 batches while deadlines are due} */
        public Duration getInterval() {
            return interval;
        }

        /**
         * Sets what {@link #getInterval()} returns.
         *
         * @param interval the new value
         */
        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        /** {@return deadlines claimed per batch} */
        public int getBatch() {
            return batch;
        }

        /**
         * Sets what {@link #getBatch()} returns.
         *
         * @param batch the new value
         */
        public void setBatch(int batch) {
            this.batch = batch;
        }
    }

    /**
     * How long responders have to answer a cancellation request that names no answer-by time of its own; unset
     * means no answer-by time, and the request waits for its answer.
     */
    public static class AnswerWithin {
        /** For requests to fulfillment services (Shopify's fulfillment orders). */
        private Duration fulfillmentOrders;
        /** For requests to carriers (returns). */
        private Duration returns;
        /** Per responder id (the fulfillment service's or the carrier's), overriding the two above. */
        private Map<String, Duration> responders = new LinkedHashMap<>();

        /** {@return for requests to fulfillment services (Shopify's fulfillment orders)} */
        public Duration getFulfillmentOrders() {
            return fulfillmentOrders;
        }

        /**
         * Sets what {@link #getFulfillmentOrders()} returns.
         *
         * @param fulfillmentOrders the new value
         */
        public void setFulfillmentOrders(Duration fulfillmentOrders) {
            this.fulfillmentOrders = fulfillmentOrders;
        }

        /** {@return for requests to carriers (returns)} */
        public Duration getReturns() {
            return returns;
        }

        /**
         * Sets what {@link #getReturns()} returns.
         *
         * @param returns the new value
         */
        public void setReturns(Duration returns) {
            this.returns = returns;
        }

        /** {@return per responder id (the fulfillment service's or the carrier's), overriding the two above} */
        public Map<String, Duration> getResponders() {
            return responders;
        }

        /**
         * Sets what {@link #getResponders()} returns.
         *
         * @param responders the new value
         */
        public void setResponders(Map<String, Duration> responders) {
            this.responders = responders;
        }
    }

    /** The command pipeline. */
    public static class Commands {
        /** How often a command is decided again after losing a race without an expected version. */
        private int maxAttempts = 5;

        /** {@return how often a command is decided again after losing a race without an expected version} */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        /**
         * Sets what {@link #getMaxAttempts()} returns.
         *
         * @param maxAttempts the new value
         */
        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }
    }

    /** Deleting published outbox events; off unless {@code published-events} is set. */
    public static class Retention {
        /** How long published events are kept; unset keeps them for ever. */
        private Duration publishedEvents;
        /** The pause between two clean-ups. */
        private Duration interval = Duration.ofMinutes(10);
        /** Events deleted per clean-up. */
        private int batch = 1000;

        /** {@return how long published events are kept; unset keeps them for ever} */
        public Duration getPublishedEvents() {
            return publishedEvents;
        }

        /**
         * Sets what {@link #getPublishedEvents()} returns.
         *
         * @param publishedEvents the new value
         */
        public void setPublishedEvents(Duration publishedEvents) {
            this.publishedEvents = publishedEvents;
        }

        /** {@return the pause between two clean-ups} */
        public Duration getInterval() {
            return interval;
        }

        /**
         * Sets what {@link #getInterval()} returns.
         *
         * @param interval the new value
         */
        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        /** {@return events deleted per clean-up} */
        public int getBatch() {
            return batch;
        }

        /**
         * Sets what {@link #getBatch()} returns.
         *
         * @param batch the new value
         */
        public void setBatch(int batch) {
            this.batch = batch;
        }
    }

    /** The actuator health indicator. */
    public static class Health {
        /** The oldest unpublished event's age above which Rescind reports itself down. */
        private Duration maxBacklogAge = Duration.ofMinutes(5);
        /** How many dead letters the actuator endpoint lists at most. */
        private int deadLetterLimit = 100;

        /** {@return the oldest unpublished event's age above which Rescind reports itself down} */
        public Duration getMaxBacklogAge() {
            return maxBacklogAge;
        }

        /**
         * Sets what {@link #getMaxBacklogAge()} returns.
         *
         * @param maxBacklogAge the new value
         */
        public void setMaxBacklogAge(Duration maxBacklogAge) {
            this.maxBacklogAge = maxBacklogAge;
        }

        /** {@return how many dead letters the actuator endpoint lists at most} */
        public int getDeadLetterLimit() {
            return deadLetterLimit;
        }

        /**
         * Sets what {@link #getDeadLetterLimit()} returns.
         *
         * @param deadLetterLimit the new value
         */
        public void setDeadLetterLimit(int deadLetterLimit) {
            this.deadLetterLimit = deadLetterLimit;
        }
    }
}
