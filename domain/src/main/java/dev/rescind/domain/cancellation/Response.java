package dev.rescind.domain.cancellation;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.Message;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * The responder's answer: who, with what message, when.
 *
 * @param respondedBy who answered
 * @param message     the responder's message, if any
 * @param respondedAt when
 */
public record Response(Actor respondedBy, Option<Message> message, Instant respondedAt) {

    /**
     * Checks that no component is null.
     *
     * @param respondedBy who answered
     * @param message     the responder's message, if any
     * @param respondedAt when
     * @throws dev.rescind.domain.shared.InvalidInputException when a component is null
     */
    public Response {
        Check.start()
                .required("respondedBy", respondedBy)
                .required("message", message)
                .required("respondedAt", respondedAt)
                .orThrow();
    }
}
