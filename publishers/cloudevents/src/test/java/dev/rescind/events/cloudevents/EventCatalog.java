package dev.rescind.events.cloudevents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.Change;
import dev.rescind.events.cloudevents.EventTypes.EventType;
import io.vavr.control.Option;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Renders {@code docs/events.md} from the event records: the CloudEvents attributes, then per aggregate type
 * each event type with its data members (from the record components) and an example, a structured-mode
 * message of an event the domain made from a generated command with a fixed seed. {@link EventCatalogTest}
 * keeps the file in step.
 */
final class EventCatalog {

    static final String WRITE_PROPERTY = "rescind.docs.write";
    static final String REGENERATE_COMMAND = "mvn -B -q verify -pl publishers/cloudevents -am -Dtest=EventCatalogTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE_PROPERTY + "=true";

    private static final long SEED = 20261203L;
    private static final int SAMPLES = 30_000;

    private EventCatalog() {
    }

    static String document() {
        Map<Class<?>, Change> examples = examples();
        StringBuilder text = new StringBuilder();
        text.append("""
                <!--
                  Generated from the event records by dev.rescind.events.cloudevents.EventCatalogTest; do not edit.
                  After changing an event record, regenerate it from the repository root with:
                    %s
                  A plain test run fails while this file differs from what the records generate.
                -->
                # Events

                Every event Rescind commits leaves the outbox as a [CloudEvents 1.0](https://github.com/cloudevents/spec)
                message, written and read by `CloudEventCodec` in `rescind-events-cloudevents`. The format is public
                and versioned: a type name never changes meaning, and data a `v1` consumer cannot read is published
                under `v2`.

                | attribute | value |
                |---|---|
                | `id` | the event id: deduplicate on it (the relay delivers at least once) |
                | `source` | `/rescind/tenants/<tenant>/<aggregate type>`, the tenant percent-encoded |
                | `type` | `dev.rescind.<aggregate type>.<event>.v1`, listed below |
                | `subject` | the aggregate id |
                | `time` | when the event occurred (RFC 3339, UTC) |
                | `datacontenttype` | `application/json` |
                | `sequence` | the aggregate's version after the event, a decimal string: compare as numbers; an aggregate's events have consecutive sequences from 1 |
                | `partitionkey` | `<tenant>/<aggregate id>`: brokers key on it so one aggregate's events keep their order |
                | `correlationid` | the correlation id of the command that caused the event |
                | `idempotencykey` | the command's idempotency key; absent when it had none |
                | `actorkind`, `actorid` | who issued the command (`MERCHANT`, `API_KEY`, `FULFILLMENT_SERVICE`, `CARRIER`, `CUSTOMER`, `SYSTEM`) |
                | `aggregatestate` | the aggregate's state after the event, such as `CANCELLED` or `IN_PROGRESS/ACCEPTED` |
                | `data` | the event's members below, in snake_case; an optional member is absent when empty |

                Content modes: **structured** puts the whole CloudEvent in the body
                (`content-type: application/cloudevents+json`); **binary** puts the attributes in headers and `data` in
                the body (`content-type: application/json`). Binary headers follow each broker's binding: Kafka
                `ce_id`, NATS `ce-id`, RabbitMQ (AMQP) `cloudEvents:id`.
                """.formatted(REGENERATE_COMMAND));
        for (AggregateType aggregateType : AggregateType.values()) {
            text.append("\n## ").append(aggregateType.displayName()).append("\n");
            for (EventType type : EventTypes.all()) {
                if (type.aggregateType() == aggregateType) {
                    section(text, type, examples.get(type.eventClass()));
                }
            }
        }
        return text.toString();
    }

