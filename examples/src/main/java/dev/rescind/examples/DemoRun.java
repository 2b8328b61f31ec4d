package dev.rescind.examples;

import dev.rescind.application.EventEnvelope;
import dev.rescind.application.TimelineEntry;
import dev.rescind.domain.shared.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the demo shows: the flows with their answers, each touched aggregate's audit timeline, the
 * events the outbox relay published, and the calls made to the (stand-in) gateways.
 */
record DemoRun(String store, TenantId shop, List<Flow> flows, Map<String, List<TimelineEntry>> timelines,
        List<EventEnvelope> published, List<String> gatewayCalls) {

    long accepted() {
        return flows.stream().flatMap(flow -> flow.steps().stream()).filter(Flow.Step::accepted).count();
    }

    long refused() {
        return flows.stream().flatMap(flow -> flow.steps().stream()).filter(step -> !step.accepted()).count();
    }

    /** Every event in the audit timelines: what the store committed for the aggregates the demo touched. */
    long committed() {
        return timelines.values().stream().mapToLong(List::size).sum();
    }

    /** The relay published exactly the committed events, none twice. */
    boolean everyEventPublishedOnce() {
        Set<String> publishedIds = published.stream().map(EventEnvelope::eventId).collect(Collectors.toSet());
        return publishedIds.size() == published.size() && published.size() == committed();
    }

    long replayed() {
        return flows.stream().flatMap(flow -> flow.steps().stream()).filter(Flow.Step::replayed).count();
    }
}
