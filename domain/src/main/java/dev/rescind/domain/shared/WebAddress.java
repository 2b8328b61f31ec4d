package dev.rescind.domain.shared;

import io.vavr.control.Either;
import io.vavr.control.Try;
import java.net.URI;
import java.util.Locale;

/**
 * An absolute {@code http} or {@code https} address of at most {@value #MAX_LENGTH} characters, such as a label URL.
 *
 * @param value the address
 */
public record WebAddress(URI value) {

    /** The longest address, in characters. */
    public static final int MAX_LENGTH = 2048;

    /**
     * Checks the address.
     *
     * @throws InvalidInputException when it is null or not an address this type accepts
     *
     * @param value the address
     */
    public WebAddress {
        Check.start().required("", value).orThrow();
        validate(value.toString()).getOrElseThrow(InvalidInputException::new);
    }

    /**
     * Reads an address.
     *
     * @param raw the text as received; null when absent
     * @return the address, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, WebAddress> of(String raw) {
        return validate(raw).map(WebAddress::new);
    }

    private static Either<Rejection.InvalidInput, URI> validate(String raw) {
        Rejection.InvalidInput notAUrl = Rejection.InvalidInput.of("", "not_a_url", "must be an absolute http(s) URL");
        return Text.token(raw, MAX_LENGTH)
                .flatMap(text -> Try.of(() -> new URI(text)).toEither(notAUrl))
                .flatMap(uri -> isWebAddress(uri) ? Either.right(uri) : Either.left(notAUrl));
    }

    private static boolean isWebAddress(URI uri) {
        if (!uri.isAbsolute() || uri.getHost() == null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
