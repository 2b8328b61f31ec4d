package dev.rescind.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * One forbidden character inside otherwise plain text, at any position: tokens (ids, references) and free
 * text refuse it, whatever path the check takes (the fast path of visible ASCII tokens included).
 */
class TextProperties {

    @Property
    void a_token_with_a_control_or_invisible_character_inside_is_refused(@ForAll("plain") String plain,
            @ForAll("forbidden") int codePoint, @ForAll("positions") double at) {
        // Inside: some of these characters are white space, which is trimmed at the ends.
        String token = "a" + insert(plain, codePoint, at) + "z";

        assertRefused(Reference.of(token), token);
        assertRefused(Text.token(token, 1000), token);
    }

    @Property
    void free_text_with_a_control_or_separator_character_inside_is_refused(@ForAll("plain") String plain,
            @ForAll("forbidden") int codePoint, @ForAll("positions") double at) {
        String text = "a " + insert(plain, codePoint, at) + " z";

        assertRefused(Message.of(text), text);
        assertRefused(Text.bounded(text, 1000), text);
    }

    @Property
    void plain_visible_ascii_is_a_token_as_it_is(@ForAll("plain") String plain) {
        assertThat(Text.token(plain, 1000).get()).isEqualTo(plain);
        assertThat(Text.token(plain, plain.length() - 1).isLeft()).isTrue();
    }

    @Property
    void a_token_with_a_space_inside_is_refused_and_an_empty_or_blank_one_too(@ForAll("plain") String plain,
            @ForAll("positions") double at) {
        String token = "a" + insert(plain, ' ', at) + "z";

        assertThat(Text.token(token, 1000).getLeft().errors()).extracting(FieldError::code)
                .containsOnly("whitespace");
        assertThat(Text.token("", 1000).getLeft().errors()).extracting(FieldError::code).containsOnly("blank");
        assertThat(Text.token(" ".repeat(at > 0.5 ? 1 : 3), 1000).isLeft()).isTrue();
        assertThat(Text.token(null, 1000).getLeft().errors()).extracting(FieldError::code)
                .containsOnly("required");
    }

    @Provide
    Arbitrary<String> plain() {
        return Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(30);
    }

    /** DEL, C0 and C1 controls, the line and paragraph separators, bidi controls and format marks. */
    @Provide
    Arbitrary<Integer> forbidden() {
        return Arbitraries.oneOf(Arbitraries.of(0x7F, 0x2028, 0x2029, 0x200E, 0x202E, 0x2066, 0xFEFF, 0x061C),
                Arbitraries.integers().between(0x00, 0x08), Arbitraries.integers().between(0x0E, 0x1F),
                Arbitraries.integers().between(0x80, 0x84), Arbitraries.integers().between(0x86, 0x9F));
    }

    @Provide
    Arbitrary<Double> positions() {
        return Arbitraries.oneOf(Arbitraries.of(0.0, 1.0), Arbitraries.doubles().between(0, 1));
    }

    private static String insert(String plain, int codePoint, double at) {
        int index = (int) Math.round(at * plain.length());
        return plain.substring(0, index) + Character.toString(codePoint) + plain.substring(index);
    }

    private static void assertRefused(Either<Rejection.InvalidInput, ?> parsed, String raw) {
        String shown = raw.codePoints().mapToObj(c -> c < 0x20 || c >= 0x7F ? String.format("\\u%04X", c)
                : Character.toString(c)).reduce("", String::concat);
        assertThat(parsed.isLeft()).as("accepted %s", shown).isTrue();
        assertThat(parsed.getLeft().errors()).extracting(FieldError::code).as(shown)
                .containsOnly("control_character");
    }
}
