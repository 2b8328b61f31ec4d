package dev.rescind.application;

import dev.rescind.application.port.RescindStore;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The read side shared by every aggregate: get by id, list one page, the audit timeline. */
final class Queries {

    private final RescindStore store;

    Queries(RescindStore store) {
        this.store = store;
    }

    static <A extends Aggregate> Either<Rejection, A> found(Option<A> found, AggregateType type, String id) {
        return found.toEither(() -> new Rejection.NotFound(type, id));
    }

    static <A extends Aggregate> Page<A> page(List<A> items, PageRequest request) {
        Option<Cursor> next = items.size() == request.limit() && !items.isEmpty()
                ? Option.some(new Cursor(items.get(items.size() - 1).id().value()))
                : Option.none();
        return new Page<>(items, next);
    }

    /** The audit trail of an aggregate that exists for this tenant; {@code NotFound} otherwise. */
    <A extends Aggregate> Either<Rejection, List<TimelineEntry>> timeline(TenantId tenant, AggregateType type,
            String id, Function<RescindStore, Option<A>> find) {
        return found(find.apply(store), type, id).map(aggregate -> {
            List<TimelineEntry> entries = new ArrayList<>();
            String before = "";
            for (EventEnvelope event : store.events().history(tenant, type, id)) {
                entries.add(new TimelineEntry(event.version(), event.eventType(), event.actor(), event.occurredAt(),
                        before, event.state(), event.event().detail(), event.correlationId()));
                before = event.state();
            }
            return entries;
        });
    }
}
