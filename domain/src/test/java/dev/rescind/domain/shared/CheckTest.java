package dev.rescind.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckTest {

    @Test
    void every_error_of_an_input_is_collected_before_answering() {
        Check check = Check.start()
                .required("orderNumber", null)
                .require(false, "lineItems", "out_of_range", "must hold 1 to 500 lines");
        Reason reason = check.field("reason", Reason.of(" "));

        assertThat(reason).isNull();
        assertThat(check.failed()).isTrue();
        assertThat(check.result(() -> "never built").getLeft().errors())
                .extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("orderNumber", "required"), tuple("lineItems", "out_of_range"),
                        tuple("reason", "blank"));
    }

    @Test
    void the_value_is_built_only_when_nothing_failed() {
        Check check = Check.start().required("orderNumber", "ORDER-123");
        Reason reason = check.field("reason", Reason.of(" late "));

        assertThat(reason).isEqualTo(new Reason("late"));
        assertThat(check.failed()).isFalse();
        assertThat(check.result(() -> "built").get()).isEqualTo("built");
        assertThat(Check.start().require(false, "x", "c", "m")
                .result(() -> {
                    throw new AssertionError("built despite an error");
                }).isLeft()).isTrue();
    }

    @Test
    void nested_errors_are_reported_under_their_parent_field() {
        Check check = Check.start();
        check.field("returnFee", Money.of("ten", "euro"));

        assertThat(check.result(() -> null).getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("returnFee.amount", "not_a_number"), tuple("returnFee.currency", "not_iso_4217"));
    }

    @Test
    void a_field_path_joins_parents_with_dots_and_indexes_without() {
        assertThat(new FieldError("amount", "c", "m").under("refund").path()).isEqualTo("refund.amount");
        assertThat(new FieldError("", "c", "m").under("refund").path()).isEqualTo("refund");
        assertThat(new FieldError("[0].quantity", "c", "m").under("lineItems").path())
                .isEqualTo("lineItems[0].quantity");
        assertThat(new FieldError("amount", "c", "m").under("").path()).isEqualTo("amount");
        assertThat(Rejection.InvalidInput.of("quantity", "out_of_range", "m").under("items[2]").errors())
                .extracting(FieldError::path).containsExactly("items[2].quantity");
    }

    @Test
    void or_throw_throws_every_collected_error() {
        Check check = Check.start().required("kind", null).required("id", null);

        assertThatThrownBy(check::orThrow)
                .isInstanceOfSatisfying(InvalidInputException.class, thrown -> {
                    assertThat(thrown.invalidInput().errors()).extracting(FieldError::path)
                            .containsExactly("kind", "id");
                    assertThat(thrown).hasMessage("kind: is required (required); id: is required (required)");
                });
    }

    @Test
    void or_throw_does_nothing_when_nothing_failed() {
        Check check = Check.start().required("kind", ActorKind.MERCHANT);
        check.orThrow();

        assertThat(check.failed()).isFalse();
    }

    @Test
    void an_error_reads_as_path_message_and_code() {
        assertThat(new FieldError("amount", "not_a_number", "must be a decimal number"))
                .hasToString("amount: must be a decimal number (not_a_number)");
        assertThat(new FieldError("", "blank", "must not be blank")).hasToString("must not be blank (blank)");
    }

    @Test
    void invalid_input_names_at_least_one_field() {
        assertThatThrownBy(() -> new Rejection.InvalidInput(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(Rejection.InvalidInput.of("", "blank", "must not be blank").code()).isEqualTo("invalid_input");
    }
}
