package dev.rescind.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void an_actor_id_is_trimmed() {
        assertThat(Actor.of(ActorKind.API_KEY, " api-key-uuid ").get()).isEqualTo(Actor.apiKey("api-key-uuid"));
    }

    @Test
    void kind_and_id_are_both_reported_when_both_are_missing() {
        assertThat(Actor.of(null, null).getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("kind", "required"), tuple("id", "required"));
    }

    @Test
    void an_actor_id_with_white_space_inside_is_invalid_at_path_id() {
        assertThat(Actor.of(ActorKind.CARRIER, "post nl").getLeft().errors())
                .extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("id", "whitespace"));
    }

    @Test
    void an_actor_id_longer_than_128_characters_is_invalid() {
        assertThat(Actor.of(ActorKind.MERCHANT, "m".repeat(128)).isRight()).isTrue();
        assertThat(Actor.of(ActorKind.MERCHANT, "m".repeat(129)).getLeft().errors())
                .extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("id", "too_long"));
    }

    @Test
    void an_actor_id_with_a_bidi_override_is_invalid() {
        assertThat(Actor.of(ActorKind.CUSTOMER, "bob\u202E").getLeft().errors())
                .extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("id", "control_character"));
    }

    @Test
    void the_constructor_throws_the_invalid_input_the_factory_returns() {
        assertThatThrownBy(() -> new Actor(ActorKind.API_KEY, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, thrown ->
                        assertThat(thrown.invalidInput()).isEqualTo(Actor.of(ActorKind.API_KEY, " ").getLeft()));
    }

    @Test
    void an_actor_reads_as_kind_and_id() {
        assertThat(Actor.apiKey("api-key-uuid")).hasToString("api_key:api-key-uuid");
        assertThat(Actor.fulfillmentService("shipwire").is(ActorKind.FULFILLMENT_SERVICE)).isTrue();
    }

    @Test
    void the_merchant_side_is_the_merchant_its_api_keys_and_its_automation() {
        assertThat(EnumSet.allOf(ActorKind.class)).filteredOn(ActorKind::actsForMerchant)
                .containsExactly(ActorKind.MERCHANT, ActorKind.API_KEY, ActorKind.SYSTEM);
    }

    @Test
    void kinds_are_described_as_a_readable_list() {
        assertThat(ActorKind.describe(ActorKind.MERCHANT_SIDE)).isEqualTo("merchant, api key or system");
        assertThat(ActorKind.describe(Set.of(ActorKind.CARRIER))).isEqualTo("carrier");
    }
}
