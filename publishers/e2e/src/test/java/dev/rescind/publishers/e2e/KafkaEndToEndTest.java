package dev.rescind.publishers.e2e;

import dev.rescind.application.EventEnvelope;
import dev.rescind.events.cloudevents.CloudEventCodec;
import dev.rescind.events.cloudevents.HeaderBinding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/** The relays publish to a KRaft broker this test JVM runs; the topic has three partitions. */
class KafkaEndToEndTest extends RelayEndToEndContract {

    private static KafkaClusterTestKit cluster;
    private final CloudEventCodec codec = new CloudEventCodec();

    @Override
    String broker() {
        return "kafka";
    }

    @Override
    synchronized String address() throws Exception {
        if (cluster == null) {
            cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
                    .setNumBrokerNodes(1).setNumControllerNodes(1)
                    .setBaseDirectory(Files.createTempDirectory("kafka-")).build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
        }
        return cluster.bootstrapServers();
    }

    @Override
    String prepare(String run) throws Exception {
        String topic = "rescind-e2e-" + run;
        address();
        try (var admin = cluster.admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        return topic;
    }

    @Override
    List<EventEnvelope> consumeAll(String topic, int expected) throws Exception {
        List<EventEnvelope> received = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, address(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            int quietPolls = 0;
            while (System.currentTimeMillis() < deadline && (received.size() < expected || quietPolls < 3)) {
                var records = consumer.poll(Duration.ofMillis(300));
                quietPolls = records.isEmpty() ? quietPolls + 1 : 0;
                for (ConsumerRecord<String, byte[]> record : records) {
                    Map<String, String> headers = new HashMap<>();
                    for (Header header : record.headers()) {
                        headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
                    }
                    received.add(codec.fromMessage(headers, record.value(), HeaderBinding.KAFKA).get());
                }
            }
        }
        return received;
    }
}
