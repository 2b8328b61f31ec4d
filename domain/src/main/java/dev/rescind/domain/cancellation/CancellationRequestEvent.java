package dev.rescind.domain.cancellation;

import dev.rescind.domain.shared.DomainEvent;
import dev.rescind.domain.shared.Message;
import io.vavr.control.Option;
import java.time.Instant;

/** What happened to a cancellation request. */
public sealed interface CancellationRequestEvent extends DomainEvent {

    /**
     * A request was opened.
     *
     * @param target    what it asks to cancel
     * @param responder who alone may answer
     * @param message   the requester's message, if any
     */
    record CancellationRequested(CancellationTarget target, Responder responder, Option<Message> message)
            implements CancellationRequestEvent {
        @Override
        public Option<String> detail() {
            return message.map(Message::value);
        }
    }

    /**
     * The responder accepted.
     *
     * @param message the responder's message, if any
     */
    record CancellationAccepted(Option<Message> message) implements CancellationRequestEvent {
        @Override
        public Option<String> detail() {
            return message.map(Message::value);
        }
    }

    /**
     * The responder rejected.
     *
     * @param message the responder's message, if any
     */
    record CancellationRejected(Option<Message> message) implements CancellationRequestEvent {
        @Override
        public Option<String> detail() {
            return message.map(Message::value);
        }
    }

    /**
     * Rescind's extension: nobody answered by {@code answerBy}, and the host chose escalation over expiry; the
     * request stays open.
     */
    record CancellationEscalated(Instant answerBy) implements CancellationRequestEvent {
    }

    /** Rescind's extension: nobody answered by {@code answerBy}, so the request expired. */
    record CancellationExpired(Instant answerBy) implements CancellationRequestEvent {
        @Override
        public Option<String> detail() {
            return Option.some(CancellationRequest.EXPIRED_REASON.value());
        }
    }
}
