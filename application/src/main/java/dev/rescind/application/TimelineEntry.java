package dev.rescind.application;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Version;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * One line of an aggregate's audit trail: who did what, when, why, and where it left the aggregate.
 *
 * @param detail the reason or message the event carries, if any
 * @param version       the aggregate's version after the event
 * @param event         the event's type
 * @param actor         who caused it
 * @param at            when
 * @param stateBefore   the state before
 * @param stateAfter    the state after
 * @param correlationId the request that caused it
 */
public record TimelineEntry(Version version, String event, Actor actor, Instant at, String stateBefore,
        String stateAfter, Option<String> detail, String correlationId) {
}
