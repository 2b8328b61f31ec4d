package dev.rescind.domain.shared;

import io.vavr.control.Either;
import io.vavr.control.Try;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount in an ISO 4217 currency, never a {@code double}. The amount carries exactly the currency's
 * minor-unit scale ({@code 3.5 EUR} is kept as {@code 3.50}); an amount more precise than the currency
 * allows is invalid rather than silently rounded.
 *
 * @param amount   the amount, at the currency's scale
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) {

    /** Large enough for any order total; small enough that a typo of many digits is caught. */
    public static final BigDecimal MAX_ABSOLUTE = new BigDecimal("1000000000000");

    /**
     * Checks the amount and brings it to the currency's scale.
     *
     * @param amount   the amount, at the currency's scale
     * @param currency the currency
     * @throws InvalidInputException when a component is null or the amount does not fit the currency
     */
    public Money {
        Check.start().required("amount", amount).required("currency", currency).orThrow();
        amount = canonical(amount, currency).getOrElseThrow(InvalidInputException::new);
    }

    /**
     * Reads an amount.
     *
     * @param amount       the amount
     * @param currencyCode an ISO 4217 code
     * @return the money, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, Money> of(BigDecimal amount, String currencyCode) {
        Check check = Check.start().required("amount", amount);
        Currency currency = check.field("currency", currency(currencyCode));
        if (check.failed()) {
            return check.result(() -> null);
        }
        return canonical(amount, currency).map(value -> new Money(value, currency));
    }

    /**
     * Parses a decimal amount as it arrives on the wire ({@code "10.00"}).
     *
     * @param amount       the decimal amount
     * @param currencyCode an ISO 4217 code
     * @return the money, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, Money> of(String amount, String currencyCode) {
        Check check = Check.start().required("amount", amount);
        BigDecimal value = amount == null ? null : check.field("amount", decimal(amount));
        Currency currency = check.field("currency", currency(currencyCode));
        if (check.failed()) {
            return check.result(() -> null);
        }
        return canonical(value, currency).map(canonical -> new Money(canonical, currency));
    }

    /**
     * Nothing, in {@code currency}.
     *
     * @param currency the currency
     * @return the money
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * The sum, in the same currency.
     *
     * @param other an amount in this currency
     * @return the sum, or a {@code currency_mismatch} error
     */
    public Either<Rejection.InvalidInput, Money> plus(Money other) {
        if (!currency.equals(other.currency)) {
            return Either.left(Rejection.InvalidInput.of("currency", "currency_mismatch",
                    "cannot add " + other.currency + " to " + currency));
        }
        return canonical(amount.add(other.amount), currency).map(sum -> new Money(sum, currency));
    }

    /**
     * This amount times {@code quantity}.
     *
     * @param quantity the factor
     * @return the product, or what is wrong with it
     */
    public Either<Rejection.InvalidInput, Money> times(int quantity) {
        return canonical(amount.multiply(BigDecimal.valueOf(quantity)), currency)
                .map(product -> new Money(product, currency));
    }

    /** {@return whether the amount is below zero} */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** {@return whether the amount is zero} */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Reads a currency code.
     *
     * @param code an ISO 4217 code
     * @return the currency, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, Currency> currency(String code) {
        if (code == null) {
            return Either.left(Rejection.InvalidInput.of("", "required", "is required"));
        }
        if (!code.matches("[A-Z]{3}")) {
            return Either.left(Rejection.InvalidInput.of("", "not_iso_4217", "must be a three-letter ISO 4217 code"));
        }
        return Try.of(() -> Currency.getInstance(code))
                .toEither(Rejection.InvalidInput.of("", "not_iso_4217", "is not an ISO 4217 currency"));
    }

    private static Either<Rejection.InvalidInput, BigDecimal> decimal(String raw) {
        String trimmed = raw.strip();
        if (trimmed.length() > 40) {
            return Either.left(Rejection.InvalidInput.of("", "too_long", "must be at most 40 characters"));
        }
        // BigDecimal would also accept other scripts' digits and exponents; amounts on the wire are plain.
        if (!trimmed.matches("[+-]?[0-9]+(\\.[0-9]+)?")) {
            return Either.left(Rejection.InvalidInput.of("", "not_a_number", "must be a decimal number"));
        }
        return Either.right(new BigDecimal(trimmed));
    }

    private static Either<Rejection.InvalidInput, BigDecimal> canonical(BigDecimal amount, Currency currency) {
        if (amount.abs().compareTo(MAX_ABSOLUTE) >= 0) {
            return Either.left(Rejection.InvalidInput.of("amount", "out_of_range",
                    "must be less than " + MAX_ABSOLUTE.toPlainString() + " in absolute value"));
        }
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > scale) {
            return Either.left(Rejection.InvalidInput.of("amount", "too_precise",
                    "must have at most " + scale + " decimal places in " + currency.getCurrencyCode()));
        }
        return Either.right(amount.setScale(scale, RoundingMode.UNNECESSARY));
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
