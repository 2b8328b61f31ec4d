package dev.rescind.events.cloudevents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.ActorKind;
import dev.rescind.domain.shared.AggregateType;
import dev.rescind.domain.shared.DomainEvent;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shared.Version;
import dev.rescind.events.cloudevents.EventTypes.EventType;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rescind's events as CloudEvents 1.0, and back. Every attribute is fixed by the envelope:
 *
 * <ul>
 *   <li>{@code id}: the event id, the consumer's deduplication key;</li>
 *   <li>{@code source}: {@code /rescind/tenants/<tenant>/<aggregate type>}, the tenant percent-encoded, such as
 *       {@code /rescind/tenants/shop-1/fulfillment_order};</li>
 *   <li>{@code type}: {@code dev.rescind.<aggregate type>.<event>.v1}, such as
 *       {@code dev.rescind.shipment.cancelled.v1} (docs/events.md lists them all);</li>
 *   <li>{@code subject}: the aggregate id; {@code time}: when the event occurred;
 *       {@code datacontenttype}: {@code application/json};</li>
 *   <li>extensions: {@code sequence} (the aggregate's version after the event, a decimal string: compare as
 *       numbers), {@code partitionkey} ({@code <tenant>/<aggregate id>}, what brokers key on to keep an
 *       aggregate's order), {@code correlationid}, {@code idempotencykey} (absent when the command had none),
 *       {@code actorkind} and {@code actorid} (who caused it), {@code aggregatestate} (the state after it);</li>
 *   <li>{@code data}: the event record as JSON, its members in snake_case.</li>
 * </ul>
 *
 * Reading gives back an equal {@link EventEnvelope}; a message that is not one answers an
 * {@link UnreadableEvent}, never an exception. Instances are immutable and thread-safe.
 */
public final class CloudEventCodec {

    /** The {@code datacontenttype} of every event: its data is JSON. */
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** The content type of a structured-mode message. */
    public static final String STRUCTURED_CONTENT_TYPE = JsonFormat.CONTENT_TYPE;

    static final String SEQUENCE = "sequence";
    static final String PARTITION_KEY = "partitionkey";
    static final String CORRELATION_ID = "correlationid";
    static final String IDEMPOTENCY_KEY = "idempotencykey";
    static final String ACTOR_KIND = "actorkind";
    static final String ACTOR_ID = "actorid";
    static final String AGGREGATE_STATE = "aggregatestate";
    private static final String SOURCE_PREFIX = "/rescind/tenants/";

    private final EventData data = new EventData();
    private final JsonFormat json = new JsonFormat();
    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * The CloudEvent of an event.
     *
     * @param event the event as the outbox holds it
     * @return the CloudEvent
     * @throws IllegalArgumentException when the event is not one of its aggregate type's
     */
    public CloudEvent toCloudEvent(EventEnvelope event) {
        EventType type = EventTypes.of(event.event().getClass());
        if (type.aggregateType() != event.aggregateType()) {
            throw new IllegalArgumentException(event.eventType() + " is not an event of a " + event.aggregateType());
        }
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.eventId())
                .withSource(source(event.tenant(), event.aggregateType()))
                .withType(type.name())
                .withSubject(event.aggregateId())
                .withTime(event.occurredAt().atOffset(ZoneOffset.UTC))
                .withDataContentType(DATA_CONTENT_TYPE)
                .withExtension(SEQUENCE, event.version().toString())
                .withExtension(PARTITION_KEY, partitionKey(event))
                .withExtension(CORRELATION_ID, event.correlationId())
                .withExtension(ACTOR_KIND, event.actor().kind().name())
                .withExtension(ACTOR_ID, event.actor().id())
                .withExtension(AGGREGATE_STATE, event.state())
                .withData(JsonCloudEventData.wrap(data.encode(event.event())));
        event.idempotencyKey().forEach(key -> builder.withExtension(IDEMPOTENCY_KEY, key.value()));
        return builder.build();
    }

    /**
     * The event a CloudEvent carries, or why it is not a Rescind event.
     *
     * @param cloudEvent a CloudEvent a consumer received
     * @return the event, or why it is not one
     */
    public Either<UnreadableEvent, EventEnvelope> fromCloudEvent(CloudEvent cloudEvent) {
        return reading(() -> envelope(cloudEvent));
    }

    /**
     * A structured-mode message: the whole CloudEvent as one JSON object ({@value #STRUCTURED_CONTENT_TYPE}).
     *
     * @param event the event as the outbox holds it
     * @return the JSON bytes
     */
    public byte[] toStructuredJson(EventEnvelope event) {
        return json.serialize(toCloudEvent(event));
    }

    /**
     * Reads a structured-mode message {@link #toStructuredJson} wrote.
     *
     * @param message the message's bytes
     * @return the event, or why it is not one
     */
    public Either<UnreadableEvent, EventEnvelope> fromStructuredJson(byte[] message) {
        return reading(() -> envelope(json.deserialize(message)));
    }

    /**
     * A message for a broker whose messages have headers and a body, in the given content mode: binary puts
     * the attributes in headers named by the binding and the data in the body; structured puts the whole
     * CloudEvent in the body.
     *
     * @param event   the event as the outbox holds it
     * @param mode    binary or structured
     * @param binding how the broker's protocol names the headers
     * @return the headers and body to send
     */
    public BrokerMessage toMessage(EventEnvelope event, ContentMode mode, HeaderBinding binding) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (mode == ContentMode.STRUCTURED) {
            headers.put(binding.contentTypeHeader(), STRUCTURED_CONTENT_TYPE);
            return new BrokerMessage(headers, toStructuredJson(event));
        }
        CloudEvent cloudEvent = toCloudEvent(event);
        for (String name : cloudEvent.getAttributeNames()) {
            Object value = cloudEvent.getAttribute(name);
            if (value != null) {
                headers.put(name.equals("datacontenttype") ? binding.contentTypeHeader() : binding.prefix() + name,
                        attributeText(value));
            }
        }
        for (String name : cloudEvent.getExtensionNames()) {
            headers.put(binding.prefix() + name, attributeText(cloudEvent.getExtension(name)));
        }
        return new BrokerMessage(headers, cloudEvent.getData().toBytes());
    }

    /**
     * Reads a message {@link #toMessage} wrote in either mode: the content type tells which.
     *
     * @param headers the message's headers
     * @param body    the message's body
     * @param binding how the broker's protocol names the headers
     * @return the event, or why it is not one
     */
    public Either<UnreadableEvent, EventEnvelope> fromMessage(Map<String, String> headers, byte[] body,
            HeaderBinding binding) {
        return reading(() -> {
            String contentType = headers.get(binding.contentTypeHeader());
            if (contentType != null && contentType.startsWith(STRUCTURED_CONTENT_TYPE)) {
                return envelope(json.deserialize(body));
            }
            String specVersion = headers.get(binding.prefix() + "specversion");
            if (!SpecVersion.V1.toString().equals(specVersion)) {
                throw new UnreadableEventException("not a CloudEvents 1.0 message: specversion is " + specVersion);
            }
            io.cloudevents.core.v1.CloudEventBuilder builder = new io.cloudevents.core.v1.CloudEventBuilder();
            headers.forEach((name, value) -> {
                if (name.startsWith(binding.prefix()) && !name.equals(binding.prefix() + "specversion")) {
                    builder.withContextAttribute(name.substring(binding.prefix().length()), value);
                }
            });
            if (contentType != null) {
                builder.withDataContentType(contentType);
            }
            return envelope(builder.withData(body).build());
        });
    }

    /**
     * What brokers key messages on so that one aggregate's events keep their order: tenant and aggregate id.
     *
     * @param event an event
     * @return {@code <tenant>/<aggregate id>}
     */
    public static String partitionKey(EventEnvelope event) {
        return event.tenant().value() + "/" + event.aggregateId();
    }

    /**
     * The published type name of an event record, such as {@code dev.rescind.shipment.cancelled.v1}.
     *
     * @param eventClass an event record of the domain
     * @return its type name
     * @throws IllegalArgumentException when the class is not a published event
     */
    public static String typeName(Class<? extends DomainEvent> eventClass) {
        return EventTypes.of(eventClass).name();
    }

    /**
     * The type name without the {@code dev.rescind.} prefix, {@code shipment.cancelled.v1}: a routing key or
     * subject suffix that brokers match by aggregate type ({@code shipment.#}) or by event.
     *
     * @param event an event
     * @return the routing name of its type
     */
    public static String routingName(EventEnvelope event) {
        return typeName(event.event().getClass()).substring(EventTypes.PREFIX.length());
    }

    /**
     * Every published type name, in the order docs/events.md lists them.
     *
     * @return the type names
     */
    public static List<String> typeNames() {
        return EventTypes.all().stream().map(EventType::name).toList();
    }

    private EventEnvelope envelope(CloudEvent cloudEvent) {
        if (cloudEvent.getSpecVersion() != SpecVersion.V1) {
            throw new UnreadableEventException("not a CloudEvents 1.0 event: " + cloudEvent.getSpecVersion());
        }
        EventType type = EventTypes.named(cloudEvent.getType());
        String path = cloudEvent.getSource().getRawPath();
        if (path == null || !path.startsWith(SOURCE_PREFIX)) {
            throw new UnreadableEventException("source " + cloudEvent.getSource() + " is not a Rescind source");
        }
        String[] parts = path.substring(SOURCE_PREFIX.length()).split("/", -1);
        if (parts.length != 2 || EventTypes.aggregateTypeOf(parts[1]) != type.aggregateType()) {
            throw new UnreadableEventException("source " + cloudEvent.getSource() + " does not name the tenant and "
                    + "the aggregate type of " + type.name());
        }
        DomainEvent event = data.decode(dataOf(cloudEvent), type.eventClass());
        return new EventEnvelope(
                cloudEvent.getId(),
                new TenantId(URLDecoder.decode(parts[0], StandardCharsets.UTF_8)),
                type.aggregateType(),
                required(cloudEvent.getSubject(), "subject"),
                new Version(Long.parseLong(extension(cloudEvent, SEQUENCE))),
                event.eventType(),
                event,
                new Actor(ActorKind.valueOf(extension(cloudEvent, ACTOR_KIND)), extension(cloudEvent, ACTOR_ID)),
                required(cloudEvent.getTime(), "time").toInstant(),
                extension(cloudEvent, CORRELATION_ID),
                Option.of(cloudEvent.getExtension(IDEMPOTENCY_KEY)).map(key -> new IdempotencyKey(key.toString())),
                extension(cloudEvent, AGGREGATE_STATE));
    }

    private JsonNode dataOf(CloudEvent cloudEvent) {
        CloudEventData payload = required(cloudEvent.getData(), "data");
        if (payload instanceof JsonCloudEventData node) {
            return node.getNode();
        }
        try {
            return mapper.readTree(payload.toBytes());
        } catch (IOException notJson) {
            throw new UnreadableEventException("data is not JSON: " + notJson.getMessage(), notJson);
        }
    }

    private static URI source(TenantId tenant, AggregateType aggregateType) {
        return URI.create(SOURCE_PREFIX + URLEncoder.encode(tenant.value(), StandardCharsets.UTF_8)
                .replace("+", "%20") + "/" + EventTypes.segment(aggregateType));
    }

    private static String extension(CloudEvent cloudEvent, String name) {
        return required(cloudEvent.getExtension(name), name).toString();
    }

    private static <T> T required(T value, String attribute) {
        if (value == null) {
            throw new UnreadableEventException("attribute " + attribute + " is missing");
        }
        return value;
    }

    private static String attributeText(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant().toString() : value.toString();
    }

    private static Either<UnreadableEvent, EventEnvelope> reading(Supplier<EventEnvelope> read) {
        try {
            return Either.right(read.get());
        } catch (UnreadableEventException unreadable) {
            return Either.left(new UnreadableEvent(unreadable.getMessage()));
        } catch (RuntimeException invalid) {
            // The SDK's parse errors, the domain's validation, a malformed number: all say what the message lacks.
            return Either.left(new UnreadableEvent(invalid.getClass().getSimpleName() + ": " + invalid.getMessage()));
        }
    }
}
