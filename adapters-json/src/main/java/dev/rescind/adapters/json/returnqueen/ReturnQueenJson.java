package dev.rescind.adapters.json.returnqueen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.adapters.json.internal.JsonObjectReader;
import dev.rescind.adapters.json.internal.JsonValues;
import dev.rescind.adapters.json.internal.RejectionCases;
import dev.rescind.adapters.json.internal.StrictJson;
import dev.rescind.domain.shared.FieldError;
import dev.rescind.domain.shared.Metadata;
import dev.rescind.domain.shared.PickupWindow;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.WebAddress;
import dev.rescind.domain.shared.Zones;
import dev.rescind.domain.shipment.Shipment;
import dev.rescind.domain.shipment.ShipmentId;
import dev.rescind.domain.shipment.ShipmentStatus;
import dev.rescind.domain.shipment.ShipmentType;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ReturnQueen's shipment API (seed 002) on the wire: the shipment object with every documented response
 * field, the {@code DELETE /api/shipments/{id}} request, and its error answers.
 *
 * <p>Timestamps are ISO 8601 in UTC ({@code 2024-01-15T10:30:00Z}); {@code status} and {@code shipment_type}
 * are lower case; ids are strings. Optional fields are rendered as {@code null}, {@code metadata} as an
 * object of strings. Stateless and thread-safe.
 */
public final class ReturnQueenJson {

    /** What ReturnQueen records as {@code cancelled_reason} when a partner cancels through the API. */
    public static final String API_CANCELLATION_REASON = "Partner requested cancellation via API";

    private ReturnQueenJson() {
    }

    /**
     * {@code 200} with the shipment.
     *
     * @param shipment the shipment as stored
     * @return the answer to send
     */
    public static HttpAnswer shipmentAnswer(Shipment shipment) {
        return new HttpAnswer(200, render(ReturnQueenShipment.of(shipment)));
    }

    /**
     * The shipment object with every documented response field, {@code null} for an absent optional one.
     *
     * @param shipment what ReturnQueen shows of a shipment
     * @return the JSON object
     */
    public static ObjectNode render(ReturnQueenShipment shipment) {
        ObjectNode json = StrictJson.object();
        json.put("id", shipment.id().value());
        json.put("order_number", shipment.orderNumber().value());
        json.put("status", shipment.status().wireName());
        json.set("cancelled_at", shipment.cancelledAt().map(JsonValues::utc).getOrElse(NullNode.instance));
        json.put("cancelled_by_id", shipment.cancelledById().map(Reference::value).getOrNull());
        json.put("cancelled_reason", shipment.cancelledReason().map(Reason::value).getOrNull());
        json.put("shipment_type", shipment.shipmentType().wireName());
        json.set("shipment_date", JsonValues.utc(shipment.shipmentDate()));
        json.set("complete_at_start", shipment.pickupWindow().map(window -> JsonValues.utc(window.completeAtStart()))
                .getOrElse(NullNode.instance));
        json.set("complete_at_end", shipment.pickupWindow().map(window -> JsonValues.utc(window.completeAtEnd()))
                .getOrElse(NullNode.instance));
        json.put("carrier_id", shipment.carrierId().map(Reference::value).getOrNull());
        json.put("carrier_service_level_id", shipment.carrierServiceLevelId().map(Reference::value).getOrNull());
        json.put("pickup_id", shipment.pickupId().map(Reference::value).getOrNull());
        json.put("timezone", shipment.pickupWindow().map(window -> window.timezone().getId()).getOrNull());
        json.put("label_url", shipment.labelUrl().map(WebAddress::toString).getOrNull());
        ObjectNode metadata = json.putObject("metadata");
        shipment.metadata().entries().forEach(metadata::put);
        json.set("inserted_at", JsonValues.utc(shipment.insertedAt()));
        json.set("updated_at", JsonValues.utc(shipment.updatedAt()));
        return json;
    }

