package dev.rescind.application.port;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The planned effects not yet done: written by {@link UnitOfWork#commit} with the transition that planned
 * them, and worked off by effect runners in any number of processes.
 *
 * <p>As in the {@link EventLog}, every time kept here (leases, due times, dead-lettering) is the store's own
 * clock: the database's for a database. An effect is handed out by a claim to one runner at a time, until its
 * lease runs out; it stays in the outbox until it {@link #succeeded}, or is dead-lettered after its last
 * attempt and then {@link #retryDeadLetter retried} or {@link #discardDeadLetter discarded}. So a crash after
 * the commit delays an effect and never loses it: each effect runs at least once.
 */
public interface EffectOutbox {

    /**
     * Leases those of {@code effectIds} that are neither done, dead-lettered nor held by another runner's live
     * lease to {@code runnerId} for {@code lease}, whether due or not: the first attempt right after the commit.
     *
     * @param runnerId  the runner taking the lease
     * @param effectIds the effects just committed
     * @param lease     how long the lease lasts
     * @return the effects leased
     */
    List<Claimed> claim(String runnerId, List<String> effectIds, Duration lease);

    /**
     * Leases up to {@code limit} due effects that no other runner's live lease holds, oldest first.
     *
     * @param runnerId the runner taking the lease
     * @param limit    the most effects to lease
     * @param lease    how long the lease lasts
     * @return the effects leased
     */
    List<Claimed> claimDue(String runnerId, int limit, Duration lease);

    /**
     * The effect is done and leaves the outbox; nothing happens if {@code runnerId} no longer holds it.
     *
     * @param runnerId the runner holding the lease
     * @param effectId the effect
     */
    void succeeded(String runnerId, String effectId);

    /**
     * Gives back the lease of an effect that was not attempted, so that it is due at once.
     *
     * @param runnerId the runner holding the lease
     * @param effectId the effect
     */
    void release(String runnerId, String effectId);

    /**
     * A failed attempt of the holder: the attempt count goes up, {@code failure}'s error is kept, the lease is
     * given back, and the effect is due again after the pause or dead-lettered.
     *
     * @param runnerId the runner holding the lease
     * @param effectId the effect
     * @param failure  the error, and whether attempts are left
     */
    void recordFailure(String runnerId, String effectId, EventLog.Failure failure);

    /**
     * Effects not yet done, dead letters included.
     *
     * @return the number of effects
     */
    long outstanding();

    /**
     * Up to {@code limit} dead-lettered effects, oldest first.
     *
     * @param limit the most to list
     * @return the dead letters
     */
    List<DeadLetter> deadLetters(int limit);

    /**
     * Makes a dead letter due at once with its attempts back at zero; false if it is not a dead letter.
     *
     * @param effectId the effect
     * @return {@code true} when it was a dead letter
     */
    boolean retryDeadLetter(String effectId);

    /**
     * Gives up on a dead letter: it leaves the outbox and never runs; false if it is not a dead letter.
     *
     * @param effectId the effect
     * @return {@code true} when it was a dead letter
     */
    boolean discardDeadLetter(String effectId);

    /**
     * An effect handed to a runner, and how many attempts failed before.
     *
     * @param effect   the effect
     * @param attempts the attempts that failed before
     */
    record Claimed(PlannedEffect effect, int attempts) {
        /**
         * Checks the effect.
         *
         * @param effect   the effect
         * @param attempts the attempts that failed before
         * @throws NullPointerException when {@code effect} is null
         */
        public Claimed {
            Objects.requireNonNull(effect, "effect");
        }
    }

    /**
     * A dead-lettered effect, its failed attempts, the last error, and when it was set aside.
     *
     * @param effect         the effect
     * @param attempts       its failed attempts
     * @param lastError      the last attempt's error
     * @param deadLetteredAt when it was set aside
     */
    record DeadLetter(PlannedEffect effect, int attempts, String lastError, Instant deadLetteredAt) {
    }
}
