package dev.rescind.publishers.e2e;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import dev.rescind.application.EventEnvelope;
import dev.rescind.events.cloudevents.CloudEventCodec;
import dev.rescind.events.cloudevents.HeaderBinding;
import dev.rescind.events.cloudevents.RequiresBroker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;

/** The relays publish to the RabbitMQ server on loopback; one durable queue takes every routing key. */
@ExtendWith(RequiresBroker.RabbitMq.class)
class RabbitMqEndToEndTest extends RelayEndToEndContract {

    private final CloudEventCodec codec = new CloudEventCodec();

    @Override
    String broker() {
        return "rabbitmq";
    }

    @Override
    String address() {
        return RequiresBroker.RabbitMq.uri();
    }

    @Override
    String prepare(String run) throws Exception {
        String exchange = "rescind-e2e-" + run;
        try (Connection connection = connect(); Channel channel = connection.createChannel()) {
            channel.exchangeDeclare(exchange, BuiltinExchangeType.TOPIC, true);
            channel.queueDeclare(exchange, true, false, false, null);
            channel.queueBind(exchange, exchange, "#");
        }
        return exchange;
    }

    @Override
    List<EventEnvelope> consumeAll(String exchange, int expected) throws Exception {
        List<EventEnvelope> received = new ArrayList<>();
        try (Connection connection = connect(); Channel channel = connection.createChannel()) {
            for (GetResponse message = channel.basicGet(exchange, true); message != null;
                    message = channel.basicGet(exchange, true)) {
                Map<String, String> headers = new LinkedHashMap<>();
                message.getProps().getHeaders().forEach((name, value) -> headers.put(name, value.toString()));
                received.add(codec.fromMessage(headers, message.getBody(), HeaderBinding.AMQP).get());
            }
            channel.queueDelete(exchange);
            channel.exchangeDelete(exchange);
        }
        return received;
    }

    private Connection connect() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(address());
        return factory.newConnection();
    }
}
