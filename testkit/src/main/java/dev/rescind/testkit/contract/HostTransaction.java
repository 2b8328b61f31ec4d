package dev.rescind.testkit.contract;

import dev.rescind.application.port.AfterCommit;
import dev.rescind.application.port.RescindStore;
import java.util.ArrayList;
import java.util.List;

/**
 * A transaction of the host's own, as a transaction manager keeps one: a store works inside it, and the work
 * registered for after its commit runs once it committed and is dropped when it rolls back. The contracts
 * use it as the {@link AfterCommit} of a {@code Rescind} built for the one transaction.
 */
public abstract class HostTransaction implements AfterCommit, AutoCloseable {

    private final List<Runnable> afterCommit = new ArrayList<>();

    /**
     * The store whose reads and commits join this transaction.
     *
     * @return the store
     */
    public abstract RescindStore store();

    /** Makes the transaction's work durable. */
    protected abstract void commitWork();

    /** Undoes the transaction's work. */
    protected abstract void rollbackWork();

    @Override
    public void register(Runnable action) {
        afterCommit.add(action);
    }

    /** Commits, then runs what was registered for after the commit. */
    public final void commit() {
        commitWork();
        List<Runnable> due = List.copyOf(afterCommit);
        afterCommit.clear();
        due.forEach(Runnable::run);
    }

    /** Rolls back and drops what was registered for after the commit. */
    public final void rollback() {
        afterCommit.clear();
        rollbackWork();
    }

    /** Gives back what the transaction holds; a transaction neither committed nor rolled back is rolled back. */
    @Override
    public abstract void close();
}
