package dev.rescind.domain.cancellation;

/** {@code REQUESTED} until the responder answers; {@code ACCEPTED} and {@code REJECTED} are terminal. */
public enum CancellationRequestStatus {
    /** Waiting for the responder's answer. */
    REQUESTED,
    /** The responder accepted; final. */
    ACCEPTED,
    /** The responder rejected; final. */
    REJECTED
}
