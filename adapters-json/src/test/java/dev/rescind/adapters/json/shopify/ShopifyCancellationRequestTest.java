package dev.rescind.adapters.json.shopify;

import static dev.rescind.adapters.json.SeedExampleFixture.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading {@code {"cancellation_request": {"message": …}}} and answering its mistakes the way Shopify does. */
class ShopifyCancellationRequestTest {

    @Test
    void the_documented_request_bodies_carry_their_messages() {
        assertThat(ShopifyJson.parseCancellationRequest(bytes("shopify/send-request.json")).get().message())
                .contains(new Message("The customer changed his mind."));
        assertThat(ShopifyJson.parseCancellationRequest(bytes("shopify/accept-request.json")).get().message())
                .contains(new Message("We had not started any processing yet."));
        assertThat(ShopifyJson.parseCancellationRequest(bytes("shopify/reject-request.json")).get().message())
                .contains(new Message("We have already sent the shipment out."));
    }

    @Test
    void the_message_is_optional_and_may_be_left_out_at_every_level() {
        for (String body : new String[] {"", "  \n", "{}", "{\"cancellation_request\": {}}",
                "{\"cancellation_request\": null}", "{\"cancellation_request\": {\"message\": null}}"}) {
            assertThat(parse(body).get()).as(body).isEqualTo(CancellationRequestBody.EMPTY);
        }
    }

    @Test
    void a_message_of_another_type_is_a_400_naming_its_path() {
        HttpAnswer answer = answer("{\"cancellation_request\": {\"message\": 42}}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().at("/errors/cancellation_request.message/0").asText()).isEqualTo("must be a string");
    }

    @Test
    void a_field_shopify_does_not_take_is_a_400_naming_it() {
        HttpAnswer answer = answer("{\"cancellation_request\": {\"message\": \"m\", \"notify\": true}}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").has("cancellation_request.notify")).isTrue();
    }

    @Test
    void a_body_that_is_not_json_is_a_400_about_the_whole_request() {
        HttpAnswer answer = answer("{\"cancellation_request\": {\"message\": \"unterminated");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().at("/errors/base/0").asText()).startsWith("the body must be well-formed JSON");
    }

    @Test
    void a_message_that_breaks_a_rule_is_a_422_as_shopify_answers_invalid_values() {
        for (String message : new String[] {"   ", "x".repeat(Message.MAX_LENGTH + 1), "bell\u0007"}) {
            HttpAnswer answer = answer("{\"cancellation_request\": {\"message\": \"" + escape(message) + "\"}}");

            assertThat(answer.status()).as(message).isEqualTo(422);
            assertThat(answer.body().at("/errors/cancellation_request.message").isArray()).isTrue();
        }
    }

    @Test
    void a_rendered_body_reads_back_as_the_same_request() {
        CancellationRequestBody body = new CancellationRequestBody(Option.some(new Message("Changed my mind")));
        JsonNode json = ShopifyJson.renderCancellationRequest(body);

        assertThat(json.toString()).isEqualTo("{\"cancellation_request\":{\"message\":\"Changed my mind\"}}");
        assertThat(parse(json.toString()).get()).isEqualTo(body);
        assertThat(ShopifyJson.renderCancellationRequest(CancellationRequestBody.EMPTY).toString())
                .isEqualTo("{\"cancellation_request\":{}}");
    }

    private static Either<Rejection.InvalidInput, CancellationRequestBody> parse(String body) {
        return ShopifyJson.parseCancellationRequest(body.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpAnswer answer(String body) {
        return ShopifyJson.error(parse(body).getLeft());
    }

    private static String escape(String text) {
        return text.replace("\u0007", "\\u0007");
    }
}
