package dev.rescind.domain.cancellation;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Message;
import io.vavr.control.Option;
import java.time.Instant;

/** The responder's answer: who, with what message, when. */
public record Response(Actor respondedBy, Option<Message> message, Instant respondedAt) {

    public Response {
        Check.start()
                .required("respondedBy", respondedBy)
                .required("message", message)
                .required("respondedAt", respondedAt)
                .orThrow();
    }
}
