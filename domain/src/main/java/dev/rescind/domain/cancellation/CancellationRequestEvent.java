package dev.rescind.domain.cancellation;

import dev.rescind.domain.shared.DomainEvent;
import dev.rescind.domain.shared.Message;
import io.vavr.control.Option;
import java.time.Instant;

public sealed interface CancellationRequestEvent extends DomainEvent {

    record CancellationRequested(CancellationTarget target, Responder responder, Option<Message> message)
            implements CancellationRequestEvent {
        @Override
        public Option<String> detail() {
            return message.map(Message::value);
        }
    }

    record CancellationAccepted(Option<Message> message) implements CancellationRequestEvent {
        @Override
        public Option<String> detail() {
            return message.map(Message::value);
        }
    }

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
