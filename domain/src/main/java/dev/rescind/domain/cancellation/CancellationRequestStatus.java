package dev.rescind.domain.cancellation;

/** {@code REQUESTED} until the responder answers; {@code ACCEPTED} and {@code REJECTED} are terminal. */
public enum CancellationRequestStatus {
    REQUESTED,
    ACCEPTED,
    REJECTED
}
