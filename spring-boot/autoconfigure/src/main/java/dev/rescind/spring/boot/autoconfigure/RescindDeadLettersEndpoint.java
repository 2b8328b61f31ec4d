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

    /**
     * The endpoint over the outbox and the effect outbox.
     *
     * @param events  the outbox of events
     * @param effects the outbox of effects
     * @param limit   how many of each the endpoint lists at most
     */
    public RescindDeadLettersEndpoint(EventLog events, EffectOutbox effects, int limit) {
        this.events = events;
        this.effects = effects;
        this.limit = limit;
    }

    /** {@return the dead-lettered events and effects, oldest first, at most the limit of each} */
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

    /**
     * The endpoint's answer.
     *
     * @param deadLetters       the dead-lettered events
     * @param effectDeadLetters the dead-lettered effects
     */
    public record DeadLetters(List<DeadLetter> deadLetters, List<DeadEffect> effectDeadLetters) {
    }

    /**
     * One dead-lettered event, by id, without its payload.
     *
     * @param eventId        the event's id
     * @param aggregateType  the type of the aggregate it belongs to
     * @param aggregateId    the aggregate's id
     * @param eventType      the event's type
     * @param attempts       the failed attempts to publish it
     * @param lastError      the last attempt's error
     * @param deadLetteredAt when it was dead-lettered, ISO 8601
     */
    public record DeadLetter(String eventId, String aggregateType, String aggregateId, String eventType,
            int attempts, String lastError, String deadLetteredAt) {
    }

    /**
     * One dead-lettered effect, by id and effect name, without its arguments.
     *
     * @param effectId       the effect's id
     * @param effect         the effect's name
     * @param aggregateType  the type of the aggregate whose command planned it
     * @param aggregateId    that aggregate's id
     * @param attempts       the failed attempts
     * @param lastError      the last attempt's error
     * @param deadLetteredAt when it was dead-lettered, ISO 8601
     */
    public record DeadEffect(String effectId, String effect, String aggregateType, String aggregateId,
            int attempts, String lastError, String deadLetteredAt) {
    }
}
