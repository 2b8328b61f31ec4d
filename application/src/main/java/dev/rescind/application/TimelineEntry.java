package dev.rescind.application;

import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.Version;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * One line of an aggregate's audit trail: who did what, when, why, and where it left the aggregate.
 *
 * @param detail the reason or message the event carries, if any
 */
public record TimelineEntry(Version version, String event, Actor actor, Instant at, String stateBefore,
        String stateAfter, Option<String> detail, String correlationId) {
}
