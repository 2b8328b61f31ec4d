package dev.rescind.domain.cancellation;

import static dev.rescind.domain.cancellation.CancellationRequestTransitions.TABLE;

import dev.rescind.domain.cancellation.CancellationRequestEvent.CancellationAccepted;
import dev.rescind.domain.cancellation.CancellationRequestEvent.CancellationEscalated;
import dev.rescind.domain.cancellation.CancellationRequestEvent.CancellationExpired;
import dev.rescind.domain.cancellation.CancellationRequestEvent.CancellationRejected;
import dev.rescind.domain.cancellation.CancellationRequestEvent.CancellationRequested;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Change;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Timestamps;
import dev.rescind.domain.shared.Version;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * A request to cancel something whose answer comes later: Shopify's cancellation request to a fulfillment
 * service, Sendcloud's upstream label cancellation at the carrier.
 *
 * <p>Lifecycle: opened {@code REQUESTED} together with the change to its target; the {@link Responder}
 * alone answers, {@code ACCEPTED} or {@code REJECTED}, and the answer is final. A request never changes on
 * its own: the target's decision opens and answers it, so that both commit in one unit of work and never
 * disagree. At most one request per target is {@code REQUESTED} at a time.
 *
 * <p>A request may carry an answer-by time. Once it passed unanswered, Rescind's deadline runner expires the
 * request ({@code EXPIRED}, Rescind's extension) through its target, which goes back as after a rejection; the
 * response then names the runner and the reason {@value #EXPIRED_REASON_TEXT}.
 *
 * @param id          the request's id
 * @param tenant      the tenant
 * @param version     the version, 1 when opened
 * @param target      the return or fulfillment order to cancel
 * @param responder   who alone may answer
 * @param requestedBy who opened it
 * @param message     the requester's message, if any
 * @param requestedAt when it was opened
 * @param status      {@code REQUESTED}, {@code ACCEPTED}, {@code REJECTED} or {@code EXPIRED}
 * @param response    the answer; present exactly when answered or expired
 * @param updatedAt   when it last changed
 * @param answerBy    when an answer is due, if the request has an answer-by time
 */
public record CancellationRequest(
        CancellationRequestId id,
        TenantId tenant,
        Version version,
        CancellationTarget target,
        Responder responder,
        Actor requestedBy,
        Option<Message> message,
        Instant requestedAt,
        CancellationRequestStatus status,
        Option<Response> response,
        Instant updatedAt,
        Option<Instant> answerBy) implements Aggregate {

    static final String EXPIRED_REASON_TEXT = "expired";

    /** The reason an expired request's response gives. */
    public static final Message EXPIRED_REASON = new Message(EXPIRED_REASON_TEXT);

    /** What the pipeline, the stores and the codec need to know about this aggregate. */
    public static final AggregateDescriptor<CancellationRequest, CancellationRequestId, CancellationRequestStatus>
            DESCRIPTOR = AggregateDescriptor.of(AggregateType.CANCELLATION_REQUEST, CancellationRequest.class,
                    CancellationRequestId::new, CancellationRequestStatus.class, CancellationRequest::status,
                    CancellationRequestEvent.class);

    /**
     * Checks the components and the lifecycle's invariants.
     *
     * @param id          the request's id
     * @param tenant      the tenant
     * @param version     the version, 1 when opened
     * @param target      the return or fulfillment order to cancel
     * @param responder   who alone may answer
     * @param requestedBy who opened it
     * @param message     the requester's message, if any
     * @param requestedAt when it was opened
     * @param status      {@code REQUESTED}, {@code ACCEPTED} or {@code REJECTED}
     * @param response    the answer; present exactly when answered
     * @param updatedAt   when it last changed
     * @param answerBy when an answer is due, if the request has an answer-by time
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null, the response does not
     *         match the status, or a time is before {@code requestedAt}
     */
    public CancellationRequest {
        Check.start()
                .required("id", id)
                .required("tenant", tenant)
                .required("version", version)
                .required("target", target)
                .required("responder", responder)
                .required("requestedBy", requestedBy)
                .required("message", message)
                .required("requestedAt", requestedAt)
                .required("status", status)
                .required("response", response)
                .required("updatedAt", updatedAt)
                .required("answerBy", answerBy)
                .orThrow();
        Check.start()
                .require(version.value() >= 1, "version", "not_created", "must be at least 1")
                .require(response.isDefined() == (status != CancellationRequestStatus.REQUESTED), "response",
                        "inconsistent", "must be present exactly when the request is answered")
                .require(!updatedAt.isBefore(requestedAt), "updatedAt", "before_requested_at",
                        "must not be before requestedAt")
                .require(answerBy.forAll(at -> at.isAfter(requestedAt)), "answerBy", "not_after_requested_at",
                        "must be after requestedAt")
                .require(status != CancellationRequestStatus.EXPIRED || answerBy.isDefined(), "answerBy",
                        "required", "is required once expired")
                .orThrow();
    }

    /**
     * A request without an answer-by time.
     *
     * @param id the request's id
     * @param tenant the tenant
     * @param version the version, 1 when opened
     * @param target the return or fulfillment order to cancel
     * @param responder who alone may answer
     * @param requestedBy who opens it
     * @param message the message, if any
     * @param requestedAt when it was opened
     * @param status the status
     * @param response the answer; present exactly when answered or expired
     * @param updatedAt when it last changed
     */
    public CancellationRequest(CancellationRequestId id, TenantId tenant, Version version, CancellationTarget target,
            Responder responder, Actor requestedBy, Option<Message> message, Instant requestedAt,
            CancellationRequestStatus status, Option<Response> response, Instant updatedAt) {
        this(id, tenant, version, target, responder, requestedBy, message, requestedAt, status, response, updatedAt,
                Option.none());
    }

    /**
     * Opens a request; the caller commits it in the same unit of work as the target's change.
     *
     * @param id          the request's id
     * @param tenant      the tenant
     * @param target      what it asks to cancel
     * @param responder   who alone may answer
     * @param requestedBy who opens it
     * @param message     the requester's message, if any
     * @param now         when it is opened
     * @return the new request, {@code REQUESTED} at version 1, with its event
     */
    public static Change open(CancellationRequestId id, TenantId tenant, CancellationTarget target,
            Responder responder, Actor requestedBy, Option<Message> message, Instant now) {
        return open(id, tenant, target, responder, requestedBy, message, Option.none(), now);
    }

    /**
     * Opens a request that expires unanswered at {@code answerBy}, which the caller has checked is after
     * {@code now} ({@link #checkAnswerBy}).
     *
     * @param id the request's id
     * @param tenant the tenant
     * @param target the return or fulfillment order to cancel
     * @param responder who alone may answer
     * @param requestedBy who opens it
     * @param message the message, if any
     * @param answerBy when an answer is due, if the request has an answer-by time
     * @param now when it is decided
     * @return the new request, {@code REQUESTED} at version 1, with its event
     */
    public static Change open(CancellationRequestId id, TenantId tenant, CancellationTarget target,
            Responder responder, Actor requestedBy, Option<Message> message, Option<Instant> answerBy, Instant now) {
        CancellationRequest opened = new CancellationRequest(id, tenant, Version.FIRST, target, responder,
                requestedBy, message, now, CancellationRequestStatus.REQUESTED, Option.none(), now, answerBy);
        return new Change(opened, new CancellationRequested(target, responder, message), requestedBy, now);
    }

    /**
     * An answer-by time must lie after the moment the request opens; the refusal otherwise.
     *
     * @param answerBy when an answer is due, if the request has an answer-by time
     * @param now when it is decided
     * @return the refusal, if the time is not after {@code now}
     */
    public static Option<Rejection> checkAnswerBy(Option<Instant> answerBy, Instant now) {
        return answerBy.filter(at -> !at.isAfter(now)).map(at -> Rejection.InvalidInput.of("answerBy",
                "not_in_the_future", "must be after the request opens"));
    }

    /**
     * The deadline runner's expiry of an unanswered request: only a {@code SYSTEM} actor gives it, only while
     * the request is open and has an answer-by time. The runner decides when that time passed, by the store's
     * clock; the response records {@code now} and the reason {@link #EXPIRED_REASON}.
     *
     * @param actor who gives it: the deadline runner, a {@code SYSTEM} actor
     * @param now when it is decided
     * @return the expired request with its event, or the rejection
     */
    public Either<Rejection, Change> expire(Actor actor, Instant now) {
        Either<Rejection, CancellationRequestStatus> expiredStatus = pastAnswerBy(actor,
                CancellationRequestCommandKind.EXPIRE);
        if (expiredStatus.isLeft()) {
            return Either.left(expiredStatus.getLeft());
        }
        CancellationRequest expired = new CancellationRequest(id, tenant, version.next(), target, responder,
                requestedBy, message, requestedAt, expiredStatus.get(),
                Option.some(new Response(actor, Option.some(EXPIRED_REASON), now)), Timestamps.notBefore(updatedAt,
                        now), answerBy);
        return Either.right(new Change(expired, new CancellationExpired(answerBy.get()), actor, now));
    }

    /**
     * The responder's answer; anyone else is {@link Rejection.Forbidden}, a second answer is not allowed.
     * {@code EXPIRE} is {@link #expire} and {@code ESCALATE} {@link #escalate}; both ignore the message.
     */
    /**
     * The responder's answer; anyone else is {@link Rejection.Forbidden}, a second answer is not allowed.
     *
     * @param actor           who answers
     * @param answer          {@code ACCEPT} or {@code REJECT}
     * @param responseMessage the responder's message, if any
     * @param now             when it is answered
     * @return the answered request with its event, or the rejection
     */
    public Either<Rejection, Change> answer(Actor actor, CancellationRequestCommandKind answer,
            Option<Message> responseMessage, Instant now) {
        if (answer == CancellationRequestCommandKind.EXPIRE) {
            return expire(actor, now);
        }
        if (answer == CancellationRequestCommandKind.ESCALATE) {
            return escalate(actor, now);
        }
        Either<Rejection, Actor> authorized = answer.authorize(actor);
        if (authorized.isLeft()) {
            return Either.left(authorized.getLeft());
        }
        if (!responder.matches(actor)) {
            return Either.left(new Rejection.Forbidden(actor, "answer a cancellation request",
                    "only the assigned " + responder + " may answer"));
        }
        Either<Rejection, CancellationRequestStatus> answeredStatus = TABLE.target(this, status, answer);
        if (answeredStatus.isLeft()) {
            return Either.left(answeredStatus.getLeft());
        }
        Instant updated = Timestamps.notBefore(updatedAt, now);
        CancellationRequest answered = new CancellationRequest(id, tenant, version.next(), target, responder,
                requestedBy, message, requestedAt, answeredStatus.get(),
                Option.some(new Response(actor, responseMessage, now)), updated, answerBy);
        return Either.right(new Change(answered, switch (answer) {
            case ACCEPT -> new CancellationAccepted(responseMessage);
            case REJECT -> new CancellationRejected(responseMessage);
            case EXPIRE, ESCALATE -> throw new IllegalStateException("the deadline runner's decisions are not answers");
        }, actor, now));
    }

    /**
     * The deadline runner's escalation of an unanswered request, where the host chose it over expiry: an event,
     * and the request stays {@code REQUESTED} for its responder to answer.
     *
     * @param actor who gives it: the deadline runner, a {@code SYSTEM} actor
     * @param now when it is decided
     * @return the request with its escalation event, or the rejection
     */
    public Either<Rejection, Change> escalate(Actor actor, Instant now) {
        return pastAnswerBy(actor, CancellationRequestCommandKind.ESCALATE).map(same -> new Change(
                new CancellationRequest(id, tenant, version.next(), target, responder, requestedBy, message,
                        requestedAt, status, response, Timestamps.notBefore(updatedAt, now), answerBy),
                new CancellationEscalated(answerBy.get()), actor, now));
    }

    /** The status after the deadline runner's {@code kind}, or why it may not give it. */
    private Either<Rejection, CancellationRequestStatus> pastAnswerBy(Actor actor,
            CancellationRequestCommandKind kind) {
        Either<Rejection, Actor> authorized = kind.authorize(actor);
        if (authorized.isLeft()) {
            return Either.left(authorized.getLeft());
        }
        Either<Rejection, CancellationRequestStatus> next = TABLE.target(this, status, kind);
        if (next.isRight() && answerBy.isEmpty()) {
            return Either.left(new Rejection.NotAllowedInState(AggregateType.CANCELLATION_REQUEST, status.name(),
                    kind.label(), "the request has no answer-by time"));
        }
        return next;
    }

    /** {@return whether the request waits for its answer} */
    public boolean isOpen() {
        return status == CancellationRequestStatus.REQUESTED;
    }

    @Override
    public String stateName() {
        return status.name();
    }
}
