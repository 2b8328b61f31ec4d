package dev.rescind.events.cloudevents;

/**
 * How a broker's protocol binding names CloudEvents attributes in message headers in binary mode: the
 * Kafka binding's {@code ce_id}, the NATS binding's {@code ce-id}, and for AMQP 0-9-1 (RabbitMQ) the AMQP
 * binding's {@code cloudEvents:id}. The data's content type travels in the header the binding names.
 */
public enum HeaderBinding {
    KAFKA("ce_", "content-type"),
    NATS("ce-", "content-type"),
    AMQP("cloudEvents:", "content-type");

    private final String prefix;
    private final String contentTypeHeader;

    HeaderBinding(String prefix, String contentTypeHeader) {
        this.prefix = prefix;
        this.contentTypeHeader = contentTypeHeader;
    }

    public String prefix() {
        return prefix;
    }

    public String contentTypeHeader() {
        return contentTypeHeader;
    }
}
