package dev.rescind.adapters.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rescind.domain.shared.FieldError;
import dev.rescind.domain.shared.InvalidInputException;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reading and writing single JSON values the way the seed APIs spell them: ids, timestamps, amounts, texts.
 * Readers report errors at the empty path (the value itself); callers place them under the field. Not part
 * of the API.
 */
public final class JsonValues {

    /** Decimal integers that fit a {@code long}, without leading zeros: the ids an API writes as numbers. */
    private static final Pattern NUMERIC_ID = Pattern.compile("0|[1-9][0-9]{0,17}");

    /** {@code 2025-01-02T11:35:24-05:00}: Shopify's timestamps, whole seconds in the shop's offset. */
    private static final DateTimeFormatter OFFSET_SECONDS = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendOffset("+HH:MM", "+00:00")
            .toFormatter(Locale.ROOT);

    /** {@code 2022-06-07T16:36:49.419457+02:00}: Sendcloud's timestamps, with the fraction they have. */
    private static final DateTimeFormatter OFFSET_FRACTION = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendOffset("+HH:MM", "+00:00")
            .toFormatter(Locale.ROOT);

    private JsonValues() {
    }

    /** An opaque id as a JSON number when it is a decimal integer, else as a string, so nothing is lost. */
    public static JsonNode id(String value) {
        return NUMERIC_ID.matcher(value).matches()
                ? StrictJson.nodes().numberNode(Long.parseLong(value))
                : StrictJson.nodes().textNode(value);
    }

    /** Reads an id written by {@link #id}: an integral number or a string. */
    public static Either<Rejection.InvalidInput, String> id(JsonNode node) {
        if (node.isIntegralNumber()) {
            return Either.right(node.bigIntegerValue().toString());
        }
        if (node.isTextual()) {
            return Either.right(node.textValue());
        }
        return wrongType("a number or a string");
    }

    public static Either<Rejection.InvalidInput, String> text(JsonNode node) {
        return node.isTextual() ? Either.right(node.textValue()) : wrongType("a string");
    }

    public static Either<Rejection.InvalidInput, Boolean> bool(JsonNode node) {
        return node.isBoolean() ? Either.right(node.booleanValue()) : wrongType("a boolean");
    }

    public static Either<Rejection.InvalidInput, Integer> integer(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToInt() ? Either.right(node.intValue())
                : wrongType("an integer");
    }

    public static Either<Rejection.InvalidInput, Long> integralLong(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToLong() ? Either.right(node.longValue())
                : wrongType("an integer");
    }

    /** The most decimal places a wire amount may have: more than any ISO 4217 currency's minor unit. */
    public static final int MAX_DECIMAL_PLACES = 8;

    /**
     * A finite amount below {@link Money#MAX_ABSOLUTE} in absolute value with at most
     * {@value #MAX_DECIMAL_PLACES} decimal places. A tree built elsewhere may hold NaN or an infinity, and a
     * JSON number may carry an exponent such as {@code 1e999999999}: both are invalid input, never an
     * exception, and never a number too long to render.
     */
    public static Either<Rejection.InvalidInput, BigDecimal> decimal(JsonNode node) {
        if (!node.isNumber()) {
            return wrongType("a number");
        }
        if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            return Either.left(Rejection.InvalidInput.of("", StrictJson.NOT_A_NUMBER, "must be a finite number"));
        }
        BigDecimal value = node.decimalValue();
        if (value.abs().compareTo(Money.MAX_ABSOLUTE) >= 0) {
            return Either.left(Rejection.InvalidInput.of("", "out_of_range", "must be less than "
                    + Money.MAX_ABSOLUTE.toPlainString() + " in absolute value"));
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMAL_PLACES) {
            return Either.left(Rejection.InvalidInput.of("", "too_precise", "must have at most "
                    + MAX_DECIMAL_PLACES + " decimal places"));
        }
        return Either.right(value);
    }

    /** An amount as the APIs write it: no trailing zeros ({@code 3.5}), never in exponent notation. */
    public static JsonNode amount(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return StrictJson.nodes().numberNode(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    /** ISO 8601 in UTC with as many fraction digits as needed: {@code 2024-01-15T10:30:00Z}. */
    public static JsonNode utc(Instant instant) {
        return StrictJson.nodes().textNode(DateTimeFormatter.ISO_INSTANT.format(instant));
    }

    /** Whole seconds with the offset {@code zone} has at that instant; the fraction is dropped. */
    public static JsonNode offsetSeconds(Instant instant, ZoneId zone) {
        return StrictJson.nodes().textNode(OFFSET_SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone)));
    }

    /** With the offset {@code zone} has at that instant and the fraction the instant has. */
    public static JsonNode offsetFraction(Instant instant, ZoneId zone) {
        return StrictJson.nodes().textNode(OFFSET_FRACTION.format(instant.atZone(zone)));
    }

    /** Any ISO 8601 timestamp with an offset ({@code Z} or {@code ±hh:mm}). */
    public static Either<Rejection.InvalidInput, Instant> timestamp(JsonNode node) {
        return text(node).flatMap(text -> {
            try {
                return Either.right(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException notIso) {
                return Either.left(Rejection.InvalidInput.of("", "not_iso_8601",
                        "must be an ISO 8601 timestamp with an offset, such as 2024-01-15T10:30:00Z"));
            }
        });
    }

    /** The enum constant whose wire name is the node's text. */
    public static <E extends Enum<E>> Either<Rejection.InvalidInput, E> oneOf(JsonNode node, Class<E> type,
            Function<E, String> wireName) {
        return text(node).flatMap(text -> {
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                if (wireName.apply(constant).equals(text)) {
                    return Either.right(constant);
                }
                names.add(wireName.apply(constant));
            }
            return Either.left(Rejection.InvalidInput.of("", "unknown_value", "must be one of " + names));
        });
    }

    /** Every element read with {@code element}; errors carry their index. */
    public static <T> Either<Rejection.InvalidInput, List<T>> array(JsonNode node,
            Function<JsonNode, Either<Rejection.InvalidInput, T>> element) {
        if (!node.isArray()) {
            return wrongType("an array");
        }
        List<T> values = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int index = 0; index < node.size(); index++) {
            Either<Rejection.InvalidInput, T> read = element.apply(node.get(index));
            if (read.isLeft()) {
                errors.addAll(read.getLeft().under("[" + index + "]").errors());
            } else {
                values.add(read.get());
            }
        }
        return errors.isEmpty() ? Either.right(values) : Either.left(new Rejection.InvalidInput(errors));
    }

    /**
     * Builds a domain value whose canonical constructor validates; its {@link InvalidInputException} becomes
     * the value it carries.
     */
    public static <T> Either<Rejection.InvalidInput, T> construct(Supplier<T> build) {
        try {
            return Either.right(build.get());
        } catch (InvalidInputException invalid) {
            return Either.left(invalid.invalidInput());
        }
    }

    public static <T> Either<Rejection.InvalidInput, T> wrongType(String expected) {
        return Either.left(Rejection.InvalidInput.of("", StrictJson.WRONG_TYPE, "must be " + expected));
    }
}
