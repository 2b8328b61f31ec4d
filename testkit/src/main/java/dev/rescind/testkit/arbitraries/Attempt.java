package dev.rescind.testkit.arbitraries;

import dev.rescind.domain.shared.Actor;
import java.util.Objects;

/**
 * A command and who issues it.
 *
 * @param <K>     the aggregate's command type
 * @param actor   who issues it
 * @param command the command
 */
public record Attempt<K>(Actor actor, K command) {

    /**
     * Checks that both are present.
     *
     * @param actor   who issues it
     * @param command the command
     * @throws NullPointerException when one is null
     */
    public Attempt {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
    }

    @Override
    public String toString() {
        return actor + " → " + command;
    }
}
