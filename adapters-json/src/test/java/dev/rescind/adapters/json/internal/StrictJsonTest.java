package dev.rescind.adapters.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.adapters.json.internal.StrictJson.Problem;
import dev.rescind.domain.shared.FieldError;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    /** The shape of a request, for binding. */
    public record Probe(String name, Inner inner) {
    }

    public record Inner(String message) {
    }

    @Test
    void a_well_formed_body_is_read_and_bound() {
        Either<Rejection.InvalidInput, Probe> bound = StrictJson
                .readTree("{\"name\": \"n\", \"inner\": {\"message\": \"m\"}}")
                .flatMap(tree -> StrictJson.bind(tree, Probe.class));

        assertThat(bound.get()).isEqualTo(new Probe("n", new Inner("m")));
    }

    @Test
    void an_empty_body_is_malformed() {
        assertThat(error(StrictJson.readTree(new byte[0])).code()).isEqualTo(StrictJson.MALFORMED);
        assertThat(error(StrictJson.readTree("   ")).code()).isEqualTo(StrictJson.MALFORMED);
    }

    @Test
    void truncated_json_is_malformed_with_its_position() {
        FieldError error = error(StrictJson.readTree("{\"name\": \"n\", \"inner\": {\"mess"));

        assertThat(error.code()).isEqualTo(StrictJson.MALFORMED);
        assertThat(error.message()).contains("line 1");
    }

    @Test
    void overlong_forms_surrogates_and_truncated_sequences_are_invalid_utf8_at_the_string_that_holds_them() {
        byte[][] invalid = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC0, (byte) 0xA2}, {(byte) 0xC0, (byte) 0xBC},
                {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xE2, (byte) 0x82}};
        for (byte[] sequence : invalid) {
            byte[] before = "{\"inner\": {\"message\": \"a".getBytes(StandardCharsets.UTF_8);
            byte[] after = "b\"}}".getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[before.length + sequence.length + after.length];
            System.arraycopy(before, 0, body, 0, before.length);
            System.arraycopy(sequence, 0, body, before.length, sequence.length);
            System.arraycopy(after, 0, body, before.length + sequence.length, after.length);

            FieldError error = error(StrictJson.readTree(body));

            assertThat(error.code()).isEqualTo(StrictJson.INVALID_UTF8);
            assertThat(error.path()).isEqualTo("inner.message");
            assertThat(Problem.of(error)).isEqualTo(Problem.BODY);
        }
    }

    @Test
    void nan_and_infinities_in_a_body_are_malformed_at_their_field() {
        for (String number : List.of("NaN", "Infinity", "-Infinity")) {
            FieldError error = error(StrictJson.readTree("{\"list\": [1, {\"amount\": " + number + "}]}"));

            assertThat(error.code()).isEqualTo(StrictJson.MALFORMED);
            assertThat(error.path()).as(number).isEqualTo("list[1].amount");
        }
    }

    @Test
    void a_second_value_after_the_first_is_malformed() {
        assertThat(error(StrictJson.readTree("{} {}")).code()).isEqualTo(StrictJson.MALFORMED);
        assertThat(error(StrictJson.readTree("{} x")).code()).isEqualTo(StrictJson.MALFORMED);
    }

    @Test
    void json_extensions_such_as_comments_single_quotes_and_nan_are_malformed() {
        assertThat(error(StrictJson.readTree("{/* c */ \"a\": 1}")).code()).isEqualTo(StrictJson.MALFORMED);
        assertThat(error(StrictJson.readTree("{'a': 1}")).code()).isEqualTo(StrictJson.MALFORMED);
        assertThat(error(StrictJson.readTree("{\"a\": NaN}")).code()).isEqualTo(StrictJson.MALFORMED);
    }

    @Test
    void a_duplicate_key_is_refused_where_it_occurs() {
        FieldError error = error(StrictJson.readTree("{\"inner\": {\"message\": \"a\", \"message\": \"b\"}}"));

        assertThat(error.code()).isEqualTo(StrictJson.DUPLICATE_FIELD);
        assertThat(error.path()).isEqualTo("inner.message");
    }

    @Test
    void a_duplicate_key_inside_an_array_is_refused_with_the_index() {
        assertThat(error(StrictJson.readTree("{\"list\": [{}, {\"a\": 1, \"a\": 1}]}")).path()).isEqualTo("list[1].a");
    }

    @Test
    void a_body_longer_than_the_document_limit_is_too_large() {
        String body = "{\"name\": \"" + "x".repeat(StrictJson.MAX_DOCUMENT_LENGTH) + "\"}";

        assertThat(error(StrictJson.readTree(body)).code()).isEqualTo(StrictJson.TOO_LARGE);
    }

    @Test
    void a_string_longer_than_the_string_limit_is_too_large_where_it_occurs() {
        String body = "{\"inner\": {\"message\": \"" + "x".repeat(StrictJson.MAX_STRING_LENGTH + 1) + "\"}}";

        FieldError error = error(StrictJson.readTree(body));

        assertThat(error.code()).isEqualTo(StrictJson.TOO_LARGE);
        assertThat(error.path()).isEqualTo("inner.message");
    }

    @Test
    void nesting_deeper_than_the_limit_is_too_large_and_the_limit_itself_is_read() {
        int depth = StrictJson.MAX_NESTING_DEPTH;

        assertThat(StrictJson.readTree("[".repeat(depth) + "]".repeat(depth)).isRight()).isTrue();
        assertThat(error(StrictJson.readTree("[".repeat(depth + 1) + "]".repeat(depth + 1))).code())
                .isEqualTo(StrictJson.TOO_LARGE);
    }

    @Test
    void a_number_with_too_many_digits_is_too_large() {
        assertThat(error(StrictJson.readTree("{\"n\": " + "9".repeat(StrictJson.MAX_NUMBER_LENGTH + 1) + "}")).code())
                .isEqualTo(StrictJson.TOO_LARGE);
    }

    @Test
    void binding_refuses_an_unknown_field_naming_its_path() {
        FieldError error = bindError("{\"name\": \"n\", \"inner\": {\"msg\": \"m\"}}");

        assertThat(error).isEqualTo(new FieldError("inner.msg", StrictJson.UNKNOWN_FIELD,
                "is not a field of this request"));
    }

    @Test
    void a_polymorphic_type_hint_is_just_an_unknown_field() {
        FieldError error = bindError("{\"@class\": \"java.net.URL\", \"name\": \"n\"}");

        assertThat(error.code()).isEqualTo(StrictJson.UNKNOWN_FIELD);
        assertThat(error.path()).isEqualTo("@class");
    }

    @Test
    void binding_never_turns_a_number_boolean_array_or_object_into_a_string() {
        for (String value : List.of("5", "1.5", "true", "[\"m\"]", "{}")) {
            FieldError error = bindError("{\"inner\": {\"message\": " + value + "}}");

            assertThat(error.path()).as(value).isEqualTo("inner.message");
            assertThat(error.code()).as(value).isEqualTo(StrictJson.WRONG_TYPE);
            assertThat(error.message()).as(value).isEqualTo("must be a string");
        }
    }

    @Test
    void binding_refuses_a_body_that_is_not_an_object() {
        for (String body : List.of("[]", "\"text\"", "null", "7")) {
            FieldError error = bindError(body);

            assertThat(error.path()).as(body).isEmpty();
            assertThat(error.code()).as(body).isEqualTo(StrictJson.WRONG_TYPE);
        }
    }

    @Test
    void errors_are_classed_as_body_schema_or_value_problems_and_the_gravest_wins() {
        FieldError body = new FieldError("", StrictJson.MALFORMED, "m");
        FieldError schema = new FieldError("a", StrictJson.WRONG_TYPE, "m");
        FieldError value = new FieldError("b", "too_long", "m");

        assertThat(List.of(body, schema, value)).extracting(Problem::of)
                .containsExactly(Problem.BODY, Problem.SCHEMA, Problem.VALUE);
        assertThat(Problem.worst(new Rejection.InvalidInput(List.of(value, schema)))).isEqualTo(Problem.SCHEMA);
        assertThat(Problem.worst(new Rejection.InvalidInput(List.of(value)))).isEqualTo(Problem.VALUE);
    }

    private static FieldError bindError(String body) {
        return error(StrictJson.readTree(body).flatMap(tree -> StrictJson.bind(tree, Probe.class)));
    }

    private static FieldError error(Either<Rejection.InvalidInput, ?> result) {
        assertThat(result.isLeft()).as("refused: %s", result).isTrue();
        assertThat(result.getLeft().errors()).hasSize(1);
        return result.getLeft().errors().get(0);
    }
}
