package dev.rescind.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void a_created_aggregate_is_at_version_1_and_each_transition_adds_one() {
        assertThat(Version.FIRST.value()).isEqualTo(1);
        assertThat(Version.FIRST.next()).isEqualTo(new Version(2));
        assertThat(new Version(2).previous()).isEqualTo(Version.FIRST);
        assertThat(Version.FIRST.previous()).isEqualTo(Version.NONE);
    }

    @Test
    void a_negative_version_is_invalid() {
        assertThatThrownBy(() -> new Version(-1))
                .isInstanceOfSatisfying(InvalidInputException.class, thrown ->
                        assertThat(thrown.invalidInput().errors()).extracting(FieldError::path, FieldError::code)
                                .containsExactly(tuple("", "negative")));
        assertThatThrownBy(Version.NONE::previous).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void versions_are_ordered_by_value() {
        assertThat(new Version(2)).isGreaterThan(Version.FIRST).isLessThan(new Version(10));
        assertThat(new Version(42)).hasToString("42");
    }

    @Test
    void the_last_version_has_no_next() {
        assertThatThrownBy(() -> new Version(Long.MAX_VALUE).next()).isInstanceOf(ArithmeticException.class);
    }
}
