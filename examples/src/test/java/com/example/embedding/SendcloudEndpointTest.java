package com.example.embedding;

import static com.example.embedding.EmbeddingFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.rescind.adapters.inmemory.InMemoryStore;
import dev.rescind.application.CommandContext;
import dev.rescind.application.Rescind;
import dev.rescind.domain.returns.Compensation;
import dev.rescind.domain.returns.DeliveryOption;
import dev.rescind.domain.returns.NewReturn;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.returns.ReturnItem;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;
import io.vavr.control.Option;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendcloudEndpointTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void a_cancellation_request_over_http_gets_sendclouds_own_answers() throws Exception {
        Rescind rescind = Rescind.builder().store(new InMemoryStore()).build();
        ReturnId id = new ReturnId("1751075");
        rescind.returns().create(SHOP, newReturn(id)).get();
        rescind.returns().announce(CommandContext.of(SHOP.tenant(), Actor.carrier("postnl")), id).get();
        HttpServer server = new SendcloudEndpoint(rescind, exchange ->
                Option.of(exchange.getRequestHeaders().getFirst("X-Api-Key")).map(key -> SHOP)).start(0);
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();

            HttpResponse<String> requested = patch(base + "/returns/1751075/cancel", true);
            HttpResponse<String> again = patch(base + "/returns/1751075/cancel", true);
            HttpResponse<String> unknown = patch(base + "/returns/999/cancel", true);
            HttpResponse<String> anonymous = patch(base + "/returns/1751075/cancel", false);

            assertThat(requested.statusCode()).isEqualTo(202);
            assertThat(requested.body()).isEqualTo("{\"message\":\"Cancellation requested successfully\"}");
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(again.body()).contains("\"message\":\"Return is not cancellable.\"");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(anonymous.statusCode()).isEqualTo(401);
        } finally {
            server.stop(0);
        }
    }

    private HttpResponse<String> patch(String url, boolean authenticated) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method("PATCH", HttpRequest.BodyPublishers.noBody());
        if (authenticated) {
            request.header("X-Api-Key", "storefront");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static NewReturn newReturn(ReturnId id) {
        ReturnItem item = new ReturnItem(new Reference("item-1"), new Reference("SKU-1"), 1,
                Money.of("48.95", "EUR").get(), Compensation.REFUND);
        return new NewReturn(id, Option.none(), Option.none(), Option.none(), Option.none(),
                DeliveryOption.DROP_OFF_POINT, Option.none(), Option.none(), Option.none(), List.of(item),
                Option.none(), Option.some(new Reference("postnl")), true, Option.none(), Option.none());
    }
}
