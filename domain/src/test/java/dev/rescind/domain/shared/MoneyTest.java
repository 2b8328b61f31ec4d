package dev.rescind.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void an_amount_is_kept_at_the_scale_of_its_currency() {
        Money fee = Money.of("3.5", "EUR").get();

        assertThat(fee.amount()).isEqualTo(new BigDecimal("3.50"));
        assertThat(fee.currency()).isEqualTo(EUR);
        assertThat(fee).hasToString("3.50 EUR");
    }

    @Test
    void sendclouds_label_cost_keeps_its_cents() {
        assertThat(Money.of("6.95", "EUR").get().amount()).isEqualTo(new BigDecimal("6.95"));
    }

    @Test
    void a_yen_amount_has_no_decimals() {
        assertThat(Money.of("1000", "JPY").get().amount()).isEqualTo(new BigDecimal("1000"));
        assertThat(Money.of("1000.00", "JPY").get().amount()).isEqualTo(new BigDecimal("1000"));
    }

    @Test
    void a_yen_amount_with_a_fraction_is_too_precise() {
        assertThat(Money.of("1000.5", "JPY").getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("amount", "too_precise"));
    }

    @Test
    void money_more_precise_than_its_currency_is_invalid() {
        assertThat(Money.of("6.955", "EUR").getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("amount", "too_precise"));
        assertThat(Money.of(new BigDecimal("0.001"), "USD").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("too_precise");
    }

    @Test
    void a_currency_with_three_decimals_takes_three() {
        assertThat(Money.of("1.5", "KWD").get().amount()).isEqualTo(new BigDecimal("1.500"));
    }

    @Test
    void a_currency_must_be_an_iso_4217_code() {
        assertThat(Money.of("1", "ABC").getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("currency", "not_iso_4217"));
        assertThat(Money.of("1", "eur").getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("currency", "not_iso_4217"));
        assertThat(Money.of("1", "EURO").getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("currency", "not_iso_4217"));
    }

    @Test
    void a_missing_currency_is_required() {
        assertThat(Money.of("1", null).getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("currency", "required"));
    }

    @Test
    void an_amount_that_is_not_a_number_is_invalid() {
        assertThat(Money.of("ten", "EUR").getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("amount", "not_a_number"));
        assertThat(Money.of("\"10.00\"", "EUR").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("not_a_number");
    }

    @Test
    void an_amount_with_white_space_around_it_is_read() {
        assertThat(Money.of(" 10.00 ", "EUR").get().amount()).isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    void an_absurdly_long_amount_is_too_long_before_it_is_parsed() {
        assertThat(Money.of("1".repeat(41), "EUR").getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("amount", "too_long"));
    }

    @Test
    void a_missing_amount_is_required() {
        assertThat(Money.of((String) null, "EUR").getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("amount", "required"));
        assertThat(Money.of((BigDecimal) null, "EUR").getLeft().errors()).extracting(FieldError::path,
                FieldError::code).containsExactly(tuple("amount", "required"));
    }

    @Test
    void a_bad_amount_and_a_bad_currency_are_reported_together() {
        assertThat(Money.of("ten", "euro").getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("amount", "not_a_number"), tuple("currency", "not_iso_4217"));
    }

    @Test
    void an_amount_of_a_trillion_or_more_is_out_of_range() {
        assertThat(Money.of("999999999999.99", "EUR").isRight()).isTrue();
        assertThat(Money.of("1000000000000", "EUR").getLeft().errors()).extracting(FieldError::path,
                FieldError::code).containsExactly(tuple("amount", "out_of_range"));
        assertThat(Money.of("-1000000000000", "EUR").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("out_of_range");
    }

    @Test
    void amounts_with_huge_exponents_are_refused_on_construction_and_by_the_factory_without_expanding_them() {
        for (String huge : new String[] {"1e400", "1E999999999", "-1e999999999"}) {
            assertThat(Money.of(new BigDecimal(huge), "EUR").getLeft().errors()).as(huge)
                    .extracting(FieldError::path, FieldError::code).containsExactly(tuple("amount", "out_of_range"));
            assertThatThrownBy(() -> new Money(new BigDecimal(huge), EUR)).as(huge)
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThat(Money.of(new BigDecimal("1e-999999999"), "EUR").getLeft().errors())
                .extracting(FieldError::path, FieldError::code).containsExactly(tuple("amount", "too_precise"));
    }

    @Test
    void amounts_on_the_wire_are_plain_ascii_decimals() {
        assertThat(Money.of("1E+2", "EUR").getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("amount", "not_a_number"));
        assertThat(Money.of("\u0663.\u0665", "EUR").getLeft().errors()).extracting(FieldError::code)
                .containsExactly("not_a_number");
        assertThat(Money.of("+3.5", "EUR").get().amount()).isEqualByComparingTo("3.50");
    }

    @Test
    void adding_money_of_one_currency_sums_the_amounts() {
        Money sum = Money.of("3.5", "EUR").get().plus(Money.of("6.95", "EUR").get()).get();

        assertThat(sum).isEqualTo(Money.of("10.45", "EUR").get());
    }

    @Test
    void adding_money_of_another_currency_is_a_currency_mismatch() {
        Money euros = Money.of("3.50", "EUR").get();
        Money dollars = Money.of("3.50", "USD").get();

        assertThat(euros.plus(dollars).getLeft().errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(tuple("currency", "currency_mismatch"));
    }

    @Test
    void a_sum_beyond_the_range_is_out_of_range() {
        Money large = Money.of("999999999999", "EUR").get();

        assertThat(large.plus(large).getLeft().errors()).extracting(FieldError::code).containsExactly("out_of_range");
    }

    @Test
    void multiplying_by_a_quantity_keeps_the_scale() {
        assertThat(Money.of("48.95", "EUR").get().times(2).get().amount()).isEqualTo(new BigDecimal("97.90"));
    }

    @Test
    void zero_is_zero_at_the_currency_scale() {
        Money zero = Money.zero(EUR);

        assertThat(zero.isZero()).isTrue();
        assertThat(zero.amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(Money.of("-0.01", "EUR").get().isNegative()).isTrue();
    }

    @Test
    void equal_amounts_written_differently_are_equal_money() {
        assertThat(Money.of("3.5", "EUR").get()).isEqualTo(Money.of("3.500", "EUR").get());
        assertThat(new Money(new BigDecimal("3.5"), EUR)).isEqualTo(Money.of("3.50", "EUR").get());
    }

    @Test
    void the_constructor_throws_the_invalid_input_the_factory_returns() {
        assertThatThrownBy(() -> new Money(new BigDecimal("6.955"), EUR))
                .isInstanceOfSatisfying(InvalidInputException.class, thrown ->
                        assertThat(thrown.invalidInput()).isEqualTo(Money.of(new BigDecimal("6.955"), "EUR").getLeft()));
        assertThatThrownBy(() -> new Money(null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, thrown ->
                        assertThat(thrown.invalidInput().errors()).extracting(FieldError::path, FieldError::code)
                                .containsExactly(tuple("amount", "required"), tuple("currency", "required")));
    }
}
