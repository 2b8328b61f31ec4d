package dev.rescind.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.fulfillment.FulfillmentOrderId;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shipment.ShipmentId;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Bad input, generated: every factory of a shared value answers either a clean value or field errors, and
 * never throws. The generators lean on what breaks text handling: control and format characters, bidi
 * overrides, lone surrogates, Unicode spaces, lengths around each limit, very long strings and null.
 */
class ValueProperties {

    /** One text factory: its name, what it returns as a plain string, its limit and its rules. */
    private record TextFactory(String name, Function<String, Either<Rejection.InvalidInput, String>> parse,
            int maxLength, boolean token, boolean mayBeEmpty) {
    }

    private static final List<TextFactory> TEXT_FACTORIES = List.of(
            new TextFactory("TenantId", raw -> TenantId.of(raw).map(TenantId::value), TenantId.MAX_LENGTH, true, false),
            new TextFactory("Reference", raw -> Reference.of(raw).map(Reference::value), Reference.MAX_LENGTH, true,
                    false),
            new TextFactory("Reason", raw -> Reason.of(raw).map(Reason::value), Reason.MAX_LENGTH, false, false),
            new TextFactory("Message", raw -> Message.of(raw).map(Message::value), Message.MAX_LENGTH, false, false),
            new TextFactory("ShortText", raw -> ShortText.of(raw).map(ShortText::value), ShortText.MAX_LENGTH, false,
                    true),
            new TextFactory("Actor id", raw -> Actor.of(ActorKind.API_KEY, raw).map(Actor::id).mapLeft(ValueProperties::unnest),
                    Actor.MAX_ID_LENGTH, true, false),
            new TextFactory("ShipmentId", raw -> ShipmentId.of(raw).map(ShipmentId::value), AggregateId.MAX_LENGTH,
                    true, false),
            new TextFactory("ReturnId", raw -> ReturnId.of(raw).map(ReturnId::value), AggregateId.MAX_LENGTH, true,
                    false),
            new TextFactory("FulfillmentOrderId", raw -> FulfillmentOrderId.of(raw).map(FulfillmentOrderId::value),
                    AggregateId.MAX_LENGTH, true, false),
            new TextFactory("CancellationRequestId",
                    raw -> CancellationRequestId.of(raw).map(CancellationRequestId::value), AggregateId.MAX_LENGTH,
                    true, false));

    private static final Set<String> IANA_NAMES = ZoneId.getAvailableZoneIds();

    /** The request-facing parse methods: each field name they report, and the value they make as a string. */
    private record RequestParser(String field, Function<String, Either<Rejection, String>> parse,
            Function<String, Either<Rejection.InvalidInput, String>> of) {
    }

    private static final List<RequestParser> REQUEST_PARSERS = List.of(
            new RequestParser("tenant", raw -> TenantId.parse(raw).map(TenantId::value),
                    raw -> TenantId.of(raw).map(TenantId::value)),
            new RequestParser("reference", raw -> Reference.parse(raw).map(Reference::value),
                    raw -> Reference.of(raw).map(Reference::value)),
            new RequestParser("reason", raw -> Reason.parse(raw).map(Reason::value),
                    raw -> Reason.of(raw).map(Reason::value)),
            new RequestParser("message", raw -> Message.parse(raw).map(Message::value),
                    raw -> Message.of(raw).map(Message::value)),
            new RequestParser("actor", raw -> Actor.parse(ActorKind.API_KEY, raw).map(Actor::id),
                    raw -> Actor.of(ActorKind.API_KEY, raw).map(Actor::id)),
            new RequestParser("shipmentId", raw -> ShipmentId.parse(raw).map(ShipmentId::value),
                    raw -> ShipmentId.of(raw).map(ShipmentId::value)),
            new RequestParser("returnId", raw -> ReturnId.parse(raw).map(ReturnId::value),
                    raw -> ReturnId.of(raw).map(ReturnId::value)),
            new RequestParser("fulfillmentOrderId", raw -> FulfillmentOrderId.parse(raw).map(FulfillmentOrderId::value),
                    raw -> FulfillmentOrderId.of(raw).map(FulfillmentOrderId::value)),
            new RequestParser("cancellationRequestId",
                    raw -> CancellationRequestId.parse(raw).map(CancellationRequestId::value),
                    raw -> CancellationRequestId.of(raw).map(CancellationRequestId::value)));

