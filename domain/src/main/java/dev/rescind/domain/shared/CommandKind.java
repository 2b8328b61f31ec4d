package dev.rescind.domain.shared;

import io.vavr.control.Either;
import java.util.Locale;
import java.util.Set;

/** The name of a command in a transition table, and who may issue it. Implemented by one enum per aggregate. */
public interface CommandKind {

    /** {@return the constant's name, such as {@code PICK_UP}} */
    String name();

    /**
     * The kinds of actor that may issue this command at all.
     *
     * @return the kinds
     */
    Set<ActorKind> permittedActors();

    /**
     * How people say it: {@code PICK_UP} reads as {@code pick up}.
     *
     * @return the label
     */
    default String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * Whether refusing this command is a 409-style {@link Rejection.NotCancellable} rather than a
     * {@link Rejection.NotAllowedInState}.
     *
     * @return {@code true} for a cancellation
     */
    default boolean isCancellation() {
        return false;
    }

    /**
     * The kind of {@code kinds} named like the command's record ({@code PickUp} is {@code PICK_UP}): how a
     * sealed command interface answers {@link Command#kind()}, so that a record does not restate its kind.
     *
     * @param <K>     the aggregate's command kinds
     * @param kinds   their enum
     * @param command a command of that aggregate
     * @return the kind named like the command's record
     * @throws IllegalStateException when no kind has the record's name
     */
    static <K extends Enum<K> & CommandKind> K named(Class<K> kinds, Command command) {
        return KindNames.of(kinds, command.getClass());
    }

    /**
     * The kind of {@code kinds} a command record of class {@code record} is named after.
     *
     * @param <K>    the aggregate's command kinds
     * @param kinds  their enum
     * @param record a command record of that aggregate
     * @return the kind named like the record
     * @throws IllegalStateException when no kind has the record's name
     */
    static <K extends Enum<K> & CommandKind> K named(Class<K> kinds, Class<? extends Command> record) {
        return KindNames.of(kinds, record);
    }

    /**
     * The actor, if its kind may issue this command; else {@link Rejection.Forbidden}.
     *
     * @param actor who issues the command
     * @return the actor, or {@code Forbidden}
     */
    default Either<Rejection, Actor> authorize(Actor actor) {
        Set<ActorKind> permitted = permittedActors();
        // The label is only words for the refusal; every decision passes here first.
        return permitted.contains(actor.kind()) ? Either.right(actor)
                : Permissions.authorize(actor, permitted, label());
    }
}
