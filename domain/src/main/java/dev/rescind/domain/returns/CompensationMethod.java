package dev.rescind.domain.returns;

/** What the customer gets for a returned item: money back, or another item. */
public enum CompensationMethod {
    /** The customer gets money back. */
    REFUND,
    /** The customer gets another variant. */
    EXCHANGE
}