    /**
     * Reads a shipment object as {@link #render} writes it. Every field must be present; the pickup window's
     * three fields are all present or all {@code null}.
     *
     * @param json the shipment object
     * @return the shipment, or every error found with its path
     */
    public static Either<Rejection.InvalidInput, ReturnQueenShipment> parseShipment(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            ShipmentId id = fields.required("id", node -> JsonValues.text(node).flatMap(ShipmentId::of));
            Reference orderNumber = fields.required("order_number", ReturnQueenJson::reference);
            ShipmentStatus status = fields.required("status",
                    node -> JsonValues.oneOf(node, ShipmentStatus.class, ShipmentStatus::wireName));
            Option<Instant> cancelledAt = fields.optional("cancelled_at", JsonValues::timestamp);
            Option<Reference> cancelledBy = fields.optional("cancelled_by_id", ReturnQueenJson::reference);
            Option<Reason> reason = fields.optional("cancelled_reason",
                    node -> JsonValues.text(node).flatMap(Reason::of));
            ShipmentType type = fields.required("shipment_type",
                    node -> JsonValues.oneOf(node, ShipmentType.class, ShipmentType::wireName));
            Instant shipmentDate = fields.required("shipment_date", JsonValues::timestamp);
            Option<Instant> start = fields.optional("complete_at_start", JsonValues::timestamp);
            Option<Instant> end = fields.optional("complete_at_end", JsonValues::timestamp);
            Option<Reference> carrier = fields.optional("carrier_id", ReturnQueenJson::reference);
            Option<Reference> serviceLevel = fields.optional("carrier_service_level_id", ReturnQueenJson::reference);
            Option<Reference> pickup = fields.optional("pickup_id", ReturnQueenJson::reference);
            Option<ZoneId> zone = fields.optional("timezone", node -> JsonValues.text(node).flatMap(Zones::iana));
            Option<WebAddress> labelUrl = fields.optional("label_url",
                    node -> JsonValues.text(node).flatMap(WebAddress::of));
            Metadata metadata = fields.required("metadata", ReturnQueenJson::metadata);
            Instant insertedAt = fields.required("inserted_at", JsonValues::timestamp);
            Instant updatedAt = fields.required("updated_at", JsonValues::timestamp);
            if (!fields.failed()) {
                fields.require(start.isDefined() == end.isDefined() && end.isDefined() == zone.isDefined(),
                        "complete_at_start", "complete_at_start, complete_at_end and timezone must all be present "
                                + "or all be null");
            }
            return () -> new ReturnQueenShipment(id, orderNumber, status, cancelledAt, cancelledBy, reason, type,
                    shipmentDate, start.map(from -> new PickupWindow(from, end.get(), zone.get())), carrier,
                    serviceLevel, pickup, labelUrl, metadata, insertedAt, updatedAt);
        });
    }

    /**
     * The {@code {id}} of {@code DELETE /api/shipments/{id}}; the request has no body.
     *
     * @param pathId the path segment as received
     * @return the id, or an error at {@code id}
     */
    public static Either<Rejection.InvalidInput, ShipmentId> parseShipmentId(String pathId) {
        return ShipmentId.of(pathId).mapLeft(invalid -> invalid.under("id"));
    }

    /**
     * The status and body for a rejection. ReturnQueen documents the 409 of a shipment that is no longer
     * cancellable but no error body; Rescind answers {@code {"errors": {"detail": "…"}}}, and for invalid
     * input {@code {"errors": {"<field>": ["…"]}}}.
     *
     * @param rejection why the request was refused
     * @return the status and body to send
     */
    public static HttpAnswer error(Rejection rejection) {
        return ERRORS.apply(rejection);
    }

    private static final RejectionCases<HttpAnswer> ERRORS = new RejectionCases<>() {
        @Override
        public HttpAnswer notFound(Rejection.NotFound rejection) {
            return detail(404, rejection);
        }

        @Override
        public HttpAnswer forbidden(Rejection.Forbidden rejection) {
            return detail(403, rejection);
        }

        @Override
        public HttpAnswer invalidInput(Rejection.InvalidInput rejection) {
            Map<String, ArrayNode> byField = new LinkedHashMap<>();
            for (FieldError error : rejection.errors()) {
                byField.computeIfAbsent(error.path().isEmpty() ? "detail" : error.path(),
                        field -> StrictJson.nodes().arrayNode()).add(error.message());
            }
            ObjectNode body = StrictJson.object();
            body.putObject("errors").setAll(byField);
            return new HttpAnswer(400, body);
        }

        @Override
        public HttpAnswer notAllowedInState(Rejection.NotAllowedInState rejection) {
            return detail(409, rejection);
        }

        @Override
        public HttpAnswer notCancellable(Rejection.NotCancellable rejection) {
            return detail(409, rejection);
        }

        @Override
        public HttpAnswer concurrentModification(Rejection.ConcurrentModification rejection) {
            return detail(409, rejection);
        }

        @Override
        public HttpAnswer exceedsRemainingQuantity(Rejection.ExceedsRemainingQuantity rejection) {
            return detail(409, rejection);
        }

        @Override
        public HttpAnswer idempotencyKeyReused(Rejection.IdempotencyKeyReused rejection) {
            return detail(422, rejection);
        }
    };

    private static HttpAnswer detail(int status, Rejection rejection) {
        ObjectNode body = StrictJson.object();
        body.putObject("errors").put("detail", rejection.message());
        return new HttpAnswer(status, body);
    }

    private static Either<Rejection.InvalidInput, Reference> reference(JsonNode node) {
        return JsonValues.text(node).flatMap(Reference::of);
    }

    private static Either<Rejection.InvalidInput, Metadata> metadata(JsonNode node) {
        if (!node.isObject()) {
            return JsonValues.wrongType("an object");
        }
        Map<String, String> entries = new TreeMap<>();
        List<FieldError> errors = new ArrayList<>();
        node.properties().forEach(entry -> {
            if (entry.getValue().isTextual()) {
                entries.put(entry.getKey(), entry.getValue().textValue());
            } else {
                errors.add(new FieldError(entry.getKey(), StrictJson.WRONG_TYPE, "must be a string"));
            }
        });
        return errors.isEmpty() ? Metadata.of(entries) : Either.left(new Rejection.InvalidInput(errors));
    }
}