    @Property
    void parsing_a_request_value_never_throws_and_names_its_field_when_rejected(@ForAll("anyText") String raw) {
        for (RequestParser parser : REQUEST_PARSERS) {
            Either<Rejection, String> parsed = parser.parse().apply(raw);
            Either<Rejection.InvalidInput, String> validated = parser.of().apply(raw);
            String context = parser.field() + " of " + escaped(raw);
            if (validated.isRight()) {
                assertThat(parsed.toJavaOptional()).as(context).contains(validated.get());
                continue;
            }
            assertThat(parsed.isLeft()).as("%s: accepted what of() refuses", context).isTrue();
            assertThat(parsed.getLeft()).as(context).isInstanceOfSatisfying(Rejection.InvalidInput.class,
                    invalid -> assertThat(invalid.errors()).extracting(FieldError::path)
                            .allSatisfy(path -> assertThat(path).startsWith(parser.field())));
        }
    }

    @Property
    @StatisticsReport(onFailureOnly = true)
    void every_text_factory_answers_a_clean_value_or_field_errors_and_never_throws(@ForAll("anyText") String raw) {
        for (TextFactory factory : TEXT_FACTORIES) {
            Either<Rejection.InvalidInput, String> result = answer(factory.name(), () -> factory.parse().apply(raw));
            Statistics.label(factory.name()).collect(result.isRight() ? "valid" : "invalid");
            if (result.isLeft()) {
                assertNamesAField(factory.name(), raw, result.getLeft(), Set.of(""));
                continue;
            }
            String value = result.get();
            String context = factory.name() + " of " + escaped(raw) + " gave " + escaped(value);
            assertThat(isTrimmed(value)).as("%s: not trimmed", context).isTrue();
            assertThat(onlySpacesAround(raw, value)).as("%s: changed more than the ends", context).isTrue();
            assertThat(value.codePointCount(0, value.length())).as("%s: too long", context)
                    .isLessThanOrEqualTo(factory.maxLength());
            assertThat(value.isEmpty() && !factory.mayBeEmpty()).as("%s: empty", context).isFalse();
            assertThat(value.codePoints().filter(ValueProperties::isControlOrInvisible).mapToObj(Integer::toHexString)
                    .toList()).as("%s: control or invisible characters", context).isEmpty();
            if (factory.token()) {
                assertThat(value.codePoints().noneMatch(ValueProperties::isSpace)).as("%s: white space", context)
                        .isTrue();
            }
        }
        TEXT_FACTORIES.forEach(factory -> Statistics.label(factory.name()).coverage(coverage -> {
            coverage.check("valid").percentage(percent -> percent > 5);
            coverage.check("invalid").percentage(percent -> percent > 5);
        }));
    }

    @Property
    @StatisticsReport(onFailureOnly = true)
    void money_from_the_wire_is_at_its_currency_scale_or_field_errors_and_never_throws(
            @ForAll("amounts") String amount, @ForAll("currencyCodes") String currencyCode) {
        Either<Rejection.InvalidInput, Money> result = answer("Money", () -> Money.of(amount, currencyCode));
        Statistics.collect(result.isRight() ? "valid" : "invalid");
        if (result.isLeft()) {
            assertNamesAField("Money", amount + " " + currencyCode, result.getLeft(), Set.of("amount", "currency"));
        } else {
            Money money = result.get();
            assertThat(money.currency().getCurrencyCode()).isEqualTo(currencyCode);
            assertThat(money.amount().scale()).isEqualTo(Math.max(money.currency().getDefaultFractionDigits(), 0));
            assertThat(money.amount().abs()).isLessThan(Money.MAX_ABSOLUTE);
            assertThat(money.amount()).isEqualByComparingTo(new BigDecimal(amount.strip()));
        }
        Statistics.coverage(coverage -> {
            coverage.check("valid").percentage(percent -> percent > 10);
            coverage.check("invalid").percentage(percent -> percent > 10);
        });
    }

