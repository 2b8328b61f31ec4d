package dev.rescind.domain.shared;

/**
 * What a command answers besides the aggregates it changed, when its source API answers more (parcelLab's
 * counts for {@code cancel_exchange}). A record; the aggregate's {@link AggregateDescriptor} names the reports
 * its commands give, so that a store can keep one with an idempotent answer and read it back.
 */
public interface CommandReport {
}
