package dev.rescind.publishers.e2e;

import java.nio.file.Files;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A single KRaft broker in a JVM of its own, from Kafka's test kit, for the relay benchmarks on a machine
 * without a Kafka installation: prints {@code BOOTSTRAP <servers>} and runs until killed. See
 * docs/benchmarks.md for the command.
 */
public final class StandaloneKafkaMain {

    private StandaloneKafkaMain() {
    }

    public static void main(String[] args) throws Exception {
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
                .setNumBrokerNodes(1).setNumControllerNodes(1)
                .setBaseDirectory(Files.createTempDirectory("kafka-bench-")).build())
                .setConfigProp("num.partitions", "3")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                cluster.close();
            } catch (Exception ignored) {
                // the JVM is ending
            }
        }));
        System.out.println("BOOTSTRAP " + cluster.bootstrapServers());
        Thread.currentThread().join();
    }
}
