package dev.rescind.application.port;

import dev.rescind.application.EventEnvelope;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The committed events: an aggregate's audit history, and the outbox the relay drains. Events are
 * appended only by {@link UnitOfWork#commit}.
 *
 * <p>Relaying promises, for any number of relays in any number of processes: an event is handed out by
 * {@link #claim} only to one relay at a time, until that relay's lease runs out; an aggregate's events are
 * handed out in version order, and an event is handed out only when every earlier event of its aggregate
 * is published; an event stays claimable until {@link #markPublished} records it. So every event is
 * published at least once, in per-aggregate order, and never twice at the same time.
 */
public interface EventLog {

    /** The events of one aggregate, in version order; empty for an unknown aggregate or another tenant's. */
    List<EventEnvelope> history(TenantId tenant, AggregateType aggregateType, String aggregateId);

    /**
     * Leases up to {@code limit} unpublished events to {@code relayId} until {@code now + lease}: for each
     * aggregate, a prefix of its unpublished events in version order, taken only if no other relay holds a
     * live lease on that aggregate's events. Across tenants, oldest first.
     */
    List<EventEnvelope> claim(String relayId, int limit, Instant now, Duration lease);

    /** Records that {@code relayId} published these events; a lease that ran out still counts. */
    void markPublished(String relayId, List<String> eventIds, Instant now);

    /** Gives back this relay's leases on these events so that another relay may take them at once. */
    void release(String relayId, List<String> eventIds);

    /** How many committed events are not yet published. */
    long unpublished();
}
