package dev.rescind.application.port;

/**
 * How the transaction that counts tells Rescind it committed. Rescind registers the work that must follow a
 * commit (running planned effects) and the host's transaction manager runs it once that transaction has
 * committed, and never after a rollback. A store that commits on its own uses {@link #IMMEDIATELY}.
 */
@FunctionalInterface
public interface AfterCommit {

    /**
     * Runs {@code action} after the current transaction commits; drops it if that transaction rolls back.
     *
     * @param action what to run
     */
    void register(Runnable action);

    /** For store-managed transactions: Rescind's own commit is the one that counts. */
    AfterCommit IMMEDIATELY = Runnable::run;
}
