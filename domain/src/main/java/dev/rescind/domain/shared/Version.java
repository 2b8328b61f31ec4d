package dev.rescind.domain.shared;

/**
 * An aggregate's optimistic lock: 1 when created, +1 on every accepted transition. {@link #NONE} is the
 * version of an aggregate that does not exist yet.
 */
public record Version(long value) implements Comparable<Version> {

    public static final Version NONE = new Version(0);
    public static final Version FIRST = new Version(1);

    /** Every accepted transition makes the next version; the first ones are made once, like small Integers. */
    private static final Version[] FIRST_VERSIONS = new Version[128];

    static {
        for (int value = 0; value < FIRST_VERSIONS.length; value++) {
            FIRST_VERSIONS[value] = new Version(value);
        }
    }

    public Version {
        if (value < 0) {
            throw new InvalidInputException(Rejection.InvalidInput.of("", "negative", "must not be negative"));
        }
    }

    public Version next() {
        long next = Math.addExact(value, 1);
        return next < FIRST_VERSIONS.length ? FIRST_VERSIONS[(int) next] : new Version(next);
    }

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
