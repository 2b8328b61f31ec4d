package dev.rescind.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescind.adapters.json.internal.RejectionCases;
import dev.rescind.adapters.json.parcellab.ParcelLabJson;
import dev.rescind.adapters.json.returnqueen.ReturnQueenJson;
import dev.rescind.adapters.json.sendcloud.SendcloudJson;
import dev.rescind.adapters.json.shopify.ShopifyJson;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.Version;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every kind of rejection, answered in each API's status and error body. */
class RejectionAnswersTest {

    private static final Rejection NOT_FOUND = new Rejection.NotFound(AggregateType.RETURN, "r-1");
    private static final Rejection FORBIDDEN = new Rejection.Forbidden(Actor.carrier("c-1"), "cancel exchange",
            "only merchant, api key or system may cancel exchange");
    private static final Rejection INVALID = Rejection.InvalidInput.of("cancellation_request.message", "too_long",
            "must be at most 1000 characters");
    private static final Rejection NOT_ALLOWED = new Rejection.NotAllowedInState(AggregateType.FULFILLMENT_ORDER,
            "OPEN/UNSUBMITTED", "send cancellation request", "");
    private static final Rejection NOT_CANCELLABLE = new Rejection.NotCancellable(AggregateType.RETURN,
            "IN_TRANSIT", "request cancellation", "");
    private static final Rejection CONCURRENT = new Rejection.ConcurrentModification(AggregateType.SHIPMENT, "s-1",
            new Version(3), new Version(4));
    private static final Rejection KEY_REUSED = new Rejection.IdempotencyKeyReused("key-1");
    private static final Rejection EXCEEDS = new Rejection.ExceedsRemainingQuantity(AggregateType.RETURN, "r-1",
            "item-1", 3, 2);

    private static final List<Rejection> EVERY_KIND = List.of(NOT_FOUND, FORBIDDEN, INVALID, NOT_ALLOWED,
            NOT_CANCELLABLE, CONCURRENT, KEY_REUSED, EXCEEDS);

    @Test
    void the_samples_cover_every_member_of_the_sealed_rejection_hierarchy() {
        assertThat(EVERY_KIND).extracting(Object::getClass).map(Class.class::cast)
                .containsExactlyInAnyOrder(Rejection.class.getPermittedSubclasses());
    }

    @Test
    void each_rejection_reaches_its_own_case() {
        RejectionCases<String> names = new RejectionCases<>() {
            public String notFound(Rejection.NotFound rejection) {
                return "NotFound";
            }

            public String forbidden(Rejection.Forbidden rejection) {
                return "Forbidden";
            }

            public String invalidInput(Rejection.InvalidInput rejection) {
                return "InvalidInput";
            }

            public String notAllowedInState(Rejection.NotAllowedInState rejection) {
                return "NotAllowedInState";
            }

            public String notCancellable(Rejection.NotCancellable rejection) {
                return "NotCancellable";
            }

            public String concurrentModification(Rejection.ConcurrentModification rejection) {
                return "ConcurrentModification";
            }

            public String idempotencyKeyReused(Rejection.IdempotencyKeyReused rejection) {
                return "IdempotencyKeyReused";
            }

            public String exceedsRemainingQuantity(Rejection.ExceedsRemainingQuantity rejection) {
                return "ExceedsRemainingQuantity";
            }
        };

        assertThat(EVERY_KIND).allSatisfy(rejection ->
                assertThat(names.apply(rejection)).isEqualTo(rejection.getClass().getSimpleName()));
    }

    @Test
    void return_queen_answers_with_its_statuses_and_an_errors_object() {
        Map<Rejection, Integer> statuses = statuses(ReturnQueenJson::error);

        assertThat(statuses.values()).containsExactly(404, 403, 400, 409, 409, 409, 422, 409);
        assertThat(ReturnQueenJson.error(NOT_CANCELLABLE).bodyText())
                .isEqualTo("{\"errors\":{\"detail\":\"Return is not cancellable in state IN_TRANSIT.\"}}");
        assertThat(ReturnQueenJson.error(INVALID).bodyText())
                .isEqualTo("{\"errors\":{\"cancellation_request.message\":[\"must be at most 1000 characters\"]}}");
    }

    @Test
    void shopify_answers_not_found_as_it_does_and_refused_commands_and_invalid_values_with_422() {
        Map<Rejection, Integer> statuses = statuses(ShopifyJson::error);

        assertThat(statuses.values()).containsExactly(404, 403, 422, 422, 422, 409, 422, 422);
        assertThat(ShopifyJson.error(NOT_FOUND).bodyText()).isEqualTo("{\"errors\":\"Not Found\"}");
        assertThat(ShopifyJson.error(NOT_ALLOWED).bodyText()).isEqualTo("{\"errors\":{\"base\":[\"Fulfillment "
                + "order in state OPEN/UNSUBMITTED does not allow send cancellation request.\"]}}");
        assertThat(ShopifyJson.error(FORBIDDEN).body().get("errors").isTextual()).isTrue();
    }

    @Test
    void sendcloud_answers_every_rejection_in_its_errors_list_with_the_status_as_code() {
        Map<Rejection, Integer> statuses = statuses(SendcloudJson::error);

        assertThat(statuses.values()).containsExactly(404, 403, 400, 409, 409, 409, 422, 409);
        assertThat(SendcloudJson.error(NOT_CANCELLABLE).bodyText()).isEqualTo(
                "{\"errors\":[{\"field\":\"returns\",\"code\":409,\"message\":\"Return is not cancellable.\"}]}");
        statuses.forEach((rejection, status) -> {
            JsonNode errors = SendcloudJson.error(rejection).body().get("errors");
            assertThat(errors).isNotEmpty();
            errors.forEach(error -> assertThat(error.get("code").asInt()).isEqualTo(status));
        });
        assertThat(SendcloudJson.error(INVALID).body().at("/errors/0/field").asText())
                .isEqualTo("cancellation_request.message");
        assertThat(SendcloudJson.error(EXCEEDS).bodyText()).isEqualTo("{\"errors\":[{\"field\":\"quantity\","
                + "\"code\":409,\"message\":\"Return r-1 has 2 of item item-1 left to cancel, not 3.\"}]}");
    }

    @Test
    void parcel_lab_answers_with_its_documented_error_values() {
        Map<Rejection, Integer> statuses = statuses(ParcelLabJson::error);

        assertThat(statuses.values()).containsExactly(404, 403, 400, 400, 400, 400, 400, 400);
        assertThat(EVERY_KIND).extracting(rejection -> ParcelLabJson.error(rejection).body().get("error").asText())
                .containsExactly(ParcelLabJson.ORDER_NOT_FOUND, ParcelLabJson.FORBIDDEN,
                        ParcelLabJson.SCHEMA_VALIDATION_FAILED, ParcelLabJson.NO_MODIFIERS, ParcelLabJson.NO_MODIFIERS,
                        ParcelLabJson.UPDATE_FAILED, ParcelLabJson.UPDATE_FAILED,
                        ParcelLabJson.SCHEMA_VALIDATION_FAILED);
        assertThat(ParcelLabJson.error(CONCURRENT).body().at("/details/0/code").asText())
                .isEqualTo("concurrent_modification");
    }

    private static Map<Rejection, Integer> statuses(Function<Rejection, HttpAnswer> answer) {
        Map<Rejection, Integer> statuses = new LinkedHashMap<>();
        EVERY_KIND.forEach(rejection -> statuses.put(rejection, answer.apply(rejection).status()));
        return statuses;
    }
}
