package dev.rescind.domain.cancellation;

/**
 * {@code REQUESTED} until the responder answers; {@code ACCEPTED} and {@code REJECTED} are terminal.
 * {@code EXPIRED}, terminal too, is Rescind's extension: the request's answer-by time passed unanswered, and its
 * target went back as after a rejection.
 */
public enum CancellationRequestStatus {
    /** Waiting for the responder's answer. */
    REQUESTED,
    /** The responder accepted; final. */
    ACCEPTED,
    /** The responder rejected; final. */
    REJECTED,
    /** Rescind's extension: unanswered at its answer-by time; final. */
    EXPIRED
}
