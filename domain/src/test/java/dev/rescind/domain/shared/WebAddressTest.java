package dev.rescind.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import org.junit.jupiter.api.Test;

class WebAddressTest {

    @Test
    void an_https_label_url_is_a_web_address() {
        assertThat(WebAddress.of("https://labels.example.com/123e4567.pdf").get().value())
                .isEqualTo(URI.create("https://labels.example.com/123e4567.pdf"));
    }

    @Test
    void a_tracking_url_with_a_query_is_a_web_address() {
        assertThat(WebAddress.of("https://tracking.example.com/forward?carrier=dhl&code=JVGL1234567800000049")
                .isRight()).isTrue();
    }

    @Test
    void a_web_address_is_trimmed() {
        assertThat(WebAddress.of(" http://example.com/label.pdf\n").get()).hasToString("http://example.com/label.pdf");
    }

    @Test
    void other_schemes_are_not_web_addresses() {
        for (String raw : new String[] {"ftp://example.com/label.pdf", "file:///etc/passwd", "javascript:alert(1)",
                "mailto:ops@example.com"}) {
            assertThat(WebAddress.of(raw).getLeft().errors()).as(raw).extracting(FieldError::path, FieldError::code)
                    .containsExactly(tuple("", "not_a_url"));
        }
    }

    @Test
    void a_relative_or_hostless_address_is_not_a_web_address() {
        assertThat(WebAddress.of("/labels/1.pdf").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("not_a_url");
        assertThat(WebAddress.of("https://").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("not_a_url");
    }

    @Test
    void an_address_with_a_space_inside_is_invalid() {
        assertThat(WebAddress.of("https://example.com/my label.pdf").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("whitespace");
    }

    @Test
    void an_address_longer_than_2048_characters_is_too_long() {
        String prefix = "https://example.com/";
        assertThat(WebAddress.of(prefix + "a".repeat(2048 - prefix.length())).isRight()).isTrue();
        assertThat(WebAddress.of(prefix + "a".repeat(2049 - prefix.length())).getLeft().errors())
                .extracting(FieldError::code).containsExactly("too_long");
    }

    @Test
    void a_missing_address_is_required() {
        assertThat(WebAddress.of(null).getLeft().errors()).extracting(FieldError::code).containsExactly("required");
    }

    @Test
    void the_constructor_throws_the_invalid_input_the_factory_returns() {
        assertThatThrownBy(() -> new WebAddress(URI.create("mailto:ops@example.com")))
                .isInstanceOfSatisfying(InvalidInputException.class, thrown -> assertThat(thrown.invalidInput())
                        .isEqualTo(WebAddress.of("mailto:ops@example.com").getLeft()));
    }
}
