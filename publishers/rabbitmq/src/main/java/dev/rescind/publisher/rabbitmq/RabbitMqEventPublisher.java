package dev.rescind.publisher.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.rescind.application.EventEnvelope;
import dev.rescind.events.cloudevents.AcknowledgedPublisher;
import dev.rescind.events.cloudevents.BrokerMessage;
import dev.rescind.events.cloudevents.CloudEventCodec;
import dev.rescind.events.cloudevents.ContentMode;
import dev.rescind.events.cloudevents.HeaderBinding;
import java.io.IOException;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeoutException;

/**
 * Publishes Rescind's events to a RabbitMQ topic exchange as CloudEvents, for the outbox relay: persistent
 * messages (delivery mode 2), {@code message-id} = the event id, {@code type} = the CloudEvents type, and the
 * routing key {@code <aggregate type>.<event>.v<N>} ({@code shipment.cancelled.v1}), so queues bind by
 * aggregate type ({@code shipment.#}) or by event. Publisher confirms tell which messages the broker took
 * responsibility for: {@link #publishAll} publishes the whole batch, then waits for the confirms, and
 * answers the rest (nacked, unconfirmed in time, or lost with the channel) as failed.
 *
 * <p>The exchange is declared durable on first use. Binding queues to it is the host's part: RabbitMQ drops
 * (and still confirms) a message no queue is bound for. The publisher uses one channel of the host's
 * connection, serially: calls are synchronized.
 */
public final class RabbitMqEventPublisher extends AcknowledgedPublisher implements AutoCloseable {

    private final Connection connection;
    private final String exchange;
    private final ContentMode mode;
    private final CloudEventCodec codec = new CloudEventCodec();
    /** Unconfirmed publications by delivery tag; confirms complete them, a lost channel fails them. */
    private final NavigableMap<Long, CompletableFuture<Void>> unconfirmed = new ConcurrentSkipListMap<>();
    private Channel channel;

    /**
     * @param confirmTimeout how long {@link #publishAll} waits for the broker's confirms; keep it below the
     *                       relay's lease
     * @param connection the host's connection, on which the publisher opens a channel
     * @param exchange   the topic exchange's name, declared durable on first use
     * @param mode       binary or structured CloudEvents
     */
    public RabbitMqEventPublisher(Connection connection, String exchange, ContentMode mode, Duration confirmTimeout) {
        super(confirmTimeout);
        this.connection = Objects.requireNonNull(connection, "connection");
        this.exchange = Objects.requireNonNull(exchange, "exchange");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** Serial: the channel, its delivery tags and the confirms they wait for belong to one batch at a time. */
    @Override
    public synchronized Map<String, Exception> publishAll(List<EventEnvelope> batch) {
        return super.publishAll(batch);
    }

    @Override
    protected CompletableFuture<Void> send(EventEnvelope event) {
        CompletableFuture<Void> confirm = new CompletableFuture<>();
        try {
            Channel open = channel();
            BrokerMessage message = codec.toMessage(event, mode, HeaderBinding.AMQP);
            Map<String, Object> headers = new LinkedHashMap<>(message.headers());
            AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                    .deliveryMode(2)
                    .messageId(event.eventId())
                    .correlationId(event.correlationId())
                    .type(CloudEventCodec.typeName(event.event().getClass()))
                    .contentType(message.headers().get(HeaderBinding.AMQP.contentTypeHeader()))
                    .timestamp(Date.from(event.occurredAt()))
                    .appId("rescind")
                    .headers(headers)
                    .build();
            unconfirmed.put(open.getNextPublishSeqNo(), confirm);
            open.basicPublish(exchange, CloudEventCodec.routingName(event), false, properties, message.body());
        } catch (IOException | RuntimeException refused) {
            confirm.completeExceptionally(refused);
        }
        return confirm;
    }

    /** The confirm-mode channel, opened (and the exchange declared) again after the last one closed. */
    private Channel channel() throws IOException {
        if (channel != null && channel.isOpen()) {
            return channel;
        }
        failUnconfirmed(new IOException("the channel closed before the broker confirmed"));
        Channel opened = connection.createChannel();
        opened.confirmSelect();
        opened.exchangeDeclare(exchange, BuiltinExchangeType.TOPIC, true);
        opened.addConfirmListener((tag, multiple) -> settle(tag, multiple, null),
                (tag, multiple) -> settle(tag, multiple, new IOException("the broker refused (nack) the message")));
        opened.addShutdownListener(cause -> failUnconfirmed(cause));
        channel = opened;
        return opened;
    }

    private void settle(long tag, boolean multiple, Exception failure) {
        NavigableMap<Long, CompletableFuture<Void>> settled = multiple ? unconfirmed.headMap(tag, true)
                : unconfirmed.subMap(tag, true, tag, true);
        settled.values().forEach(confirm -> {
            if (failure == null) {
                confirm.complete(null);
            } else {
                confirm.completeExceptionally(failure);
            }
        });
        settled.clear();
    }

    private void failUnconfirmed(Exception cause) {
        unconfirmed.values().forEach(confirm -> confirm.completeExceptionally(cause));
        unconfirmed.clear();
    }

    /** Closes the channel; the connection stays the host's. Unconfirmed messages are answered as failed. */
    @Override
    public synchronized void close() throws IOException, TimeoutException {
        if (channel != null && channel.isOpen()) {
            channel.close();
        }
    }
}
