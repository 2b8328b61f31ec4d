package dev.rescind.domain.shared;

/**
 * An aggregate's optimistic lock: 1 when created, +1 on every accepted transition. {@link #NONE} is the
 * version of an aggregate that does not exist yet.
 *
 * @param value the version, 0 or more
 */
public record Version(long value) implements Comparable<Version> {

    /** The version of an aggregate that does not exist yet. */
    public static final Version NONE = new Version(0);
    /** The version of a new aggregate. */
    public static final Version FIRST = new Version(1);

    /** Every accepted transition makes the next version; the first ones are made once, like small Integers. */
    private static final Version[] FIRST_VERSIONS = new Version[128];

    static {
        for (int value = 0; value < FIRST_VERSIONS.length; value++) {
            FIRST_VERSIONS[value] = new Version(value);
        }
    }

    /**
     * Checks the version.
     *
     * @param value the version, 0 or more
     * @throws InvalidInputException when it is negative
     */
    public Version {
        if (value < 0) {
            throw new InvalidInputException(Rejection.InvalidInput.of("", "negative", "must not be negative"));
        }
    }

    /** {@return the version after this one} */
    public Version next() {
        long next = Math.addExact(value, 1);
        return next < FIRST_VERSIONS.length ? FIRST_VERSIONS[(int) next] : new Version(next);
    }

    /** {@return the version before this one} */
    public Version previous() {
        return new Version(value - 1);
    }

    @Override
    public int compareTo(Version other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
