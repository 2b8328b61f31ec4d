package dev.rescind.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class ReferenceTest {

    @Test
    void a_reference_is_kept_as_the_other_system_wrote_it() {
        assertThat(Reference.of("660e8400-e29b-41d4-a716-446655440000").get().value())
                .isEqualTo("660e8400-e29b-41d4-a716-446655440000");
        assertThat(Reference.of("gid://shopify/DraftOrder/1").get().value()).isEqualTo("gid://shopify/DraftOrder/1");
    }

    @Test
    void a_reference_is_trimmed() {
        assertThat(Reference.of(" JVGL1234567800000049\n").get().value()).isEqualTo("JVGL1234567800000049");
    }

    @Test
    void a_reference_with_white_space_inside_is_invalid() {
        assertThat(Reference.of("JVGL 1234").getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("", "whitespace"));
    }

    @Test
    void a_reference_with_a_no_break_space_inside_is_invalid() {
        assertThat(Reference.of("JVGL\u00A01234").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("whitespace");
    }

    @Test
    void a_reference_of_128_characters_is_valid_and_one_more_is_too_long() {
        assertThat(Reference.of("x".repeat(128)).isRight()).isTrue();
        assertThat(Reference.of("x".repeat(129)).getLeft().errors()).extracting(FieldError::code)
                .containsExactly("too_long");
    }

    @Test
    void a_blank_reference_is_invalid() {
        assertThat(Reference.of("   ").getLeft().errors()).extracting(FieldError::code).containsExactly("blank");
    }

    @Test
    void a_reference_with_a_bidi_override_is_invalid() {
        assertThat(Reference.of("order\u202E1").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("control_character");
    }

    @Test
    void the_constructor_throws_the_invalid_input_the_factory_returns() {
        assertThatThrownBy(() -> new Reference(null))
                .isInstanceOfSatisfying(InvalidInputException.class, thrown ->
                        assertThat(thrown.invalidInput()).isEqualTo(Reference.of(null).getLeft()));
    }
}
