package dev.rescind.domain.cancellation;

import dev.rescind.domain.shared.DomainEvent;
import dev.rescind.domain.shared.Message;
import io.vavr.control.Option;

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
}
