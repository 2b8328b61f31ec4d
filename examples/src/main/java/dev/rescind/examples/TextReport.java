package dev.rescind.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.application.Applied;
import dev.rescind.application.EffectOutcome;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.TimelineEntry;
import dev.rescind.domain.returns.ExchangeCancellationReport;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Rejection;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Prints a {@link DemoRun} for a person: what was asked, what came back, and what the store now says. */
final class TextReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private final PrintStream out;
    private final Set<String> shownFulfillmentOrder = new HashSet<>();

    TextReport(PrintStream out) {
        this.out = out;
    }

    void print(DemoRun run) {
        out.println("Rescind demo: post-purchase cancellation flows for tenant " + run.shop() + ", stored in "
                + run.store() + ".");
        out.println("Times are UTC on the demo's clock. Commands go through the Java API, or arrive as the seed");
        out.println("APIs' JSON requests, whose answers are shown as each API would send them.");
        int number = 1;
        for (Flow flow : run.flows()) {
            out.println();
            out.println(number++ + ". " + flow.title() + "  [" + flow.source() + "]");
            out.println();
            for (Flow.Step step : flow.steps()) {
                printStep(step);
            }
            for (Map.Entry<String, AggregateType> aggregate : flow.aggregates().entrySet()) {
                String id = aggregate.getKey();
                List<TimelineEntry> timeline = run.timelines().get(id);
                out.println();
                out.println("   Timeline of " + aggregate.getValue().displayName().toLowerCase() + " " + id);
                for (TimelineEntry entry : timeline) {
                    out.printf("     v%-2d %s  %-28s %-34s %s%s%n", entry.version().value(), TIME.format(entry.at()),
                            entry.actor(), entry.event(),
                            (entry.stateBefore().isEmpty() ? "·" : entry.stateBefore()) + " → " + entry.stateAfter(),
                            entry.detail().map(detail -> "   \"" + detail + "\"").getOrElse(""));
                }
            }
        }
        out.println();
        out.println("Published by the outbox relay, in per-aggregate order (" + run.published().size() + " events)");
        for (EventEnvelope event : run.published()) {
            out.printf("   %-22s %-38s v%-2d %s%n", event.aggregateType(), event.aggregateId(), event.version().value(),
                    event.eventType());
        }
        out.println();
        out.println("Calls to the shop's and the carrier's systems, after each commit");
        run.gatewayCalls().forEach(call -> out.println("   " + call));
        out.println();
        out.printf("Summary: %d commands applied, %d refused with a typed answer, %d replayed from an idempotency "
                + "key.%n", run.accepted(), run.refused(), run.replayed());
        out.printf("         %d events committed, %d published by the relay, each once: %s.%n", run.committed(),
                run.published().size(), run.everyEventPublishedOnce() ? "yes" : "NO");
    }

    private void printStep(Flow.Step step) {
        if (step.wire().isDefined()) {
            Flow.Wire wire = step.wire().get();
            out.printf("   %s  %-28s %-50s %s%n", TIME.format(step.at()), step.actor(), step.command(),
                    (step.accepted() ? "→ " : "✗ ") + wire.answer().status() + " " + statusText(wire.answer().status()));
            out.println(" ".repeat(10) + wire.request());
            wire.body().forEach(body -> out.println(" ".repeat(10) + body.strip().replace("\n", "")));
            out.println(indent(JsonReport.pretty(shown(wire.answer().body())), 10));
            return;
        }
        step.answer().get().fold(rejection -> {
            out.printf("   %s  %-28s %-50s %s%n", TIME.format(step.at()), step.actor(), step.command(),
                    refusal(rejection));
            return null;
        }, applied -> {
            out.printf("   %s  %-28s %-50s %s%n", TIME.format(step.at()), step.actor(), step.command(),
                    acceptance(applied));
            applied.effects().forEach(effect -> out.println(" ".repeat(10) + "effect " + effect(effect)));
            return null;
        });
    }

    /**
     * A Shopify fulfillment order runs to fifty lines; after the first, the report shows the fields that
     * changed and says so. The {@code --json} output keeps every body whole.
     */
    private JsonNode shown(JsonNode body) {
        JsonNode order = body.path("fulfillment_order");
        if (!order.isObject() || shownFulfillmentOrder.add(order.path("id").asText())) {
            return body;
        }
        ObjectNode excerpt = JsonNodeFactory.instance.objectNode();
        ObjectNode fields = excerpt.putObject("fulfillment_order");
        for (String field : List.of("id", "updated_at", "request_status", "status", "supported_actions")) {
            fields.set(field, order.get(field));
        }
        fields.put("…", "the other fields as in the first answer above");
        return excerpt;
    }

    private static String statusText(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 202 -> "Accepted";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 422 -> "Unprocessable Entity";
            default -> "";
        };
    }

    private static String indent(String text, int spaces) {
        return text.lines().map(line -> " ".repeat(spaces) + line).reduce((first, second) -> first + "\n" + second)
                .orElse("");
    }

    private static String acceptance(Applied<?> applied) {
        String state = "→ " + applied.aggregate().stateName() + " (v" + applied.aggregate().version() + ")";
        String report = applied.report(ExchangeCancellationReport.class).map(exchange -> exchange.isSkipped()
                ? " skipped: " + exchange.skipReason().get().wireName()
                : " updated: " + exchange.exchangeArticlesUpdated() + " exchange articles now refunds, "
                        + exchange.unevenExchangeArticlesCleared() + " price difference cleared")
                .getOrElse("");
        return state + report + (applied.replayed() ? ", replayed, not applied again" : "");
    }

    private static String refusal(Rejection rejection) {
        return "✗ " + rejection.code() + ": " + rejection.message();
    }

    private static String effect(EffectOutcome outcome) {
        if (outcome.succeeded()) {
            return outcome.effect() + ": done";
        }
        if (!outcome.attempted()) {
            return outcome.effect() + ": not attempted";
        }
        return outcome.effect() + ": " + (outcome.pending() ? "pending, not finished within the effect timeout"
                : "failed (" + outcome.error().get() + ")") + ", reported; the transition stands";
    }
}
