package dev.rescind.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataTest {

    @Test
    void no_metadata_is_empty_metadata() {
        assertThat(Metadata.of(null).get()).isEqualTo(Metadata.EMPTY);
        assertThat(Metadata.EMPTY.entries()).isEmpty();
    }

    @Test
    void keys_and_values_are_trimmed_and_kept_sorted_by_key() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put(" warehouse ", " Louisville ");
        raw.put("dock", "4");

        assertThat(Metadata.of(raw).get().entries()).containsExactly(entry("dock", "4"), entry("warehouse", "Louisville"));
    }

    @Test
    void metadata_cannot_be_changed_afterwards() {
        Metadata metadata = Metadata.of(Map.of("dock", "4")).get();

        assertThatThrownBy(() -> metadata.entries().put("dock", "5")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void more_than_50_entries_are_too_many() {
        Map<String, String> raw = new HashMap<>();
        for (int index = 0; index <= Metadata.MAX_ENTRIES; index++) {
            raw.put("key" + index, "value");
        }

        assertThat(Metadata.of(raw).getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("", "too_many_entries"));
    }

    @Test
    void a_key_with_white_space_inside_is_invalid() {
        assertThat(Metadata.of(Map.of("pickup note", "ring twice")).getLeft().errors())
                .extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("<key>", "whitespace"));
    }

    @Test
    void a_bad_value_is_reported_at_its_key() {
        assertThat(Metadata.of(Map.of("note", "ring\u0007")).getLeft().errors())
                .extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("note", "control_character"));
        assertThat(Metadata.of(Map.of("note", "n".repeat(501))).getLeft().errors())
                .extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("note", "too_long"));
    }

    @Test
    void a_missing_value_is_required() {
        Map<String, String> raw = new HashMap<>();
        raw.put("note", null);

        assertThat(Metadata.of(raw).getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("note", "required"));
    }

    @Test
    void keys_that_are_equal_once_trimmed_are_duplicates_rather_than_one_silently_lost() {
        Map<String, String> raw = new HashMap<>();
        raw.put("dock", "4");
        raw.put(" dock", "5");

        assertThat(Metadata.of(raw).getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("dock", "duplicate"));
    }

    @Test
    void the_constructor_throws_the_invalid_input_the_factory_returns() {
        Map<String, String> raw = Map.of("pickup note", "ring twice");

        assertThatThrownBy(() -> new Metadata(raw))
                .isInstanceOfSatisfying(InvalidInputException.class, thrown ->
                        assertThat(thrown.invalidInput()).isEqualTo(Metadata.of(raw).getLeft()));
    }
}
