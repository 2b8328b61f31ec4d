package dev.rescind.events.cloudevents;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a broker's tests, visibly, when nothing listens at its address ({@code RESCIND_TEST_RABBITMQ_URI},
 * {@code RESCIND_TEST_NATS_URL}; loopback by default); with {@code RESCIND_TEST_REQUIRE_BROKERS=true}, as CI sets
 * it, nothing is skipped, so the tests fail instead. Shipped in this module's test jar for the publishers' tests.
 */
public abstract class RequiresBroker implements ExecutionCondition {

    protected abstract String name();

    protected abstract URI address();

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
            String reason = name() + " tests skipped: nothing listens at " + address.getHost() + ":"
                    + address.getPort();
            System.err.println("SKIPPED " + reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** RabbitMQ at {@code RESCIND_TEST_RABBITMQ_URI}. */
    public static final class RabbitMq extends RequiresBroker {

        public static String uri() {
            return env("RESCIND_TEST_RABBITMQ_URI", "amqp://guest:guest@127.0.0.1:5672");
        }

        @Override
        protected String name() {
            return "RabbitMQ";
        }

        @Override
        protected URI address() {
            return URI.create(uri());
        }
    }

    /** NATS at {@code RESCIND_TEST_NATS_URL}. */
    public static final class Nats extends RequiresBroker {

        public static String uri() {
            return env("RESCIND_TEST_NATS_URL", "nats://127.0.0.1:4222");
        }

        @Override
        protected String name() {
            return "NATS";
        }

        @Override
        protected URI address() {
            return URI.create(uri());
        }
    }
}