    @Property
    @StatisticsReport(onFailureOnly = true)
    void money_from_any_decimal_is_at_its_currency_scale_or_field_errors_and_never_throws(
            @ForAll("decimals") BigDecimal amount, @ForAll("currencyCodes") String currencyCode) {
        Either<Rejection.InvalidInput, Money> result = answer("Money", () -> Money.of(amount, currencyCode));
        if (result.isLeft()) {
            assertNamesAField("Money", amount + " " + currencyCode, result.getLeft(), Set.of("amount", "currency"));
        } else {
            assertThat(result.get().amount()).isEqualByComparingTo(amount);
            assertThat(result.get().amount().scale())
                    .isEqualTo(Math.max(result.get().currency().getDefaultFractionDigits(), 0));
        }
    }

    @Property
    @StatisticsReport(onFailureOnly = true)
    void a_parsed_pickup_window_is_ordered_in_an_iana_zone_or_field_errors_and_never_throws(
            @ForAll("timestamps") String start, @ForAll("timestamps") String end, @ForAll("zoneNames") String zone) {
        Either<Rejection.InvalidInput, PickupWindow> result = answer("PickupWindow",
                () -> PickupWindow.parse(start, end, zone));
        Statistics.collect(result.isRight() ? "valid" : "invalid");
        if (result.isLeft()) {
            assertNamesAField("PickupWindow", start + " " + end + " " + zone, result.getLeft(),
                    Set.of("completeAtStart", "completeAtEnd", "timezone"));
        } else {
            PickupWindow window = result.get();
            assertThat(window.completeAtStart()).isBeforeOrEqualTo(window.completeAtEnd());
            assertThat(window.completeAtStart()).isEqualTo(OffsetDateTime.parse(start.strip()).toInstant());
            assertThat(window.timezone().getId()).isEqualTo(zone).isIn(IANA_NAMES);
        }
        Statistics.coverage(coverage -> {
            coverage.check("valid").percentage(percent -> percent > 5);
            coverage.check("invalid").percentage(percent -> percent > 5);
        });
    }

    @Property
    @StatisticsReport(onFailureOnly = true)
    void a_web_address_is_an_absolute_http_url_or_field_errors_and_never_throws(@ForAll("addresses") String raw) {
        Either<Rejection.InvalidInput, WebAddress> result = answer("WebAddress", () -> WebAddress.of(raw));
        Statistics.collect(result.isRight() ? "valid" : "invalid");
        Statistics.coverage(coverage -> {
            coverage.check("valid").percentage(percent -> percent > 5);
            coverage.check("invalid").percentage(percent -> percent > 5);
        });
        if (result.isLeft()) {
            assertNamesAField("WebAddress", raw, result.getLeft(), Set.of(""));
        } else {
            assertThat(result.get().value().getScheme()).isIn("http", "https", "HTTP", "HTTPS", "Http", "Https");
            assertThat(result.get().value().getHost()).isNotNull();
            assertThat(result.get().toString().length()).isLessThanOrEqualTo(WebAddress.MAX_LENGTH);
        }
    }

