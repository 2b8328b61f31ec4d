package dev.rescind.testkit.arbitraries;

import dev.rescind.domain.shared.Actor;
import java.util.Objects;

/** A command and who issues it. */
public record Attempt<K>(Actor actor, K command) {

    public Attempt {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
    }

    @Override
    public String toString() {
        return actor + " → " + command;
    }
}
