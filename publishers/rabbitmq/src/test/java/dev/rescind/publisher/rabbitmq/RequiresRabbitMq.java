package dev.rescind.publisher.rabbitmq;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips RabbitMQ tests, visibly, when no broker listens at {@code RESCIND_TEST_RABBITMQ_URI} (default
 * {@value #DEFAULT_URI}). With {@code RESCIND_TEST_REQUIRE_BROKERS=true}, as CI sets it, nothing is skipped,
 * so the tests fail for want of the broker.
 */
public final class RequiresRabbitMq implements ExecutionCondition {

    static final String DEFAULT_URI = "amqp://guest:guest@127.0.0.1:5672";

    static String uri() {
        String configured = System.getenv("RESCIND_TEST_RABBITMQ_URI");
        return configured == null || configured.isBlank() ? DEFAULT_URI : configured;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        URI uri = URI.create(uri());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 5672 : uri.getPort()), 2000);
            return ConditionEvaluationResult.enabled("RabbitMQ at " + uri.getHost());
        } catch (IOException unreachable) {
            if ("true".equalsIgnoreCase(System.getenv("RESCIND_TEST_REQUIRE_BROKERS"))) {
                return ConditionEvaluationResult.enabled("RabbitMQ is required; the tests will fail");
            }
            String reason = "RabbitMQ tests skipped: no broker at " + uri.getHost() + ":" + uri.getPort()
                    + " (set RESCIND_TEST_RABBITMQ_URI)";
            System.err.println("SKIPPED " + reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
