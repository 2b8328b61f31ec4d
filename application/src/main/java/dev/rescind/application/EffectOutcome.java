package dev.rescind.application;

import dev.rescind.domain.shared.Check;
import io.vavr.control.Option;

/**
 * What became of one best-effort side effect run after a commit (parcelLab's
 * {@code shopifyDraftOrder: {attempted, cancelled, error}}). A failed effect never undoes the transition.
 *
 * @param effect    which effect: {@link #DELETE_DRAFT_ORDER}, {@link #TAG_ORDER}, {@link #CARRIER_CANCELLATION}
 * @param attempted whether the gateway was called at all (not when there was nothing to do, or no gateway)
 * @param succeeded whether the gateway reported success in time
 * @param error     why not, when attempted and not succeeded
 */
public record EffectOutcome(String effect, boolean attempted, boolean succeeded, Option<String> error) {

    public static final String DELETE_DRAFT_ORDER = "delete_draft_order";
    public static final String TAG_ORDER = "tag_order";
    public static final String CARRIER_CANCELLATION = "carrier_cancellation";

    public EffectOutcome {
        Check.start().required("effect", effect).required("error", error).orThrow();
        if (succeeded && !attempted || succeeded && error.isDefined() || !attempted && error.isDefined()) {
            throw new IllegalArgumentException("inconsistent effect outcome");
        }
    }

    public static EffectOutcome notAttempted(String effect) {
        return new EffectOutcome(effect, false, false, Option.none());
    }

    public static EffectOutcome succeeded(String effect) {
        return new EffectOutcome(effect, true, true, Option.none());
    }

    public static EffectOutcome failed(String effect, String error) {
        return new EffectOutcome(effect, true, false, Option.some(error));
    }
}
