package dev.rescind.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class TenantIdTest {

    @Test
    void a_tenant_id_is_trimmed() {
        assertThat(TenantId.of("  548380009\t").get().value()).isEqualTo("548380009");
    }

    @Test
    void a_missing_tenant_id_is_required() {
        assertThat(TenantId.of(null).getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("", "required"));
    }

    @Test
    void a_blank_tenant_id_is_invalid() {
        assertThat(TenantId.of(" \t\n ").getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("", "blank"));
    }

    @Test
    void a_tenant_id_of_64_characters_is_valid_and_one_more_is_too_long() {
        assertThat(TenantId.of("t".repeat(64)).get().value()).hasSize(64);
        assertThat(TenantId.of("t".repeat(65)).getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("", "too_long"));
    }

    @Test
    void a_tenant_id_with_white_space_inside_is_invalid() {
        assertThat(TenantId.of("shop 1").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("whitespace");
        assertThat(TenantId.of("shop\u00A01").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("whitespace");
    }

    @Test
    void a_tenant_id_with_a_control_character_is_invalid() {
        assertThat(TenantId.of("shop\u00001").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("control_character");
    }

    @Test
    void a_tenant_id_with_a_bidi_override_is_invalid() {
        assertThat(TenantId.of("shop\u202E1").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("control_character");
    }

    @Test
    void the_constructor_normalises_like_the_factory() {
        assertThat(new TenantId(" shop-1 ")).isEqualTo(TenantId.of("shop-1").get());
    }

    @Test
    void the_constructor_throws_the_invalid_input_the_factory_returns() {
        assertThatThrownBy(() -> new TenantId("shop 1"))
                .isInstanceOfSatisfying(InvalidInputException.class, thrown ->
                        assertThat(thrown.invalidInput()).isEqualTo(TenantId.of("shop 1").getLeft()));
    }
}
