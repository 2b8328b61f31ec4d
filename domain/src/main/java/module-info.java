/**
 * Rescind's domain: the aggregates, their transition tables and the decisions taken from them. It does no
 * I/O and reads no clock; its only dependency is vavr, whose {@code Either} and {@code Option} its API
 * answers in.
 */
module dev.rescind.domain {
    requires transitive io.vavr;

    exports dev.rescind.domain;
    exports dev.rescind.domain.cancellation;
    exports dev.rescind.domain.fulfillment;
    exports dev.rescind.domain.returns;
    exports dev.rescind.domain.shared;
    exports dev.rescind.domain.shipment;
}
