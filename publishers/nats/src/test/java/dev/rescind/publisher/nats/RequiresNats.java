package dev.rescind.publisher.nats;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips NATS tests, visibly, when no broker listens at {@code RESCIND_TEST_NATS_URL} (default
 * {@value #DEFAULT_URI}). With {@code RESCIND_TEST_REQUIRE_BROKERS=true}, as CI sets it, nothing is skipped,
 * so the tests fail for want of the broker.
 */
public final class RequiresNats implements ExecutionCondition {

    static final String DEFAULT_URI = "nats://127.0.0.1:4222";

    static String uri() {
        String configured = System.getenv("RESCIND_TEST_NATS_URL");
        return configured == null || configured.isBlank() ? DEFAULT_URI : configured;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        URI uri = URI.create(uri());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 4222 : uri.getPort()), 2000);
            return ConditionEvaluationResult.enabled("NATS at " + uri.getHost());
        } catch (IOException unreachable) {
            if ("true".equalsIgnoreCase(System.getenv("RESCIND_TEST_REQUIRE_BROKERS"))) {
                return ConditionEvaluationResult.enabled("NATS is required; the tests will fail");
            }
            String reason = "NATS tests skipped: no broker at " + uri.getHost() + ":" + uri.getPort()
                    + " (set RESCIND_TEST_NATS_URL)";
            System.err.println("SKIPPED " + reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
