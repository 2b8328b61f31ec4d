/**
 * Rescind's use cases, built with {@link dev.rescind.application.Rescind#builder()}: the command pipeline,
 * the ports a store implements and the outbox relay. {@code dev.rescind.application.internal} is not
 * exported: on the module path nothing outside this module can reach the pipeline.
 */
module dev.rescind.application {
    requires transitive dev.rescind.domain;
    requires org.slf4j;

    exports dev.rescind.application;
    exports dev.rescind.application.outbox;
    exports dev.rescind.application.port;
}
