package dev.rescind.adapters.json;

import static dev.rescind.adapters.json.SeedExampleFixture.compare;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescind.adapters.json.internal.StrictJson;
import org.junit.jupiter.api.Test;

/** The golden comparison fails on every way a rendered answer can stray from the document undeclared. */
class SeedExampleFixtureTest {

    private static final JsonNode DOCUMENTED = json("{\"id\": 1, \"tags\": [\"a\"], \"inner\": {\"x\": true}}");

    @Test
    void equal_values_compare_equal_and_numbers_compare_by_value() {
        assertThatCode(() -> compare(DOCUMENTED, json("{\"id\": 1.0, \"tags\": [\"a\"], \"inner\": {\"x\": true}}"))
                .verify()).doesNotThrowAnyException();
    }

    @Test
    void an_undeclared_difference_fails_naming_its_path() {
        assertThatThrownBy(() -> compare(DOCUMENTED, json("{\"id\": 1, \"tags\": [\"a\"], \"inner\": {\"x\": false}}"))
                .verify()).hasMessageContaining("inner.x: documented true, rendered false");
    }

    @Test
    void an_undeclared_addition_fails_naming_its_path() {
        assertThatThrownBy(() -> compare(DOCUMENTED,
                json("{\"id\": 1, \"tags\": [\"a\"], \"inner\": {\"x\": true, \"y\": 2}}")).verify())
                .hasMessageContaining("inner.y: rendered 2, not documented");
    }

    @Test
    void a_documented_field_that_is_not_rendered_fails() {
        assertThatThrownBy(() -> compare(DOCUMENTED, json("{\"id\": 1, \"tags\": [\"a\"], \"inner\": {}}")).verify())
                .hasMessageContaining("inner.x: documented, not rendered");
    }

    @Test
    void a_declared_difference_must_be_exactly_what_is_rendered() {
        JsonNode rendered = json("{\"id\": 1, \"tags\": [], \"inner\": {\"x\": true}}");
        assertThatCode(() -> compare(DOCUMENTED, rendered).differs("tags", "[]", "why").verify())
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> compare(DOCUMENTED, rendered).differs("tags", "[\"b\"]", "why").verify())
                .hasMessageContaining("tags: declared as [\"b\"], rendered []");
    }

    @Test
    void a_declaration_that_nothing_needs_fails() {
        assertThatThrownBy(() -> compare(DOCUMENTED, DOCUMENTED).differs("id", "2", "why").verify())
                .hasMessageContaining("id: declared as 2, rendered 1");
        assertThatThrownBy(() -> compare(DOCUMENTED, DOCUMENTED).adds("extra", "2", "why").verify())
                .hasMessageContaining("extra: declared, but nothing there differs");
    }

    private static JsonNode json(String text) {
        return StrictJson.readTree(text).get();
    }
}
