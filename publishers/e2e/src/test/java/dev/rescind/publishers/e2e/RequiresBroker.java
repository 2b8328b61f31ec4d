package dev.rescind.publishers.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a broker's end-to-end test, visibly, when nothing listens at its address; with
 * {@code RESCIND_TEST_REQUIRE_BROKERS=true}, as CI sets it, nothing is skipped, so the test fails instead.
 */
abstract class RequiresBroker implements ExecutionCondition {

    abstract String name();

    abstract URI address();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        URI address = address();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.getHost(), address.getPort()), 2000);
            return ConditionEvaluationResult.enabled(name() + " at " + address.getHost());
        } catch (IOException unreachable) {
            if ("true".equalsIgnoreCase(System.getenv("RESCIND_TEST_REQUIRE_BROKERS"))) {
                return ConditionEvaluationResult.enabled(name() + " is required; the test will fail");
            }
            String reason = name() + " end-to-end test skipped: nothing listens at " + address.getHost() + ":"
                    + address.getPort();
            System.err.println("SKIPPED " + reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static final class RabbitMq extends RequiresBroker {

        static String uri() {
            return env("RESCIND_TEST_RABBITMQ_URI", "amqp://guest:guest@127.0.0.1:5672");
        }

        @Override
        String name() {
            return "RabbitMQ";
        }

        @Override
        URI address() {
            return URI.create(uri());
        }
    }

    static final class Nats extends RequiresBroker {

        static String uri() {
            return env("RESCIND_TEST_NATS_URL", "nats://127.0.0.1:4222");
        }

        @Override
        String name() {
            return "NATS";
        }

        @Override
        URI address() {
            return URI.create(uri());
        }
    }
}
