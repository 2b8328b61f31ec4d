package dev.rescind.publisher.nats;

import dev.rescind.application.EventEnvelope;
import dev.rescind.events.cloudevents.AcknowledgedPublisher;
import dev.rescind.events.cloudevents.BrokerMessage;
import dev.rescind.events.cloudevents.CloudEventCodec;
import dev.rescind.events.cloudevents.ContentMode;
import dev.rescind.events.cloudevents.HeaderBinding;
import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.PublishOptions;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.Headers;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Publishes Rescind's events to NATS JetStream as CloudEvents, for the outbox relay, on the subject
 * {@code <prefix>.<aggregate type>.<event>.v<N>} ({@code rescind.shipment.cancelled.v1}). Each message carries
 * {@code Nats-Msg-Id} = the event id, so the stream's duplicate window drops an event the relay publishes
 * again; an acknowledgement that reports a duplicate counts as published. {@link #publishAll} publishes the
 * batch asynchronously and then waits for every acknowledgement of the stream.
 *
 * <p>The host creates the stream (its subjects must cover {@code <prefix>.>}) and chooses its duplicate window
 * (JetStream's default is two minutes). Thread-safe; the connection stays the host's.
 */
public final class NatsEventPublisher extends AcknowledgedPublisher {

    private final JetStream jetStream;
    private final String subjectPrefix;
    private final ContentMode mode;
    private final CloudEventCodec codec = new CloudEventCodec();

    /**
     * @param acknowledgementTimeout how long {@link #publishAll} waits for the stream's acknowledgements; keep it
     *                               below the relay's lease
     * @param connection    the host's connection, which stays open
     * @param subjectPrefix what every subject starts with, such as {@code rescind}
     * @param mode          binary or structured CloudEvents
     * @throws IOException when JetStream is not available on the connection
     */
    public NatsEventPublisher(Connection connection, String subjectPrefix, ContentMode mode,
            Duration acknowledgementTimeout) throws IOException {
        super(acknowledgementTimeout);
        this.jetStream = Objects.requireNonNull(connection, "connection").jetStream();
        this.subjectPrefix = Objects.requireNonNull(subjectPrefix, "subjectPrefix");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /**
     * The subject an event is published on.
     *
     * @param event an event
     * @return {@code <prefix>.<aggregate type>.<event>.v<N>}
     */
    public String subjectOf(EventEnvelope event) {
        return subjectPrefix + "." + CloudEventCodec.routingName(event);
    }

    @Override
    protected CompletableFuture<PublishAck> send(EventEnvelope event) {
        BrokerMessage message = codec.toMessage(event, mode, HeaderBinding.NATS);
        Headers headers = new Headers();
        message.headers().forEach(headers::add);
        try {
            return jetStream.publishAsync(subjectOf(event), headers, message.body(),
                    PublishOptions.builder().messageId(event.eventId()).build());
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }
}
