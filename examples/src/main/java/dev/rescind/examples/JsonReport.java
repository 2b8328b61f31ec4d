package dev.rescind.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.application.Applied;
import dev.rescind.application.EffectOutcome;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.TimelineEntry;
import dev.rescind.domain.shared.Rejection;

/** The whole {@link DemoRun} as one JSON document, for machines: {@code --json}. */
final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {
    }

    static String render(DemoRun run) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("store", run.store());
        root.put("tenant", run.shop().value());
        ArrayNode flows = root.putArray("flows");
        for (Flow flow : run.flows()) {
            ObjectNode node = flows.addObject();
            node.put("title", flow.title());
            node.put("source", flow.source());
            ArrayNode steps = node.putArray("steps");
            flow.steps().forEach(step -> step(steps.addObject(), step));
            ObjectNode timelines = node.putObject("timelines");
            flow.aggregates().forEach((id, type) -> {
                ObjectNode aggregate = timelines.putObject(id);
                aggregate.put("type", type.name());
                ArrayNode events = aggregate.putArray("events");
                run.timelines().get(id).forEach(entry -> timelineEntry(events.addObject(), entry));
            });
        }
        ArrayNode published = root.putArray("published");
        for (EventEnvelope event : run.published()) {
            published.addObject()
                    .put("eventId", event.eventId())
                    .put("aggregateType", event.aggregateType().name())
                    .put("aggregateId", event.aggregateId())
                    .put("version", event.version().value())
                    .put("eventType", event.eventType());
        }
        ArrayNode calls = root.putArray("gatewayCalls");
        run.gatewayCalls().forEach(calls::add);
        root.putObject("summary")
                .put("applied", run.accepted())
                .put("refused", run.refused())
                .put("replayed", run.replayed())
                .put("eventsCommitted", run.committed())
                .put("eventsPublished", run.published().size())
                .put("everyEventPublishedOnce", run.everyEventPublishedOnce());
        return pretty(root);
    }

    static String pretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of plain nodes always writes", impossible);
        }
    }

    private static void step(ObjectNode node, Flow.Step step) {
        node.put("at", step.at().toString());
        node.put("actor", step.actor().toString());
        node.put("command", step.command());
        node.put("accepted", step.accepted());
        step.wire().forEach(wire -> {
            ObjectNode http = node.putObject("http");
            http.put("request", wire.request());
            wire.body().forEach(body -> http.put("requestBody", body));
            http.put("status", wire.answer().status());
            http.set("body", wire.answer().body());
        });
        step.answer().forEach(answer -> answer.fold(rejection -> rejection(node.putObject("rejection"), rejection),
                applied -> applied(node.putObject("applied"), applied)));
    }

    private static ObjectNode rejection(ObjectNode node, Rejection rejection) {
        return node.put("code", rejection.code()).put("message", rejection.message());
    }

    private static ObjectNode applied(ObjectNode node, Applied<?> applied) {
        node.put("state", applied.aggregate().stateName());
        node.put("version", applied.aggregate().version().value());
        node.put("replayed", applied.replayed());
        ArrayNode effects = node.putArray("effects");
        for (EffectOutcome effect : applied.effects()) {
            ObjectNode outcome = effects.addObject()
                    .put("effect", effect.effect())
                    .put("attempted", effect.attempted())
                    .put("succeeded", effect.succeeded())
                    .put("pending", effect.pending());
            effect.error().forEach(error -> outcome.put("error", error));
        }
        return node;
    }

    private static void timelineEntry(ObjectNode node, TimelineEntry entry) {
        node.put("version", entry.version().value())
                .put("event", entry.event())
                .put("actor", entry.actor().toString())
                .put("at", entry.at().toString())
                .put("stateBefore", entry.stateBefore())
                .put("stateAfter", entry.stateAfter());
        entry.detail().forEach(detail -> node.put("detail", detail));
    }

}
