package dev.rescind.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PickupWindowTest {

    private static final Instant START = Instant.parse("2023-11-07T14:00:00Z");
    private static final Instant END = Instant.parse("2023-11-07T18:00:00Z");

    @Test
    void returnqueens_window_is_parsed_from_iso_8601() {
        PickupWindow window = PickupWindow.parse("2023-11-07T14:00:00Z", "2023-11-07T18:00:00Z", "America/New_York")
                .get();

        assertThat(window.completeAtStart()).isEqualTo(START);
        assertThat(window.completeAtEnd()).isEqualTo(END);
        assertThat(window.timezone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void timestamps_with_an_offset_are_read_as_instants() {
        PickupWindow window = PickupWindow.parse("2023-11-07T09:00:00-05:00", "2023-11-07T19:00:00+01:00",
                "Europe/Amsterdam").get();

        assertThat(window.completeAtStart()).isEqualTo(START);
        assertThat(window.completeAtEnd()).isEqualTo(END);
    }

    @Test
    void the_window_is_shown_in_its_own_time_zone() {
        PickupWindow window = PickupWindow.of(START, END, "America/New_York").get();

        assertThat(window.localStart().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(window.localStart().getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(window.localEnd().toLocalTime()).isEqualTo(LocalTime.of(13, 0));
    }

    @Test
    void a_window_that_ends_before_it_starts_is_invalid_at_complete_at_end() {
        assertThat(PickupWindow.of(END, START, "America/New_York").getLeft().errors())
                .extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("completeAtEnd", "before_start"));
    }

    @Test
    void a_window_that_starts_and_ends_at_once_is_valid() {
        assertThat(PickupWindow.of(START, START, "UTC").isRight()).isTrue();
    }

    @Test
    void an_offset_is_not_an_iana_time_zone() {
        assertThat(PickupWindow.of(START, END, "+02:00").getLeft().errors())
                .extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("timezone", "not_iana_zone"));
    }

    @Test
    void an_iana_region_is_accepted() {
        assertThat(PickupWindow.of(START, END, "America/New_York").get().timezone().getId())
                .isEqualTo("America/New_York");
    }

    @Test
    void a_timestamp_without_an_offset_is_not_iso_8601_with_an_offset() {
        assertThat(PickupWindow.parse("2023-11-07T14:00:00", "2023-11-07T18:00:00Z", "UTC").getLeft().errors())
                .extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("completeAtStart", "not_iso_8601"));
    }

    @Test
    void every_bad_field_is_reported_at_once() {
        assertThat(PickupWindow.parse("tomorrow", null, "+02:00").getLeft().errors())
                .extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("completeAtStart", "not_iso_8601"), tuple("completeAtEnd", "required"),
                        tuple("timezone", "not_iana_zone"));
    }

    @Test
    void an_overlong_timestamp_is_too_long() {
        assertThat(PickupWindow.parse("2023-11-07T14:00:00Z" + " ".repeat(60), "2023-11-07T18:00:00Z", "UTC")
                .getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("completeAtStart", "too_long"));
    }

    @Test
    void missing_instants_are_required() {
        assertThat(PickupWindow.of(null, null, "UTC").getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("completeAtStart", "required"), tuple("completeAtEnd", "required"));
    }

    @Test
    void the_constructor_rejects_a_reversed_window_with_the_factorys_invalid_input() {
        assertThatThrownBy(() -> new PickupWindow(END, START, ZoneId.of("America/New_York")))
                .isInstanceOfSatisfying(InvalidInputException.class, thrown -> assertThat(thrown.invalidInput())
                        .isEqualTo(PickupWindow.of(END, START, "America/New_York").getLeft()));
    }

    @Test
    void the_constructor_rejects_an_offset_zone_with_the_factorys_invalid_input() {
        assertThatThrownBy(() -> new PickupWindow(START, END, ZoneId.of("+02:00")))
                .isInstanceOfSatisfying(InvalidInputException.class, thrown -> assertThat(thrown.invalidInput())
                        .isEqualTo(PickupWindow.of(START, END, "+02:00").getLeft()));
    }
}
