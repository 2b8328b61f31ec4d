package dev.rescind.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.application.Applied;
import dev.rescind.application.EffectOutcome;
import dev.rescind.application.EventEnvelope;
import dev.rescind.application.IdempotencyKey;
import dev.rescind.application.port.IdempotencyRecord;
import dev.rescind.application.port.StoreFailure;
import dev.rescind.domain.cancellation.CancellationRequest;
import dev.rescind.domain.fulfillment.FulfillmentOrder;
import dev.rescind.domain.returns.ExchangeCancellationReport;
import dev.rescind.domain.returns.ExchangeCancellationReport.ExchangeCancellationAction;
import dev.rescind.domain.returns.RefundMethod;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Documents as the first release stored them (format 1, without a {@code @format} member), committed under
 * {@code src/test/resources/documents/}: every later release must still read each of them, into a value that
 * writes back the same document, plus only the members a later release added, each empty (absent data reads
 * as empty). An idempotency record of format 1 and of format 2 (which renamed the answer's report) read
 * alike. A document of a format newer than the release is refused, typed.
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
        ObjectNode written = codec.encodeRecord(decoded);
        assertThat(written.remove(DocumentCodec.FORMAT_TAG)).isEqualTo(IntNode.valueOf(DocumentCodec.FORMAT));
        assertWrittenBack(stored, written, fixture);
    }

    /** Null, false, 0, an empty array, or an object whose members are all empty. */
    private static boolean isEmpty(JsonNode value) {
        if (value.isObject()) {
            for (JsonNode member : value) {
                if (!isEmpty(member)) {
                    return false;
                }
            }
            return true;
        }
        return value.isNull() || value.isArray() && value.isEmpty() || value.isBoolean() && !value.booleanValue()
                || value.isInt() && value.intValue() == 0;
    }

    /**
     * {@code written} holds every member of {@code stored} unchanged, arrays element by element; what it adds
     * is empty.
     */
    private static void assertWrittenBack(JsonNode stored, JsonNode written, String path) {
        if (stored.isArray() && written.isArray()) {
            assertThat(written.size()).as(path + " elements").isEqualTo(stored.size());
            for (int index = 0; index < stored.size(); index++) {
                assertWrittenBack(stored.get(index), written.get(index), path + "[" + index + "]");
            }
            return;
        }
        if (!stored.isObject() || !written.isObject()) {
            assertThat(written).as(path).isEqualTo(stored);
            return;
        }
        stored.fieldNames().forEachRemaining(name -> {
            assertThat(written.has(name)).as(path + "." + name + " is written back").isTrue();
            assertWrittenBack(stored.get(name), written.get(name), path + "." + name);
        });
        written.fieldNames().forEachRemaining(name -> {
            if (!stored.has(name)) {
                JsonNode added = written.get(name);
                assertThat(isEmpty(added))
                        .as(path + "." + name + " is a member a later release added, so it reads as empty: " + added)
                        .isTrue();
            }
        });
    }

    @Test
    void a_document_of_a_format_this_release_does_not_know_is_refused_with_its_format() {
        ObjectNode future = codec.readObject(resource("format-1/shipment.json"), "fixture");
        future.put(DocumentCodec.FORMAT_TAG, DocumentCodec.FORMAT + 1);

        assertThatThrownBy(() -> codec.readObject(codec.write(future), "rescind_shipments"))
                .isInstanceOfSatisfying(UnsupportedDocumentFormat.class, refused -> {
                    assertThat(refused.format()).isEqualTo(DocumentCodec.FORMAT + 1);
                    assertThat(refused.newestKnown()).isEqualTo(DocumentCodec.FORMAT);
                })
                .hasMessageContaining("rescind_shipments holds a document of format " + (DocumentCodec.FORMAT + 1));
    }

    @Test
    void a_format_that_is_not_a_positive_number_is_an_unreadable_document() {
        ObjectNode odd = codec.readObject(resource("format-1/shipment.json"), "fixture");
        odd.put(DocumentCodec.FORMAT_TAG, "1");

        assertThatThrownBy(() -> codec.readObject(codec.write(odd), "rescind_shipments"))
                .isInstanceOf(DocumentCodec.DocumentException.class).hasMessageContaining("not a format");
    }

    @Test
    void the_store_answers_a_row_a_newer_release_wrote_with_a_typed_store_failure() throws SQLException {
        DatabaseFixture database = H2Fixture.shared();
        ObjectNode future = codec.readObject(resource("format-1/shipment.json"), "fixture");
        TenantId tenant = new TenantId(future.remove("tenant").textValue());
        ShipmentId id = new ShipmentId(future.remove("id").textValue() + "-" + DatabaseFixture.isolatedName());
        future.remove("version");
        String status = future.remove("status").textValue();
        future.put(DocumentCodec.FORMAT_TAG, DocumentCodec.FORMAT + 1);
        OffsetDateTime at = OffsetDateTime.parse(future.get("updatedAt").textValue());
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO rescind_shipments (tenant_id, id, version, status, created_at, updated_at, document)
                        VALUES (?, ?, 3, ?, ?, ?, ?)""")) {
            insert.setString(1, tenant.value());
            insert.setString(2, id.value());
            insert.setString(3, status);
            insert.setObject(4, at);
            insert.setObject(5, at);
            insert.setString(6, codec.write(future));
            insert.executeUpdate();
        }

        assertThatThrownBy(() -> database.store().shipments().find(tenant, id))
                .isInstanceOf(StoreFailure.class).isInstanceOf(UnsupportedDocumentFormat.class)
                .hasMessageContaining("format " + (DocumentCodec.FORMAT + 1));
    }

    /**
     * Format 1 kept parcelLab's report as the answer's {@code exchangeReport}; it reads as the command's report
     * and is written back as format 2 writes it, which the format-2 fixture pins.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"format-1/idempotency-record.json", "format-2/idempotency-record.json"})
    void an_idempotent_answer_keeps_parcel_labs_report_as_the_commands_report(String fixture) throws SQLException {
        DatabaseFixture database = H2Fixture.shared();
        TenantId tenant = new TenantId("tenant-" + DatabaseFixture.isolatedName());
        IdempotencyKey key = new IdempotencyKey("key-1");
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO rescind_idempotency_records
                            (tenant_id, idempotency_key, fingerprint, created_at, document)
                        VALUES (?, ?, 'fingerprint-1', ?, ?)""")) {
            insert.setString(1, tenant.value());
            insert.setString(2, key.value());
            insert.setObject(3, OffsetDateTime.parse("2026-01-01T08:00:00Z"));
            insert.setString(4, resource(fixture));
            insert.executeUpdate();
        }

        IdempotencyRecord found = database.store().idempotency().find(tenant, key).get();
        Applied<?> answer = found.answer();

        assertThat(answer.report(ExchangeCancellationReport.class)).containsExactly(new ExchangeCancellationReport(
                ExchangeCancellationAction.UPDATED, Option.none(), 1, 2, Option.some(RefundMethod.ORIGINAL_PAYMENT_METHOD),
                true, Option.some(new Reference("draft-1")), 1));
        assertThat(answer.aggregate().id()).isEqualTo(new ReturnId("return-1"));
        assertThat(answer.events()).extracting(EventEnvelope::eventType).containsExactly("ExchangeCancelled");
        assertThat(answer.effect(EffectOutcome.DELETE_DRAFT_ORDER).succeeded()).isTrue();
        assertThat(codec.read(codec.writeRecord(found, List.of("tenant", "key", "fingerprint"))))
                .isEqualTo(codec.read(resource("format-2/idempotency-record.json")));
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
