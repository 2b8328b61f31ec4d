package dev.rescind.events.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rescind.application.EventEnvelope;
import dev.rescind.domain.cancellation.CancellationRequestEvent;
import dev.rescind.domain.fulfillment.FulfillmentOrderEvent;
import dev.rescind.domain.returns.ReturnEvent;
import dev.rescind.domain.shipment.ShipmentEvent;
import dev.rescind.domain.shipment.ShipmentEvent.ShipmentCancelled;
import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every event the domain makes reads back equal from its CloudEvent, in every content mode and binding. */
class CloudEventCodecProperties {

    private final CloudEventCodec codec = new CloudEventCodec();

    @Property(tries = 150)
    void an_event_reads_back_equal_from_its_cloud_event(@ForAll("envelopes") EventEnvelope event) {
        CloudEvent cloudEvent = codec.toCloudEvent(event);

        assertThat(cloudEvent.getId()).isEqualTo(event.eventId());
        assertThat(cloudEvent.getSubject()).isEqualTo(event.aggregateId());
        assertThat(cloudEvent.getType()).isEqualTo(CloudEventCodec.typeName(event.event().getClass()));
        assertThat(cloudEvent.getExtension(CloudEventCodec.SEQUENCE)).isEqualTo(event.version().toString());
        assertThat(codec.fromCloudEvent(cloudEvent).get()).isEqualTo(event);
    }

    @Property(tries = 150)
    void an_event_reads_back_equal_from_structured_json(@ForAll("envelopes") EventEnvelope event) {
        byte[] json = codec.toStructuredJson(event);

        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"specversion\":\"1.0\"")
                .contains("\"data\":{");
        assertThat(codec.fromStructuredJson(json).get()).isEqualTo(event);
    }

    @Property(tries = 150)
    void an_event_reads_back_equal_from_a_broker_message_in_either_mode_and_any_binding(
            @ForAll("envelopes") EventEnvelope event, @ForAll ContentMode mode, @ForAll HeaderBinding binding) {
        BrokerMessage message = codec.toMessage(event, mode, binding);

        if (mode == ContentMode.BINARY) {
            assertThat(message.headers()).containsEntry(binding.prefix() + "id", event.eventId())
                    .containsEntry(binding.contentTypeHeader(), CloudEventCodec.DATA_CONTENT_TYPE);
        } else {
            assertThat(message.headers()).containsOnlyKeys(binding.contentTypeHeader());
        }
        assertThat(codec.fromMessage(message.headers(), message.body(), binding).get()).isEqualTo(event);
    }

    @Property(tries = 50)
    void a_message_without_an_attribute_the_envelope_needs_is_unreadable(@ForAll("envelopes") EventEnvelope event,
            @ForAll("requiredHeaders") String attribute) {
        BrokerMessage message = codec.toMessage(event, ContentMode.BINARY, HeaderBinding.KAFKA);
        Map<String, String> headers = new LinkedHashMap<>(message.headers());
        headers.remove(HeaderBinding.KAFKA.prefix() + attribute);

        assertThat(codec.fromMessage(headers, message.body(), HeaderBinding.KAFKA).getLeft().reason())
                .isNotBlank();
    }

    @Property(tries = 50)
    void data_the_event_type_does_not_fit_is_unreadable(@ForAll("envelopes") EventEnvelope event) {
        BrokerMessage message = codec.toMessage(event, ContentMode.BINARY, HeaderBinding.NATS);
        Map<String, String> headers = new LinkedHashMap<>(message.headers());
        headers.put(HeaderBinding.NATS.prefix() + "type", CloudEventCodec.typeName(ShipmentCancelled.class));
        headers.put(HeaderBinding.NATS.prefix() + "source", "/rescind/tenants/t/shipment");

        var read = codec.fromMessage(headers, "{\"reason\": 7}".getBytes(StandardCharsets.UTF_8),
                HeaderBinding.NATS);

        assertThat(read.getLeft().reason()).contains("data.reason");
    }

    /** Return items gained {@code cancelled_quantity} within v1: an event written without it reads with 0. */
    @Property(tries = 30)
    void a_return_event_written_before_items_had_a_cancelled_quantity_reads_with_none_cancelled(
            @ForAll("returnCreations") EventEnvelope event) {
        String json = new String(codec.toStructuredJson(event), StandardCharsets.UTF_8);
        String older = json.replaceAll(",\"cancelled_quantity\":0", "");

        assertThat(older).isNotEqualTo(json).doesNotContain("cancelled_quantity");
        assertThat(codec.fromStructuredJson(older.getBytes(StandardCharsets.UTF_8)).get()).isEqualTo(event);
    }

    @Provide
    Arbitrary<EventEnvelope> returnCreations() {
        return GeneratedEvents.envelopes().filter(event -> event.event() instanceof ReturnEvent.ReturnCreated);
    }

    @Example
    void text_that_is_not_a_cloud_event_is_unreadable() {
        assertThat(codec.fromStructuredJson("not json".getBytes(StandardCharsets.UTF_8)).isLeft()).isTrue();
        assertThat(codec.fromStructuredJson("""
                {"specversion":"1.0","id":"e-1","source":"/rescind/tenants/t/shipment",
                 "type":"dev.rescind.shipment.teleported.v1","subject":"s-1"}"""
                .getBytes(StandardCharsets.UTF_8)).getLeft().reason())
                .contains("dev.rescind.shipment.teleported.v1");
    }

    @Example
    void type_names_are_versioned_and_name_the_aggregate_and_the_event() {
        assertThat(CloudEventCodec.typeName(ShipmentCancelled.class)).isEqualTo("dev.rescind.shipment.cancelled.v1");
        assertThat(CloudEventCodec.typeName(FulfillmentOrderEvent.CancellationRequestSent.class))
                .isEqualTo("dev.rescind.fulfillment_order.cancellation_request_sent.v1");
        assertThat(CloudEventCodec.typeName(ReturnEvent.ReturnCancellationRequested.class))
                .isEqualTo("dev.rescind.return.cancellation_requested.v1");
        assertThat(CloudEventCodec.typeNames()).allMatch(name -> name.matches("dev\\.rescind\\.[a-z_]+\\.[a-z_]+\\.v1"))
                .doesNotHaveDuplicates();
    }

    /** The generator reaches every event type, so the properties above cover the whole sealed hierarchies. */
    @Example
    void the_generated_events_cover_every_event_type() {
        Set<Class<?>> all = new HashSet<>();
        Stream.of(ShipmentEvent.class, ReturnEvent.class, FulfillmentOrderEvent.class, CancellationRequestEvent.class)
                .forEach(family -> all.addAll(Arrays.asList(family.getPermittedSubclasses())));
        Set<Class<?>> seen = new HashSet<>();
        var changes = GeneratedEvents.changes().generator(100);
        Random random = new Random(20261203L);
        // Stops once every type was seen; the bound only ends a run whose generator misses one.
        for (int sample = 0; sample < 30_000 && seen.size() < all.size(); sample++) {
            seen.add(changes.next(random).value().event().getClass());
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(all);
    }

    @Provide
    Arbitrary<EventEnvelope> envelopes() {
        return GeneratedEvents.envelopes();
    }

    @Provide
    Arbitrary<String> requiredHeaders() {
        return net.jqwik.api.Arbitraries.of("specversion", "id", "source", "type", "subject", "time",
                CloudEventCodec.SEQUENCE, CloudEventCodec.ACTOR_KIND, CloudEventCodec.ACTOR_ID,
                CloudEventCodec.CORRELATION_ID, CloudEventCodec.AGGREGATE_STATE);
    }
}
