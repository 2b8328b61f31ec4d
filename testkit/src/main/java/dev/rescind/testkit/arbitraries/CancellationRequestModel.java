package dev.rescind.testkit.arbitraries;

import static dev.rescind.testkit.arbitraries.Values.optional;

import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.cancellation.CancellationRequestCommandKind;
import dev.rescind.domain.cancellation.CancellationRequestId;
import dev.rescind.domain.cancellation.CancellationRequestStatus;
import dev.rescind.domain.cancellation.CancellationRequestTransitions;
import dev.rescind.domain.cancellation.CancellationTarget;
import dev.rescind.domain.cancellation.Responder;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Decision;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TransitionTable;
import dev.rescind.domain.shared.TransitionTable.Transition;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generation model of a {@link CancellationRequest} on its own. In the library a request only changes
 * through its target's decision; here its table is exercised directly.
 */
public final class CancellationRequestModel implements AggregateModel<CancellationRequest,
        CancellationRequestStatus, CancellationRequestCommandKind, CancellationRequestModel.Answer> {

    /** The model; it holds no state. */
    public static final CancellationRequestModel INSTANCE = new CancellationRequestModel();

    /**
     * An answer with its optional message.
     *
     * @param kind    accept or reject
     * @param message the responder's message, if any
     */
    public record Answer(CancellationRequestCommandKind kind, Option<Message> message) {
    }

    private CancellationRequestModel() {
    }

    @Override
    public AggregateDescriptor<CancellationRequest, ?, ?> descriptor() {
        return CancellationRequest.DESCRIPTOR;
    }

    @Override
    public TransitionTable<CancellationRequest, CancellationRequestStatus, CancellationRequestCommandKind> table() {
        return CancellationRequestTransitions.TABLE;
    }

    @Override
    public CancellationRequestStatus stateOf(CancellationRequest request) {
        return request.status();
    }

    @Override
    public Arbitrary<CancellationRequest> created(Instant now) {
        Arbitrary<CancellationTarget> target = Combinators.combine(
                        Arbitraries.of(AggregateType.RETURN, AggregateType.FULFILLMENT_ORDER), Values.rawIds())
                .as(CancellationTarget::new);
        Arbitrary<Responder> responder = Combinators.combine(
                        Arbitraries.of(ActorKind.FULFILLMENT_SERVICE, ActorKind.CARRIER),
                        optional(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)))
                .as(Responder::new);
        return Combinators.combine(Values.rawIds().map(CancellationRequestId::new), Values.tenants(), target,
                        responder, Values.actors(ActorKind.MERCHANT_SIDE), optional(Values.messages()),
                        Values.answerBy(now))
                .as((id, tenant, aim, answerer, requester, message, answerBy) -> (CancellationRequest)
                        CancellationRequest.open(id, tenant, aim, answerer, requester, message, answerBy, now)
                                .aggregate());
    }

    @Override
    public Option<Arbitrary<Attempt<Answer>>> toward(CancellationRequest request,
            Transition<CancellationRequest, CancellationRequestStatus, CancellationRequestCommandKind> row,
            Instant now) {
        return Option.some(wellFormed(request, row.command(), now));
    }

    @Override
    public Arbitrary<Attempt<Answer>> wellFormed(CancellationRequest request, CancellationRequestCommandKind kind,
            Instant now) {
        Actor actor = kind.permittedActors().contains(ActorKind.SYSTEM) ? DEADLINE_RUNNER : responderOf(request);
        return optional(Values.messages()).map(message -> new Attempt<>(actor, new Answer(kind, message)));
    }

    @Override
    public Arbitrary<Attempt<Answer>> mistakes(CancellationRequest request, Instant now) {
        Arbitrary<Attempt<Answer>> notTheResponder = Combinators.combine(
                        Values.anyActor().filter(actor -> !request.responder().matches(actor)),
                        Arbitraries.of(CancellationRequestCommandKind.ACCEPT, CancellationRequestCommandKind.REJECT),
                        optional(Values.messages()))
                .as((actor, kind, message) -> new Attempt<>(actor, new Answer(kind, message)));
        Arbitrary<Attempt<Answer>> expiredByAnother = Combinators.combine(
                        Values.anyActor().filter(actor -> actor.kind() != ActorKind.SYSTEM),
                        Arbitraries.of(CancellationRequestCommandKind.EXPIRE, CancellationRequestCommandKind.ESCALATE),
                        optional(Values.messages()))
                .as((actor, kind, message) -> new Attempt<>(actor, new Answer(kind, message)));
        return Arbitraries.oneOf(notTheResponder, expiredByAnother);
    }

    @Override
    public CancellationRequestCommandKind kindOf(Answer command) {
        return command.kind();
    }

    @Override
    public Either<Rejection, Decision<CancellationRequest>> decide(CancellationRequest request,
            Attempt<Answer> attempt, World world, Instant now) {
        return request.answer(attempt.actor(), attempt.command().kind(), attempt.command().message(), now)
                .map(change -> new Decision<>((CancellationRequest) change.aggregate(), List.of(change)));
    }

    @Override
    public void checkInvariants(CancellationRequest request, World world) {
        if (request.response().isDefined() == request.isOpen()) {
            throw new AssertionError("an answered request has a response and an open one has none: " + request);
        }
    }

    /** Who expires requests: Rescind's deadline runner. */
    public static final Actor DEADLINE_RUNNER = Actor.system("rescind-deadlines");

    /**
     * The one actor who may answer {@code request}.
     *
     * @param request a cancellation request
     * @return the actor
     */
    public static Actor responderOf(CancellationRequest request) {
        return new Actor(request.responder().kind(), request.responder().id().getOrElse("any"));
    }
}
