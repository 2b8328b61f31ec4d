package dev.rescind.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class ReasonTest {

    @Test
    void a_reason_is_trimmed() {
        assertThat(Reason.of("  Partner requested cancellation via API \n").get().value())
                .isEqualTo("Partner requested cancellation via API");
    }

    @Test
    void no_break_spaces_around_a_reason_are_trimmed_too() {
        assertThat(Reason.of("\u00A0Out of stock\u2007").get().value()).isEqualTo("Out of stock");
    }

    @Test
    void a_missing_reason_is_required() {
        assertThat(Reason.of(null).getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("", "required"));
    }

    @Test
    void a_blank_reason_is_invalid() {
        assertThat(Reason.of(" \t\r\n ").getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("", "blank"));
    }

    @Test
    void a_reason_of_only_no_break_spaces_is_blank() {
        assertThat(Reason.of("\u00A0\u202F\u00A0").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("blank");
    }

    @Test
    void a_reason_of_500_characters_is_valid_and_one_more_is_too_long() {
        assertThat(Reason.of("r".repeat(Reason.MAX_LENGTH)).get().value()).hasSize(500);
        assertThat(Reason.of("r".repeat(Reason.MAX_LENGTH + 1)).getLeft().errors())
                .extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("", "too_long"));
    }

    @Test
    void length_counts_characters_not_utf16_units() {
        String grinning = "\uD83D\uDE00";
        assertThat(Reason.of(grinning.repeat(500)).isRight()).isTrue();
        assertThat(Reason.of(grinning.repeat(501)).getLeft().errors()).extracting(FieldError::code)
                .containsExactly("too_long");
    }

    @Test
    void the_length_limit_applies_after_trimming() {
        assertThat(Reason.of("  " + "r".repeat(500) + "  ").get().value()).hasSize(500);
    }

    @Test
    void a_reason_with_a_control_character_is_invalid() {
        assertThat(Reason.of("late\u0007").getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("", "control_character"));
    }

    @Test
    void a_line_break_inside_a_reason_is_a_control_character() {
        assertThat(Reason.of("first line\nsecond line").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("control_character");
    }

    @Test
    void a_reason_with_a_right_to_left_override_is_invalid() {
        assertThat(Reason.of("refund \u202Efdp.exe").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("control_character");
    }

    @Test
    void a_lone_surrogate_is_invalid() {
        assertThat(Reason.of("broken \uD83D text").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("control_character");
    }

    @Test
    void a_zero_width_joiner_inside_an_emoji_is_allowed() {
        String technologist = "\uD83D\uDC69\u200D\uD83D\uDCBB";
        assertThat(Reason.of("handled by " + technologist).get().value()).endsWith(technologist);
    }

    @Test
    void letters_of_any_script_are_allowed() {
        assertThat(Reason.of("Größe passt nicht – 尺寸不合适").get().value()).isEqualTo("Größe passt nicht – 尺寸不合适");
    }

    @Test
    void the_constructor_normalises_like_the_factory() {
        assertThat(new Reason("  too late  ").value()).isEqualTo("too late");
    }

    @Test
    void the_constructor_throws_the_invalid_input_the_factory_returns() {
        assertThatThrownBy(() -> new Reason("bad\u202E"))
                .isInstanceOfSatisfying(InvalidInputException.class, thrown ->
                        assertThat(thrown.invalidInput()).isEqualTo(Reason.of("bad\u202E").getLeft()));
    }
}
