package dev.rescind.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.application.EventEnvelope;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.shipment.Shipment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Documents as this release stores them, committed under {@code src/test/resources/documents/}: a later release
 * must still read every one of them, into a value that writes back the same document.
 */
class StoredDocumentsTest {

    private final DocumentCodec codec = new DocumentCodec();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "format-1/shipment.json, dev.rescind.domain.shipment.Shipment",
            "format-1/return.json, dev.rescind.domain.returns.Return",
            "format-1/fulfillment-order.json, dev.rescind.domain.fulfillment.FulfillmentOrder",
            "format-1/cancellation-request.json, dev.rescind.domain.cancellation.CancellationRequest",
            "format-1/shipment-event.json, dev.rescind.application.EventEnvelope",
            "format-1/return-event.json, dev.rescind.application.EventEnvelope",
            "format-1/fulfillment-order-event.json, dev.rescind.application.EventEnvelope",
            "format-1/cancellation-request-event.json, dev.rescind.application.EventEnvelope"})
    void a_stored_document_of_an_earlier_release_reads_back_whole(String fixture, Class<? extends Record> type) {
        ObjectNode stored = codec.readObject(resource(fixture), fixture);

        Record decoded = codec.decodeRecord(stored, type);

        assertThat(decoded).isInstanceOfAny(Shipment.class, Return.class, FulfillmentOrder.class,
                CancellationRequest.class, EventEnvelope.class);
        assertThat(codec.encodeRecord(decoded)).isEqualTo(stored);
    }

    private static String resource(String name) {
        try (InputStream in = StoredDocumentsTest.class.getResourceAsStream("/documents/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource documents/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
