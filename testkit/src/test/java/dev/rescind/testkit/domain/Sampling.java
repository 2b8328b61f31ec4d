package dev.rescind.testkit.domain;

import java.util.Random;
import net.jqwik.api.Arbitrary;

/** Draws values from an arbitrary with the property's own {@link Random}, so that runs stay reproducible. */
final class Sampling {

    private static final int GEN_SIZE = 100;

    private Sampling() {
    }

    static <T> T sample(Arbitrary<T> arbitrary, Random random) {
        return arbitrary.generator(GEN_SIZE).next(random).value();
    }
}
