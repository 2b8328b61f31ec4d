package dev.rescind.domain.returns;

/** What the customer gets for a returned item: money back, or another item. */
public enum CompensationMethod {
    REFUND,
    EXCHANGE
}
