package dev.rescind.application.port;

import java.time.Duration;
import java.util.List;

/**
 * The durable timer store: the deadlines not yet decided, written by {@link UnitOfWork#commit} with the
 * decision that set them, and worked off by deadline runners in any number of processes.
 *
 * <p>Every time compared here is the store's own clock, the database's for a database, never a runner's: a
 * deadline is handed out only once its due time passed by that clock, so a runner whose clock runs ahead
 * fires nothing early. A claim leases a deadline to one runner at a time; a runner that crashes leaves it to
 * be claimed again once the lease ran out, so a deadline is never lost and is decided at least once; the
 * decision itself is idempotent (it checks the aggregate's state under optimistic concurrency), so it takes
 * effect once.
 */
public interface Deadlines {

    /**
     * Leases to {@code runnerId} for {@code lease} up to {@code limit} deadlines that are due by the store's
     * clock and that no other runner's live lease holds, earliest due first.
     *
     * @param runnerId this runner's id, unique among the running runners
     * @param limit the most deadlines claimed
     * @param lease how long a claimed deadline is this runner's alone
     * @return the deadlines claimed, earliest first
     */
    List<Deadline> claimDue(String runnerId, int limit, Duration lease);

    /**
     * The deadline was decided and leaves the store; nothing happens if {@code runnerId} no longer holds it.
     *
     * @param runnerId this runner's id, unique among the running runners
     * @param deadlineId the deadline's id
     */
    void decided(String runnerId, String deadlineId);

    /**
     * Gives back the lease of a deadline not decided this time (it lost a race), so that it is due at once.
     *
     * @param runnerId this runner's id, unique among the running runners
     * @param deadlineId the deadline's id
     */
    void release(String runnerId, String deadlineId);

    /**
     * Deadlines not yet decided, due or not.
     *
     * @return the result
     */
    long pending();
}