    @Property
    @StatisticsReport(onFailureOnly = true)
    void metadata_is_sorted_clean_pairs_or_field_errors_and_never_throws(
            @ForAll("metadataMaps") Map<String, String> raw) {
        Either<Rejection.InvalidInput, Metadata> result = answer("Metadata", () -> Metadata.of(raw));
        Statistics.collect(result.isRight() ? "valid" : "invalid");
        Statistics.coverage(coverage -> {
            coverage.check("valid").percentage(percent -> percent > 5);
            coverage.check("invalid").percentage(percent -> percent > 5);
        });
        if (result.isLeft()) {
            assertThat(result.getLeft().errors()).isNotEmpty();
        } else {
            Map<String, String> entries = result.get().entries();
            assertThat(entries).hasSize(raw.size()).hasSizeLessThanOrEqualTo(Metadata.MAX_ENTRIES);
            assertThat(List.copyOf(entries.keySet())).isSorted().allSatisfy(key -> assertThat(isTrimmed(key)).isTrue());
            assertThat(entries.values()).allSatisfy(value -> assertThat(isTrimmed(value)).isTrue());
        }
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> awkward = Arbitraries.strings()
                .withCharRange('a', 'z').withCharRange('0', '9').withChars("-_./:é€ßø尺寸")
                .withChars(" \t\n\r\u000B\f\u0000\u0007\u001B\u007F\u0085\u00A0\u00AD\u1680\u2007\u200B\u200D"
                        + "\u200E\u2028\u2029\u202A\u202E\u202F\u2066\u2069\u3000\uFEFF\u061C\uD83D\uDE00")
                .ofMaxLength(40);
        Arbitrary<String> nearALimit = Arbitraries.of(24, 64, 128, 255, 500, 1000)
                .flatMap(limit -> Arbitraries.integers().between(limit - 1, limit + 1))
                .flatMap(length -> Arbitraries.strings().alpha().numeric().ofLength(length));
        Arbitrary<String> padded = Arbitraries.oneOf(nearALimit, awkward).flatMap(core -> spaces()
                .flatMap(before -> spaces().map(after -> before + core + after)));
        Arbitrary<String> emoji = Arbitraries.integers().between(0x1F300, 0x1FAFF).list().ofMinSize(1).ofMaxSize(130)
                .map(codePoints -> codePoints.stream().map(Character::toString).collect(Collectors.joining()));
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(60)),
                Tuple.of(3, awkward),
                Tuple.of(3, padded),
                Tuple.of(1, emoji),
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(1000).ofMaxLength(5000)))
                .injectNull(0.03);
    }

    @Provide
    Arbitrary<String> amounts() {
        Arbitrary<String> numberLike = Arbitraries.strings().withChars("0123456789.-+eE ").ofMinLength(1).ofMaxLength(45);
        return Arbitraries.frequencyOf(
                Tuple.of(3, everydayDecimals().map(BigDecimal::toPlainString)),
                Tuple.of(1, decimals().map(BigDecimal::toString)),
                Tuple.of(2, numberLike),
                Tuple.of(2, anyText()));
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigDecimal> extreme = Arbitraries.longs().flatMap(unscaled -> Arbitraries.integers()
                .between(-1_000_000, 1_000_000).map(scale -> BigDecimal.valueOf(unscaled, scale)));
        return Arbitraries.frequencyOf(Tuple.of(5, everydayDecimals()), Tuple.of(1, extreme));
    }

    private static Arbitrary<BigDecimal> everydayDecimals() {
        return Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L)
                .flatMap(unscaled -> Arbitraries.integers().between(-3, 6)
                        .map(scale -> BigDecimal.valueOf(unscaled, scale)));
    }

    @Provide
    Arbitrary<String> currencyCodes() {
        List<String> iso = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList();
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(iso)),
                Tuple.of(2, Arbitraries.strings().withCharRange('A', 'Z').ofLength(3)),
                Tuple.of(1, anyText()));
    }

    @Provide
    Arbitrary<String> timestamps() {
        Arbitrary<String> iso = Arbitraries.longs().between(-5_000_000_000L, 5_000_000_000L)
                .flatMap(seconds -> Arbitraries.integers().between(-18 * 3600, 18 * 3600)
                        .map(offset -> OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds),
                                ZoneOffset.ofTotalSeconds(offset / 60 * 60)).toString()));
        return Arbitraries.frequencyOf(Tuple.of(6, iso), Tuple.of(1, anyText()));
    }

    @Provide
    Arbitrary<String> zoneNames() {
        List<String> iana = IANA_NAMES.stream().sorted().toList();
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(iana)),
                Tuple.of(1, Arbitraries.of("+02:00", "-05:00", "Z", "UTC+1", "GMT+02:00", "america/new_york")),
                Tuple.of(1, anyText()));
    }

    @Provide
    Arbitrary<String> addresses() {
        Arbitrary<String> webSchemes = Arbitraries.of("http://", "https://", "HTTPS://");
        Arbitrary<String> otherSchemes = Arbitraries.of("ftp://", "file://", "mailto:", "javascript:", "", "//");
        Arbitrary<String> paths = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                        .withChars("/-._~?=&").ofMaxLength(40)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(40)));
        Arbitrary<String> schemes = Arbitraries.frequencyOf(Tuple.of(2, webSchemes), Tuple.of(1, otherSchemes));
        return Arbitraries.frequencyOf(
                Tuple.of(1, anyText()),
                Tuple.of(3, paths.flatMap(path -> schemes.map(scheme -> scheme + "labels.example.com/" + path))));
    }

    @Provide
    Arbitrary<Map<String, String>> metadataMaps() {
        Arbitrary<String> keys = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).flatMap(key -> spaces()
                        .map(padding -> padding + key))),
                Tuple.of(1, anyText()));
        Arbitrary<String> values = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.strings().alpha().withChars(" .,").ofMinLength(1).ofMaxLength(30)), Tuple.of(1, anyText()));
        return Arbitraries.maps(keys, values).ofMaxSize(60);
    }

    private static Arbitrary<String> spaces() {
        return Arbitraries.strings().withChars(" \t\n\u00A0\u2007\u3000").ofMaxLength(3);
    }

    /** The factory's answer; an exception is a failure that names the factory. */
    private static <T> Either<Rejection.InvalidInput, T> answer(String factory,
            Supplier<Either<Rejection.InvalidInput, T>> call) {
        try {
            Either<Rejection.InvalidInput, T> result = call.get();
            assertThat(result).as("%s answered null", factory).isNotNull();
            return result;
        } catch (RuntimeException thrown) {
            throw new AssertionError(factory + " threw instead of answering", thrown);
        }
    }

    private static void assertNamesAField(String factory, String raw, Rejection.InvalidInput invalid,
            Set<String> paths) {
        assertThat(invalid.errors()).as("%s of %s", factory, escaped(raw)).isNotEmpty()
                .allSatisfy(error -> {
                    assertThat(error.path()).isIn(paths);
                    assertThat(error.code()).matches("[a-z0-9_]+");
                    assertThat(error.message()).isNotBlank();
                });
    }

    /** Actor reports its id's errors at {@code id}; the text rules under test report at the value itself. */
    private static Rejection.InvalidInput unnest(Rejection.InvalidInput invalid) {
        return new Rejection.InvalidInput(invalid.errors().stream()
                .map(error -> new FieldError(error.path().equals("id") ? "" : error.path(), error.code(),
                        error.message()))
                .toList());
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    private static boolean isTrimmed(String value) {
        return value.isEmpty() || !isSpace(value.codePointAt(0)) && !isSpace(value.codePointBefore(value.length()));
    }

    private static boolean onlySpacesAround(String raw, String value) {
        int at = raw.indexOf(value);
        return at >= 0 && raw.substring(0, at).codePoints().allMatch(ValueProperties::isSpace)
                && raw.substring(at + value.length()).codePoints().allMatch(ValueProperties::isSpace);
    }

    /** Written independently of the implementation: C0/C1 controls, bidi controls, lone surrogates, separators. */
    private static boolean isControlOrInvisible(int codePoint) {
        return Character.isISOControl(codePoint)
                || codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
                || codePoint >= 0x202A && codePoint <= 0x202E
                || codePoint >= 0x2066 && codePoint <= 0x2069
                || codePoint == 0x2028 || codePoint == 0x2029 || codePoint == 0xFEFF
                || Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF;
    }

    private static String escaped(String raw) {
        if (raw == null) {
            return "null";
        }
        String shown = raw.length() > 80 ? raw.substring(0, 80) + "…(" + raw.length() + " chars)" : raw;
        return "\"" + shown.codePoints().mapToObj(codePoint -> codePoint >= 0x20 && codePoint < 0x7F
                ? Character.toString(codePoint) : String.format("\\u%04X", codePoint)).collect(Collectors.joining())
                + "\"";
    }
}
