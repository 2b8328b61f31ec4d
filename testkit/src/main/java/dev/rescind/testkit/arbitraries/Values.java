package dev.rescind.testkit.arbitraries;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.ShortText;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitraries of Rescind's shared values, all valid. */
public final class Values {

    /** Where generated histories start; each step happens a minute after the one before. */
    public static final Instant EPOCH = Instant.parse("2026-01-01T08:00:00Z");

    private Values() {
    }

    /**
     * Opaque ids in the shapes hosts use: UUIDs, numbers, parcelLab's 24 hex characters, free tokens.
     *
     * @return the ids
     */
    public static Arbitrary<String> rawIds() {
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new).map(UUID::toString),
                Arbitraries.longs().between(1, 9_999_999_999L).map(String::valueOf),
                Arbitraries.strings().withChars("0123456789abcdef").ofLength(24),
                Arbitraries.strings().alpha().numeric().withChars("-_").ofMinLength(1).ofMaxLength(32));
    }

    /** {@return valid tenant ids} */
    public static Arbitrary<TenantId> tenants() {
        return Arbitraries.strings().alpha().numeric().withChars("-_.").ofMinLength(1).ofMaxLength(20)
                .map(TenantId::new);
    }

    /** {@return valid references} */
    public static Arbitrary<Reference> references() {
        return Arbitraries.strings().alpha().numeric().withChars("-_:/").ofMinLength(1).ofMaxLength(24)
                .map(Reference::new);
    }

    /**
     * Absent or one of {@code values}, each about half of the time.
     *
     * @param <T>    the values' type
     * @param values the present values
     * @return the options
     */
    public static <T> Arbitrary<Option<T>> optional(Arbitrary<T> values) {
        return Arbitraries.oneOf(Arbitraries.just(Option.<T>none()), values.map(Option::some));
    }

    /**
     * Printable text with spaces and a few non-ASCII letters, as people write it.
     *
     * @param maxLength the most characters
     * @return the texts, 1 to {@code maxLength} characters
     */
    public static Arbitrary<String> prose(int maxLength) {
        return Arbitraries.strings().alpha().numeric().withChars(" .,'!?-éüßøçñ€")
                .ofMinLength(1).ofMaxLength(maxLength)
                .filter(text -> !text.isBlank());
    }

    /** {@return valid reasons} */
    public static Arbitrary<Reason> reasons() {
        return prose(80).map(String::strip).map(Reason::new);
    }

    /** {@return valid messages} */
    public static Arbitrary<Message> messages() {
        return prose(120).map(String::strip).map(Message::new);
    }

    /** {@return valid short texts} */
    public static Arbitrary<ShortText> shortTexts() {
        return Arbitraries.oneOf(Arbitraries.just(new ShortText("")), prose(40).map(ShortText::new));
    }

    /** {@return a few currencies, with 0, 2 and 3 minor digits} */
    public static Arbitrary<Currency> currencies() {
        return Arbitraries.of("EUR", "USD", "GBP", "JPY", "SEK", "KWD").map(Currency::getInstance);
    }

    /**
     * Non-negative amounts in {@code currency}, at its minor-unit scale.
     *
     * @param currency the currency
     * @return the amounts
     */
    public static Arbitrary<Money> money(Currency currency) {
        int scale = currency.getDefaultFractionDigits();
        return Arbitraries.longs().between(0, 5_000_000L)
                .map(minor -> new Money(BigDecimal.valueOf(minor, scale), currency));
    }

    /** {@return non-negative amounts in any of {@link #currencies()}} */
    public static Arbitrary<Money> money() {
        return currencies().flatMap(Values::money);
    }

    /**
     * Any actor of one of {@code kinds}.
     *
     * @param kinds the kinds
     * @return the actors
     */
    public static Arbitrary<Actor> actors(Set<ActorKind> kinds) {
        return Combinators.combine(Arbitraries.of(kinds), Arbitraries.strings().alpha().numeric().ofMinLength(1)
                .ofMaxLength(16)).as(Actor::new);
    }

    /** {@return any actor of any kind} */
    public static Arbitrary<Actor> anyActor() {
        return actors(Set.of(ActorKind.values()));
    }

    /**
     * Whole minutes from one up to {@code max}.
     *
     * @param max the longest duration
     * @return the durations
     */
    public static Arbitrary<Duration> durationsUpTo(Duration max) {
        return Arbitraries.longs().between(1, max.toMinutes()).map(Duration::ofMinutes);
    }

    /**
     * Answer-by times of a cancellation request opened at {@code now}: always one, a minute to 30 days later, so
     * that every open request the models make can expire.
     *
     * @param now when the request opens
     * @return the answer-by times
     */
    public static Arbitrary<Option<Instant>> answerBy(Instant now) {
        return Arbitraries.longs().between(1, Duration.ofDays(30).toMinutes())
                .map(minutes -> Option.some(now.plus(Duration.ofMinutes(minutes))));
    }
}
