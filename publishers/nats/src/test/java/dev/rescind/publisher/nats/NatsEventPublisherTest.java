package dev.rescind.publisher.nats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.EventEnvelope;

import dev.rescind.events.cloudevents.CloudEventCodec;
import dev.rescind.events.cloudevents.ContentMode;
import dev.rescind.events.cloudevents.HeaderBinding;
import dev.rescind.events.cloudevents.RequiresBroker;
import dev.rescind.events.cloudevents.SampleEvents;
import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;

import java.time.Duration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The publisher against the NATS JetStream server this machine runs. */
@ExtendWith(RequiresBroker.Nats.class)
class NatsEventPublisherTest {

    private static final CloudEventCodec CODEC = new CloudEventCodec();

    private Connection connection;
    private JetStreamManagement streams;
    private String stream;
    private String prefix;

    @BeforeEach
    void connect() throws Exception {
        connection = Nats.connect(RequiresBroker.Nats.uri());
        streams = connection.jetStreamManagement();
        String run = UUID.randomUUID().toString().replace("-", "");
        stream = "RESCIND_TEST_" + run;
        prefix = "rescind-test-" + run;
    }

    @AfterEach
    void disconnect() throws Exception {
        try {
            streams.deleteStream(stream);
        } catch (Exception absent) {
            // the test that publishes without a stream never created it
        }
        connection.close();
    }

    @Test
    void an_acknowledged_batch_is_in_the_stream_in_order_with_the_event_id_as_nats_msg_id() throws Exception {
        createStream();
        List<EventEnvelope> batch = new ArrayList<>();
        for (int shipment = 0; shipment < 10; shipment++) {
            batch.addAll(SampleEvents.lifecycle("tenant-a", "s-" + shipment));
        }
        NatsEventPublisher publisher = new NatsEventPublisher(connection, prefix, ContentMode.BINARY,
                Duration.ofSeconds(10));

        assertThat(publisher.publishAll(batch)).isEmpty();

        List<MessageInfo> stored = stored();
        assertThat(stored).hasSize(batch.size());
        List<EventEnvelope> received = new ArrayList<>();
        for (MessageInfo message : stored) {
            EventEnvelope event = CODEC.fromMessage(headers(message), message.getData(), HeaderBinding.NATS).get();
            assertThat(message.getHeaders().getFirst("Nats-Msg-Id")).isEqualTo(event.eventId());
            assertThat(message.getSubject()).isEqualTo(prefix + "." + CloudEventCodec.routingName(event));
            received.add(event);
        }
        assertThat(received).containsExactlyElementsOf(batch);
    }

    @Test
    void a_republished_batch_is_acknowledged_and_dropped_by_the_duplicate_window() throws Exception {
        createStream();
        List<EventEnvelope> batch = SampleEvents.lifecycle("tenant-b", "s-1");
        NatsEventPublisher publisher = new NatsEventPublisher(connection, prefix, ContentMode.STRUCTURED,
                Duration.ofSeconds(10));

        assertThat(publisher.publishAll(batch)).isEmpty();
        assertThat(publisher.publishAll(batch)).isEmpty();

        assertThat(stored()).extracting(message -> CODEC.fromStructuredJson(message.getData()).get())
                .containsExactlyElementsOf(batch);
    }

    @Test
    void without_a_stream_for_the_subjects_every_event_is_answered_as_failed() throws Exception {
        List<EventEnvelope> batch = SampleEvents.lifecycle("tenant-c", "s-1");
        NatsEventPublisher publisher = new NatsEventPublisher(connection, prefix, ContentMode.BINARY,
                Duration.ofSeconds(5));

        assertThat(publisher.publishAll(batch)).containsOnlyKeys(batch.stream().map(EventEnvelope::eventId).toList());
    }

    private void createStream() throws Exception {
        streams.addStream(StreamConfiguration.builder().name(stream).subjects(prefix + ".>")
                .storageType(StorageType.File).duplicateWindow(Duration.ofMinutes(2)).build());
    }

    private List<MessageInfo> stored() throws Exception {
        long count = streams.getStreamInfo(stream).getStreamState().getMsgCount();
        List<MessageInfo> messages = new ArrayList<>();
        for (long sequence = 1; sequence <= count; sequence++) {
            messages.add(streams.getMessage(stream, sequence));
        }
        return messages;
    }

    private static Map<String, String> headers(MessageInfo message) {
        Map<String, String> headers = new LinkedHashMap<>();
        message.getHeaders().keySet().forEach(name -> headers.put(name, message.getHeaders().getFirst(name)));
        return headers;
    }
}
