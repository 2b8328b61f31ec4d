package dev.rescind.domain.shared;

/** What an aggregate is created from: a record that names the new aggregate's id. */
public interface NewAggregate {

    /** {@return the id the new aggregate gets; its type names the aggregate} */
    AggregateId id();
}
