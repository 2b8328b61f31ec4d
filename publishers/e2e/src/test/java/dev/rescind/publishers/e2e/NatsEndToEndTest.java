package dev.rescind.publishers.e2e;

import dev.rescind.application.EventEnvelope;
import dev.rescind.events.cloudevents.CloudEventCodec;
import dev.rescind.events.cloudevents.HeaderBinding;
import dev.rescind.events.cloudevents.RequiresBroker;
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
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The relays publish to NATS JetStream on loopback, into a stream with a two-minute duplicate window: an event a
 * killed relay published and another relay published again is stored once.
 */
@ExtendWith(RequiresBroker.Nats.class)
class NatsEndToEndTest extends RelayEndToEndContract {

    private final CloudEventCodec codec = new CloudEventCodec();

    @Override
    String broker() {
        return "nats";
    }

    @Override
    String address() {
        return RequiresBroker.Nats.uri();
    }

    @Override
    String prepare(String run) throws Exception {
        String prefix = "rescind-e2e-" + run;
        try (Connection connection = Nats.connect(address())) {
            connection.jetStreamManagement().addStream(StreamConfiguration.builder().name(stream(prefix))
                    .subjects(prefix + ".>").storageType(StorageType.File).duplicateWindow(Duration.ofMinutes(2))
                    .build());
        }
        return prefix;
    }

    @Override
    List<EventEnvelope> consumeAll(String prefix, int expected) throws Exception {
        List<EventEnvelope> received = new ArrayList<>();
        try (Connection connection = Nats.connect(address())) {
            JetStreamManagement streams = connection.jetStreamManagement();
            long stored = streams.getStreamInfo(stream(prefix)).getStreamState().getMsgCount();
            for (long sequence = 1; sequence <= stored; sequence++) {
                MessageInfo message = streams.getMessage(stream(prefix), sequence);
                Map<String, String> headers = new LinkedHashMap<>();
                message.getHeaders().keySet().forEach(name -> headers.put(name, message.getHeaders().getFirst(name)));
                received.add(codec.fromMessage(headers, message.getData(), HeaderBinding.NATS).get());
            }
            streams.deleteStream(stream(prefix));
        }
        return received;
    }

    private static String stream(String prefix) {
        return prefix.toUpperCase().replace('-', '_');
    }
}
