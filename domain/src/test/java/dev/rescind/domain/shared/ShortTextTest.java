package dev.rescind.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class ShortTextTest {

    @Test
    void short_text_is_trimmed() {
        assertThat(ShortText.of(" Chestnut Street 92 ").get().value()).isEqualTo("Chestnut Street 92");
    }

    @Test
    void blank_short_text_is_empty_rather_than_invalid() {
        assertThat(ShortText.of("").get().value()).isEmpty();
        assertThat(ShortText.of(" \t ").get().value()).isEmpty();
        assertThat(ShortText.of("\u00A0").get().value()).isEmpty();
    }

    @Test
    void missing_short_text_is_required() {
        assertThat(ShortText.of(null).getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("", "required"));
    }

    @Test
    void short_text_of_255_characters_is_valid_and_one_more_is_too_long() {
        assertThat(ShortText.of("a".repeat(255)).isRight()).isTrue();
        assertThat(ShortText.of("a".repeat(256)).getLeft().errors()).extracting(FieldError::code)
                .containsExactly("too_long");
    }

    @Test
    void short_text_with_a_control_character_is_invalid() {
        assertThat(ShortText.of("+1(502)-459-2181\u0000").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("control_character");
        assertThat(ShortText.of("Louisville\u202E").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("control_character");
    }

    @Test
    void the_constructor_throws_the_invalid_input_the_factory_returns() {
        assertThatThrownBy(() -> new ShortText("a".repeat(256)))
                .isInstanceOfSatisfying(InvalidInputException.class, thrown ->
                        assertThat(thrown.invalidInput()).isEqualTo(ShortText.of("a".repeat(256)).getLeft()));
    }
}