    static Path documentFile() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !(Files.isRegularFile(directory.resolve("pom.xml"))
                && Files.isRegularFile(directory.resolve("domain").resolve("pom.xml")))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("no repository root (pom.xml beside domain/) above "
                    + Path.of("").toAbsolutePath());
        }
        return directory.resolve("docs").resolve("events.md");
    }

    private static void section(StringBuilder text, EventType type, Change example) {
        text.append("\n### `").append(type.name()).append("`\n\n");
        text.append("Record `").append(type.eventClass().getEnclosingClass().getSimpleName()).append('.')
                .append(type.eventClass().getSimpleName()).append("`.\n\n");
        List<String[]> rows = new java.util.ArrayList<>();
        members(type.eventClass(), "", rows);
        if (rows.isEmpty()) {
            text.append("No data members: `data` is `{}`.\n");
        } else {
            text.append("| member | type | |\n|---|---|---|\n");
            rows.forEach(row -> text.append("| `").append(row[0]).append("` | ").append(row[1]).append(" | ")
                    .append(row[2]).append(" |\n"));
        }
        if (example == null) {
            throw new IllegalStateException("no generated example of " + type.name());
        }
        text.append("\n```json\n").append(exampleJson(example)).append("\n```\n");
    }

    private static void members(Class<?> record, String prefix, List<String[]> rows) {
        for (RecordComponent component : record.getRecordComponents()) {
            member(prefix + EventData.memberName(component.getName()), component.getGenericType(), false, rows);
        }
    }

    private static void member(String path, Type declared, boolean optional, List<String[]> rows) {
        Class<?> raw = EventData.rawClass(declared);
        if (raw == Option.class) {
            member(path, EventData.typeArgument(declared, 0), true, rows);
            return;
        }
        String presence = optional ? "optional" : "required";
        if (raw == List.class) {
            Type element = EventData.typeArgument(declared, 0);
            Class<?> elementClass = EventData.rawClass(element);
            if (elementClass.isRecord() && elementClass.getRecordComponents().length > 1) {
                rows.add(new String[] {path, "array of objects", presence});
                members(elementClass, path + "[].", rows);
            } else {
                rows.add(new String[] {path, "array of " + scalar(element), presence});
            }
            return;
        }
        if (raw.isRecord() && raw.getRecordComponents().length > 1) {
            rows.add(new String[] {path, "object", presence});
            members(raw, path + ".", rows);
            return;
        }
        rows.add(new String[] {path, scalar(declared), presence});
    }

    private static String scalar(Type declared) {
        Class<?> raw = EventData.rawClass(declared);
        if (raw.isRecord()) {
            RecordComponent only = raw.getRecordComponents()[0];
            return scalar(only.getGenericType()) + " (" + raw.getSimpleName() + ")";
        }
        if (raw == Map.class) {
            return "object of " + scalar(EventData.typeArgument(declared, 1));
        }
        if (raw.isEnum()) {
            return "one of " + Arrays.stream(raw.getEnumConstants()).map(constant -> "`" + constant + "`")
                    .collect(Collectors.joining(", "));
        }
        Map<Class<?>, String> scalars = new LinkedHashMap<>();
        scalars.put(String.class, "string");
        scalars.put(int.class, "integer");
        scalars.put(long.class, "integer");
        scalars.put(boolean.class, "boolean");
        scalars.put(Integer.class, "integer");
        scalars.put(Long.class, "integer");
        scalars.put(Boolean.class, "boolean");
        scalars.put(Instant.class, "string (RFC 3339 time)");
        scalars.put(BigDecimal.class, "string (decimal)");
        scalars.put(URI.class, "string (URI)");
        scalars.put(ZoneId.class, "string (IANA time zone)");
        scalars.put(Currency.class, "string (ISO 4217 code)");
        String name = scalars.get(raw);
        if (name == null) {
            throw new IllegalStateException("the catalog does not describe " + declared);
        }
        return name;
    }

    /** The first generated change of every event type, from a fixed seed. */
    private static Map<Class<?>, Change> examples() {
        Map<Class<?>, Change> examples = new LinkedHashMap<>();
        var changes = GeneratedEvents.changes().generator(100);
        Random random = new Random(SEED);
        for (int sample = 0; sample < SAMPLES && examples.size() < EventTypes.all().size(); sample++) {
            Change change = changes.next(random).value();
            examples.putIfAbsent(change.event().getClass(), change);
        }
        return examples;
    }

    private static String exampleJson(Change change) {
        EventEnvelope event = GeneratedEvents.envelope(change, "9f0c6a1e-5c1b-4f43-9b8e-2d4c1a7e3b10",
                "req-7d2f", Option.some(new IdempotencyKey("key-3b9a")));
        try {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            return mapper.writeValueAsString(mapper.readTree(new CloudEventCodec().toStructuredJson(event)));
        } catch (IOException impossible) {
            throw new IllegalStateException("the codec writes JSON", impossible);
        }
    }
}
