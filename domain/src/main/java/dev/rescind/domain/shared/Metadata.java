package dev.rescind.domain.shared;

import io.vavr.control.Either;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Free-form string pairs a host attaches (ReturnQueen's shipment {@code metadata}): at most
 * {@value #MAX_ENTRIES} entries, keys are tokens of at most {@value #MAX_KEY_LENGTH} characters and values
 * bounded text of at most {@value #MAX_VALUE_LENGTH}. Kept sorted by key so that equal metadata renders equally.
 *
 * @param entries the entries
 */
public record Metadata(Map<String, String> entries) {

    /** The most entries. */
    public static final int MAX_ENTRIES = 50;
    /** The longest key, in characters. */
    public static final int MAX_KEY_LENGTH = 64;
    /** The longest value, in characters. */
    public static final int MAX_VALUE_LENGTH = 500;
    /** No entries. */
    public static final Metadata EMPTY = new Metadata(Map.of());

    /**
     * Checks the entries.
     *
     * @param entries the entries
     * @throws InvalidInputException when there are too many, or a key or a value is invalid
     */
    public Metadata {
        Check.start().required("", entries).orThrow();
        entries = validate(entries).getOrElseThrow(InvalidInputException::new);
    }

    /**
     * Reads metadata, with an error per invalid entry.
     *
     * @param raw the entries as received
     * @return the metadata, or what is wrong with it
     */
    public static Either<Rejection.InvalidInput, Metadata> of(Map<String, String> raw) {
        if (raw == null) {
            return Either.right(EMPTY);
        }
        return validate(raw).map(Metadata::new);
    }

    private static Either<Rejection.InvalidInput, Map<String, String>> validate(Map<String, String> raw) {
        Check check = Check.start().require(raw.size() <= MAX_ENTRIES, "", "too_many_entries",
                "must have at most " + MAX_ENTRIES + " entries");
        TreeMap<String, String> sorted = new TreeMap<>();
        raw.forEach((key, value) -> {
            String validKey = check.field("", Text.token(key, MAX_KEY_LENGTH).mapLeft(error -> error.under("<key>")));
            String validValue = check.field(String.valueOf(key), Text.bounded(value, MAX_VALUE_LENGTH));
            if (validKey != null) {
                // Two raw keys that trim to one would otherwise lose a value, depending on iteration order.
                check.require(!sorted.containsKey(validKey), validKey, "duplicate", "must be unique once trimmed");
            }
            if (validKey != null && validValue != null) {
                sorted.put(validKey, validValue);
            }
        });
        return check.result(() -> Collections.unmodifiableSortedMap(sorted));
    }
}
