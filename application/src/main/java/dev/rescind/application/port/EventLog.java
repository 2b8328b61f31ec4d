package dev.rescind.application.port;

import dev.rescind.application.EventEnvelope;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The committed events: an aggregate's audit history, and the outbox the relay drains. Events are
 * appended only by {@link UnitOfWork#commit}.
 *
 * <p>Every time the outbox keeps (leases, due times, when an event was committed, published or
 * dead-lettered) is read from the store's own clock: the database's {@code CURRENT_TIMESTAMP} for a database,
 * the store's clock in memory. No caller passes a time, so relays whose clocks disagree cannot take each
 * other's live leases.
 *
 * <p>Relaying promises, for any number of relays in any number of processes: an event is handed out by
 * {@link #claim} only to one relay at a time, until that relay's lease runs out; an aggregate's events are
 * handed out in version order, and an event is handed out only when every earlier event of its aggregate
 * is published (or discarded); an event stays claimable until {@link #markPublished} records it, unless it is
 * dead-lettered. A failed attempt makes the event wait until its due time, and a dead-lettered event waits
 * until {@link #retryDeadLetter} or {@link #discardDeadLetter}; in both cases the later events of its aggregate
 * wait behind it and other aggregates are not held up. So every event is published at least once, in
 * per-aggregate order, and never twice at the same time while leases outlast publishing.
 */
public interface EventLog {

    /**
     * The events of one aggregate, in version order; empty for an unknown aggregate or another tenant's.
     *
     * @param tenant        the tenant
     * @param aggregateType the aggregate's type
     * @param aggregateId   the aggregate's id
     * @return the events
     */
    List<EventEnvelope> history(TenantId tenant, AggregateType aggregateType, String aggregateId);

    /**
     * Leases up to {@code limit} due, unpublished events to {@code relayId} for {@code lease} by the store's
     * clock: for each aggregate, a prefix of its unpublished events in version order, taken only if no earlier
     * event of the aggregate is held by another relay's live lease, waiting for its due time, or dead-lettered.
     * Across tenants, oldest first. Each comes with the number of attempts that failed before.
     *
     * @param relayId the relay taking the lease
     * @param limit   the most events to lease
     * @param lease   how long the lease lasts
     * @return the events leased, each with its failed attempts
     */
    List<Claimed> claim(String relayId, int limit, Duration lease);

    /**
     * Records that {@code relayId} published these events; a lease that ran out still counts.
     *
     * @param relayId  the relay that published them
     * @param eventIds the events' ids
     */
    void markPublished(String relayId, List<String> eventIds);

    /**
     * Gives back this relay's leases on these events so that another relay may take them at once.
     *
     * @param relayId  the relay holding the leases
     * @param eventIds the events' ids
     */
    void release(String relayId, List<String> eventIds);

    /**
     * Records a failed attempt to publish an event {@code relayId} holds: its attempt count goes up by one,
     * {@code error} is kept as its last error, and its lease is given back. With {@link Failure.Retry} it is
     * due again {@code after} the store's clock now; with {@link Failure.Exhausted} it is dead-lettered. Does
     * nothing for an event this relay no longer holds.
     *
     * @param relayId the relay holding the lease
     * @param eventId the event's id
     * @param failure the error, and whether to retry or dead-letter
     */
    void recordFailure(String relayId, String eventId, Failure failure);

    /**
     * How many committed events are not yet published, dead letters included.
     *
     * @return the number of events
     */
    long unpublished();

    /**
     * The outbox at a glance, by the store's clock.
     *
     * @return the counts and the age of the oldest unpublished event
     */
    Backlog backlog();

    /**
     * Up to {@code limit} dead-lettered events, oldest first.
     *
     * @param limit the most to list
     * @return the dead letters
     */
    List<DeadLetter> deadLetters(int limit);

    /**
     * Makes a dead-lettered event claimable again at once, with its attempt count back at zero; the later
     * events of its aggregate follow once it is published. False if the event is not a dead letter.
     *
     * @param eventId the event's id
     * @return {@code true} when it was a dead letter
     */
    boolean retryDeadLetter(String eventId);

    /**
     * Gives up on a dead-lettered event: it is never published, stays in its aggregate's history, and counts
     * as done, so the later events of its aggregate go. False if the event is not a dead letter.
     *
     * @param eventId the event's id
     * @return {@code true} when it was a dead letter
     */
    boolean discardDeadLetter(String eventId);

    /**
     * Retention: deletes up to {@code limit} events that left the outbox (published or discarded) longer ago
     * than {@code olderThan} by the store's clock, oldest first, from the outbox and the aggregates'
     * histories alike; the number deleted. Call it on a schedule until it answers less than {@code limit}.
     *
     * @param olderThan how long ago the events left the outbox at least
     * @param limit     the most events to delete
     * @return the number deleted
     */
    int deletePublished(Duration olderThan, int limit);

    /**
     * An event handed to a relay, and how many attempts to publish it failed before.
     *
     * @param event    the event
     * @param attempts the attempts that failed before
     */
    record Claimed(EventEnvelope event, int attempts) {
        /**
         * Checks the event.
         *
         * @param event    the event
         * @param attempts the attempts that failed before
         * @throws NullPointerException when {@code event} is null
         */
        public Claimed {
            Objects.requireNonNull(event, "event");
        }
    }

    /** What becomes of an event whose publishing failed. */
    sealed interface Failure {
        /**
         * The error text kept with the event.
         *
         * @return the error text
         */
        String error();

        /**
         * Try again {@code after} this long.
         *
         * @param error the error text
         * @param after how long until the event is due again
         */
        record Retry(String error, Duration after) implements Failure {
        }

        /**
         * No attempts left: dead-letter it until someone retries or discards it.
         *
         * @param error the error text
         */
        record Exhausted(String error) implements Failure {
        }
    }

    /**
     * The unpublished events (dead letters included), the dead letters among them, and how long ago the oldest
     * unpublished one was committed ({@link Duration#ZERO} when there is none).
     *
     * @param unpublished  events not yet published, dead letters included
     * @param deadLettered dead-lettered events
     * @param oldestAge    the age of the oldest unpublished event; zero when none waits
     */
    record Backlog(long unpublished, long deadLettered, Duration oldestAge) {
    }

    /**
     * A dead-lettered event, with its failed attempts, the last error, and when it was set aside.
     *
     * @param event          the event
     * @param attempts       its failed attempts
     * @param lastError      the last attempt's error
     * @param deadLetteredAt when it was set aside
     */
    record DeadLetter(EventEnvelope event, int attempts, String lastError, Instant deadLetteredAt) {
    }
}
