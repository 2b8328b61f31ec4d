package dev.rescind.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class MessageTest {

    @Test
    void a_message_is_trimmed() {
        assertThat(Message.of(" The customer changed his mind. ").get().value())
                .isEqualTo("The customer changed his mind.");
    }

    @Test
    void an_empty_message_is_blank() {
        assertThat(Message.of("").getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("", "blank"));
    }

    @Test
    void a_missing_message_is_required() {
        assertThat(Message.of(null).getLeft().errors()).extracting(FieldError::code).containsExactly("required");
    }

    @Test
    void a_message_of_1000_characters_is_valid_and_one_more_is_too_long() {
        assertThat(Message.of("m".repeat(Message.MAX_LENGTH)).get().value()).hasSize(1000);
        assertThat(Message.of("m".repeat(Message.MAX_LENGTH + 1)).getLeft().errors())
                .extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("", "too_long"));
    }

    @Test
    void a_message_with_a_tab_inside_is_invalid() {
        assertThat(Message.of("We had not\tstarted").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("control_character");
    }

    @Test
    void a_message_with_a_bidi_isolate_is_invalid() {
        assertThat(Message.of("shipped \u2066out\u2069").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("control_character");
    }

    @Test
    void the_constructor_throws_the_invalid_input_the_factory_returns() {
        assertThatThrownBy(() -> new Message(" "))
                .isInstanceOfSatisfying(InvalidInputException.class, thrown ->
                        assertThat(thrown.invalidInput()).isEqualTo(Message.of(" ").getLeft()));
    }
}
