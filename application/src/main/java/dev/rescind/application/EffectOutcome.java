package dev.rescind.application;

import dev.rescind.domain.shared.Check;
import io.vavr.control.Option;

/**
 * What became of one attempt at a planned effect after the commit (parcelLab's
 * {@code shopifyDraftOrder: {attempted, cancelled, error}}): not attempted, succeeded, failed, or pending (the
 * gateway was called and had not answered within the effect timeout, so whether it acted is not known). A
 * failed or pending effect never undoes the transition; it stays in the effect outbox and is retried, and
 * so is one not attempted because no thread was free or the host had not committed yet.
 *
 * @param effect    which effect: {@link #DELETE_DRAFT_ORDER}, {@link #TAG_ORDER}, {@link #CARRIER_CANCELLATION}
 * @param attempted whether the gateway was called before the answer (not when no effect thread was free
 *                  before the timeout, or the host's transaction had not committed yet)
 * @param succeeded whether the gateway reported success in time
 * @param error     why not, when the gateway failed; absent while pending. Never names a Java class.
 */
public record EffectOutcome(String effect, boolean attempted, boolean succeeded, Option<String> error) {

    /** The effect that deletes an exchange's draft order ({@code DraftOrders}). */
    public static final String DELETE_DRAFT_ORDER = "delete_draft_order";
    /** The effect that tags the shop order ({@code OrderTags}). */
    public static final String TAG_ORDER = "tag_order";
    /** The effect that asks the carrier to cancel upstream ({@code CarrierCancellations}). */
    public static final String CARRIER_CANCELLATION = "carrier_cancellation";

    /**
     * Checks the outcome.
     *
     * @param effect    which effect: {@link #DELETE_DRAFT_ORDER}, {@link #TAG_ORDER}, {@link #CARRIER_CANCELLATION}
     * @param attempted whether the gateway was called before the answer (not when no effect thread was free
     *                  before the timeout, or the host's transaction had not committed yet)
     * @param succeeded whether the gateway reported success in time
     * @param error     why not, when the gateway failed; absent while pending. Never names a Java class.
     * @throws dev.rescind.domain.shared.InvalidInputException when {@code effect} or {@code error} is null
     * @throws IllegalArgumentException when it succeeded without being attempted, or has an error although it
     *         succeeded or was not attempted
     */
    public EffectOutcome {
        Check.start().required("effect", effect).required("error", error).orThrow();
        if (succeeded && !attempted || succeeded && error.isDefined() || !attempted && error.isDefined()) {
            throw new IllegalArgumentException("inconsistent effect outcome");
        }
    }

    /**
     * {@return the effect, not attempted}
     *
     * @param effect the effect's name
     */
    public static EffectOutcome notAttempted(String effect) {
        return new EffectOutcome(effect, false, false, Option.none());
    }

    /**
     * {@return the effect, succeeded}
     *
     * @param effect the effect's name
     */
    public static EffectOutcome succeeded(String effect) {
        return new EffectOutcome(effect, true, true, Option.none());
    }

    /**
     * {@return the effect, failed with {@code error}}
     *
     * @param effect the effect's name
     * @param error  why, never naming a Java class
     */
    public static EffectOutcome failed(String effect, String error) {
        return new EffectOutcome(effect, true, false, Option.some(error));
    }

    /**
     * Called, but not finished within the effect timeout: the gateway may still have acted.
     *
     * @param effect the effect's name
     * @return the outcome
     */
    public static EffectOutcome pending(String effect) {
        return new EffectOutcome(effect, true, false, Option.none());
    }

    /**
     * Whether the gateway was called and had not answered when the answer was given.
     *
     * @return {@code true} while pending
     */
    public boolean pending() {
        return attempted && !succeeded && error.isEmpty();
    }
}
