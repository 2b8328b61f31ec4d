package dev.rescind.domain.cancellation;

/**
 * {@code REQUESTED} until the responder answers; {@code ACCEPTED} and {@code REJECTED} are terminal.
 * {@code EXPIRED}, terminal too, is Rescind's extension: the request's answer-by time passed unanswered, and its
 * target went back as after a rejection.
 */
public enum CancellationRequestStatus {
    REQUESTED,
    ACCEPTED,
    REJECTED,
    EXPIRED
}
