package dev.rescind.domain.shared;

import io.vavr.control.Either;
import java.util.function.IntPredicate;

/** Rules shared by every bounded piece of text: trimmed, not blank, limited, no control characters. Errors are reported at the empty path (the text itself). */
public final class Text {

    private Text() {
    }

    /**
     * Bounded text: not blank, at most {@code maxLength} characters.
     *
     * @param raw       the text as received; null when absent
     * @param maxLength the most characters
     * @return the text, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, String> bounded(String raw, int maxLength) {
        if (raw == null) {
            return invalid("required", "is required");
        }
        String trimmed = trim(raw);
        if (trimmed.isEmpty()) {
            return invalid("blank", "must not be blank");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            return invalid("too_long", "must be at most " + maxLength + " characters");
        }
        if (anyCodePoint(trimmed, Text::isForbidden)) {
            return invalid("control_character", "must not contain control characters");
        }
        return Either.right(trimmed);
    }

    /**
     * A token: bounded text without any white space, as ids and external references are.
     *
     * @param raw       the text as received; null when absent
     * @param maxLength the most characters
     * @return the token, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, String> token(String raw, int maxLength) {
        if (raw != null && raw.length() <= maxLength && isVisibleAscii(raw)) {
            return Either.right(raw);
        }
        Either<Rejection.InvalidInput, String> bounded = bounded(raw, maxLength);
        return bounded.isRight() && anyCodePoint(bounded.get(), Text::isSpace)
                ? invalid("whitespace", "must not contain white space")
                : bounded;
    }

    /**
     * Ids and references are nearly always visible ASCII: nothing to trim, not blank, one code point per char,
     * no control character and no space, so such a token passes all of the checks below unchanged.
     */
    private static boolean isVisibleAscii(String text) {
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c <= ' ' || c >= 0x7F) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** Runs for every id and reference constructed; a code point stream would allocate. */
    private static boolean anyCodePoint(String text, IntPredicate test) {
        for (int index = 0; index < text.length(); ) {
            int codePoint = text.codePointAt(index);
            if (test.test(codePoint)) {
                return true;
            }
            index += Character.charCount(codePoint);
        }
        return false;
    }

    /**
     * Strips white space at both ends. Unlike {@link String#strip()} this includes no-break spaces, which
     * would otherwise leave a value that looks blank or padded.
     */
    static String trim(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.codePointAt(start))) {
            start += Character.charCount(raw.codePointAt(start));
        }
        while (end > start && isSpace(raw.codePointBefore(end))) {
            end -= Character.charCount(raw.codePointBefore(end));
        }
        return raw.substring(start, end);
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    /** For canonical constructors, which normalise like the factories do but throw on bad input. */
    static String orThrow(String path, Either<Rejection.InvalidInput, String> parsed) {
        if (parsed.isLeft()) {
            throw new InvalidInputException(parsed.getLeft().under(path));
        }
        return parsed.get();
    }

    /** Control characters, lone surrogates, line separators and invisible format marks such as bidi overrides. */
    private static boolean isForbidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT && codePoint != 0x200D
                || type == Character.SURROGATE || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static <T> Either<Rejection.InvalidInput, T> invalid(String code, String message) {
        return Either.left(Rejection.InvalidInput.of("", code, message));
    }
}
