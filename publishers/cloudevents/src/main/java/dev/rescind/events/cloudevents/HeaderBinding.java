package dev.rescind.events.cloudevents;

/**
 * How a broker's protocol binding names CloudEvents attributes in message headers in binary mode: the
 * Kafka binding's {@code ce_id}, the NATS binding's {@code ce-id}, and for AMQP 0-9-1 (RabbitMQ) the AMQP
 * binding's {@code cloudEvents:id}. The data's content type travels in the header the binding names.
 */
public enum HeaderBinding {
    /** The Kafka protocol binding: {@code ce_id}. */
    KAFKA("ce_", "content-type"),
    /** The NATS protocol binding: {@code ce-id}. */
    NATS("ce-", "content-type"),
    /** The AMQP protocol binding, for RabbitMQ: {@code cloudEvents:id}. */
    AMQP("cloudEvents:", "content-type");

    private final String prefix;
    private final String contentTypeHeader;

    HeaderBinding(String prefix, String contentTypeHeader) {
        this.prefix = prefix;
        this.contentTypeHeader = contentTypeHeader;
    }

    /** {@return what the binding puts before an attribute's name to name its header} */
    public String prefix() {
        return prefix;
    }

    /** {@return the header of the data's content type} */
    public String contentTypeHeader() {
        return contentTypeHeader;
    }
}
