package dev.rescind.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ZonesTest {

    @Test
    void an_iana_region_name_is_a_zone() {
        assertThat(Zones.iana("America/New_York").get()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(Zones.iana("Europe/Amsterdam").get()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void an_offset_is_not_an_iana_name() {
        assertThat(Zones.iana("+02:00").getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("", "not_iana_zone"));
        assertThat(Zones.iana("UTC+02:00").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("not_iana_zone");
    }

    @Test
    void names_are_case_sensitive_as_iana_writes_them() {
        assertThat(Zones.iana("america/new_york").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("not_iana_zone");
    }

    @Test
    void a_missing_zone_is_required() {
        assertThat(Zones.iana(null).getLeft().errors()).extracting(FieldError::code).containsExactly("required");
    }
}
