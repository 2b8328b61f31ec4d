package dev.rescind.application.port;

import io.vavr.control.Either;

/**
 * Makes one command's changes durable, all or nothing.
 *
 * <p>A store promises: every write's aggregate is stored only if the stored version is still the write's
 * expected version (and a creation only if the id is new for the tenant); its event is appended to the
 * event log with a unique {@code (tenant, aggregate type, aggregate id, version)}; the idempotency record is
 * stored only if the key is new for the tenant; no target ends with two open cancellation requests. If any
 * of these fails, nothing of the commit is visible to anyone, and the answer names the first conflict. A
 * commit that does not conflict is visible to every later read when this method returns, its planned effects and
 * its deadlines included.
 *
 * <p>Infrastructure failures (a lost connection, a full disk) are thrown as {@link StoreFailure}; the
 * caller cannot tell whether such a commit happened, which is what idempotency keys are for.
 */
public interface UnitOfWork {

    /**
     * Stores {@code commit} atomically, or nothing of it.
     *
     * @param commit the changes
     * @return the stored commit, or the first conflict
     * @throws StoreFailure when the store failed; whether the commit happened is not known
     */
    Either<CommitConflict, Committed> commit(Commit commit);

    /**
     * The stored commit; nothing to read back but the fact.
     *
     * @param writes the number of writes stored
     */
    record Committed(int writes) {
    }
}
