package dev.rescind.adapters.json.parcellab;

import static dev.rescind.adapters.json.SeedExampleFixture.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading parcelLab's Edit Return request and answering its mistakes with parcelLab's error values. */
class ParcelLabEditReturnTest {

    private static final String VALID = "{\"returnId\": \"af0000000000000000000001\", \"lang\": \"en\", "
            + "\"country\": \"us\", \"operation\": \"cancel_exchange\"";

    @Test
    void the_documented_request_reads_as_a_cancel_exchange_of_the_users_return() {
        EditReturnRequest request = ParcelLabJson.parseEditReturn("1612198",
                bytes("parcellab/edit-return-request.json")).get();

        assertThat(request).isEqualTo(new EditReturnRequest(new TenantId("1612198"),
                new ReturnId("af0000000000000000000001"), "en", "us", false,
                Option.some(new Reason("Customer requested refund instead of exchange"))));
    }

    @Test
    void draft_is_true_only_for_the_string_true_and_the_payload_is_optional() {
        assertThat(parse(VALID + "}").get().draft()).isFalse();
        assertThat(parse(VALID + ", \"draft\": \"true\"}").get().draft()).isTrue();
        assertThat(parse(VALID + ", \"draft\": \"false\"}").get().draft()).isFalse();
        assertThat(parse(VALID + ", \"operationPayload\": {}}").get().cancelReason()).isEmpty();
        assertThat(schemaFailure(VALID + ", \"draft\": true}")).containsExactly("draft wrong_type");
    }

    @Test
    void every_missing_field_is_reported_at_once() {
        assertThat(schemaFailure("{}")).containsExactly("returnId required", "lang required", "country required",
                "operation required");
    }

    @Test
    void the_return_id_must_have_exactly_24_characters() {
        assertThat(schemaFailure(VALID.replace("af0000000000000000000001", "af000000000000000000001") + "}"))
                .containsExactly("returnId length");
        assertThat(schemaFailure(VALID.replace("af0000000000000000000001", "af00000000000000000000011") + "}"))
                .containsExactly("returnId length");
    }

    @Test
    void lang_and_country_need_a_character_and_the_operation_must_be_cancel_exchange() {
        String body = VALID.replace("\"en\"", "\"\"").replace("\"us\"", "\"\"")
                .replace("cancel_exchange", "cancel_return") + "}";

        assertThat(schemaFailure(body)).containsExactly("lang length", "country length",
                "operation unsupported_operation");
    }

    @Test
    void a_cancel_reason_that_breaks_a_rule_is_named_by_its_path() {
        assertThat(schemaFailure(VALID + ", \"operationPayload\": {\"cancelReason\": \" \"}}"))
                .containsExactly("operationPayload.cancelReason blank");
    }

    @Test
    void a_wrong_type_or_an_unknown_field_fails_schema_validation_naming_the_path() {
        assertThat(schemaFailure(VALID + ", \"operationPayload\": {\"cancelReason\": 5}}"))
                .containsExactly("operationPayload.cancelReason wrong_type");
        assertThat(schemaFailure(VALID + ", \"operationPayload\": {\"reason\": \"x\"}}"))
                .containsExactly("operationPayload.reason unknown_field");
    }

    @Test
    void a_body_that_is_not_acceptable_json_is_an_invalid_request_body_format() {
        for (String body : List.of("", VALID, VALID + ", \"lang\": \"de\"}", VALID + "} {}")) {
            HttpAnswer answer = ParcelLabJson.error(parse(body).getLeft());

            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.body().get("error").asText()).as(body).isEqualTo(ParcelLabJson.INVALID_BODY);
        }
    }

    @Test
    void an_unusable_user_header_is_user_not_found_whatever_the_body() {
        for (String user : new String[] {null, "", "  ", "two words"}) {
            HttpAnswer answer = ParcelLabJson.error(ParcelLabJson.parseEditReturn(user, "{".getBytes(
                    StandardCharsets.UTF_8)).getLeft());

            assertThat(answer.status()).as(user).isEqualTo(404);
            assertThat(answer.body().get("error").asText()).isEqualTo(ParcelLabJson.USER_NOT_FOUND);
        }
    }

    @Test
    void a_rendered_request_reads_back_as_the_same_request() {
        EditReturnRequest request = new EditReturnRequest(new TenantId("1612198"),
                new ReturnId("af0000000000000000000001"), "de", "at", true, Option.some(new Reason("Too late")));
        JsonNode json = ParcelLabJson.renderEditReturn(request);

        assertThat(ParcelLabJson.parseEditReturn("1612198", json.toString().getBytes(StandardCharsets.UTF_8)).get())
                .isEqualTo(request);
    }

    private static Either<Rejection.InvalidInput, EditReturnRequest> parse(String body) {
        return ParcelLabJson.parseEditReturn("1612198", body.getBytes(StandardCharsets.UTF_8));
    }

    /** The answer must be parcelLab's schema failure; its details as "path code". */
    private static List<String> schemaFailure(String body) {
        HttpAnswer answer = ParcelLabJson.error(parse(body).getLeft());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("error").asText()).isEqualTo(ParcelLabJson.SCHEMA_VALIDATION_FAILED);
        List<String> details = new ArrayList<>();
        answer.body().get("details").forEach(detail -> details.add(detail.get("path").asText() + " "
                + detail.get("code").asText()));
        return details;
    }
}
