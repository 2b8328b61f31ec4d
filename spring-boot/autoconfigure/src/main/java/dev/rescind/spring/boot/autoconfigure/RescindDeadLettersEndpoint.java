package dev.rescind.spring.boot.autoconfigure;

import dev.rescind.application.port.EffectOutbox;
import dev.rescind.application.port.EventLog;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/rescind}: the dead-lettered events and the dead-lettered effects (gateway calls that gave
 * up), each oldest first, with their attempts and last error.
 */
@Endpoint(id = "rescind")
public class RescindDeadLettersEndpoint {

    private final EventLog events;
    private final EffectOutbox effects;
    private final int limit;

    public RescindDeadLettersEndpoint(EventLog events, EffectOutbox effects, int limit) {
        this.events = events;
        this.effects = effects;
        this.limit = limit;
    }

    @ReadOperation
    public DeadLetters deadLetters() {
        return new DeadLetters(events.deadLetters(limit).stream().map(letter -> new DeadLetter(
                letter.event().eventId(), letter.event().aggregateType().toString(), letter.event().aggregateId(),
                letter.event().eventType(), letter.attempts(), letter.lastError(),
                letter.deadLetteredAt().toString())).toList(),
                effects.deadLetters(limit).stream().map(letter -> new DeadEffect(letter.effect().effectId(),
                        letter.effect().effect(), letter.effect().aggregateType().toString(),
                        letter.effect().aggregateId(), letter.attempts(), letter.lastError(),
                        letter.deadLetteredAt().toString())).toList());
    }

    /** The endpoint's answer. */
    public record DeadLetters(List<DeadLetter> deadLetters, List<DeadEffect> effectDeadLetters) {
    }

    /** One dead-lettered event, by id, without its payload. */
    public record DeadLetter(String eventId, String aggregateType, String aggregateId, String eventType,
            int attempts, String lastError, String deadLetteredAt) {
    }

    /** One dead-lettered effect, by id and effect name, without its arguments. */
    public record DeadEffect(String effectId, String effect, String aggregateType, String aggregateId,
            int attempts, String lastError, String deadLetteredAt) {
    }
}
