package dev.rescind.domain.shared;

/**
 * What can be asked of an existing aggregate: a record of one aggregate's sealed command interface, named in
 * its transition table by its {@link #kind()}.
 */
public interface Command {

    /** {@return the command's row name in its aggregate's transition table} */
    CommandKind kind();
}
