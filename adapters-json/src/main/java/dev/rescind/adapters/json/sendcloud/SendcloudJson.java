package dev.rescind.adapters.json.sendcloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.adapters.json.internal.JsonObjectReader;
import dev.rescind.adapters.json.internal.JsonValues;
import dev.rescind.adapters.json.internal.RejectionCases;
import dev.rescind.adapters.json.internal.StrictJson;
import dev.rescind.adapters.json.sendcloud.SendcloudReturn.RefundType;
import dev.rescind.domain.returns.DeliveryOption;
import dev.rescind.domain.returns.ParcelReference;
import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.FieldError;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.WebAddress;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Sendcloud's Returns API (seeds 000 and 001) on the wire: the Return object, the answers of
 * {@code PATCH /returns/{id}/cancel}, and error answers.
 *
 * <p>Ids are JSON numbers when they are decimal integers (Sendcloud's are), otherwise strings; timestamps
 * carry the offset of the account's time zone and the instant's fraction
 * ({@code 2022-06-07T16:36:49.419457+02:00}); amounts are JSON numbers with their currency beside them.
 * Fields Rescind does not model are rendered with a neutral value ({@code null}, {@code []} or {@code {}});
 * docs/wire-formats.md lists them. Thread-safe.
 */
public final class SendcloudJson {

    /** The body of the {@code 202} answer to a cancellation request. */
    public static final String CANCELLATION_REQUESTED = "Cancellation requested successfully";
    /** The message of the {@code 409} answer when a return cannot be cancelled. */
    public static final String NOT_CANCELLABLE = "Return is not cancellable.";

    /** Parcel data fields after {@code global_status_slug} that Rescind does not model. */
    private static final List<String> UNMODELED_PARCEL_FIELDS = List.of("brand_name", "order_number", "from_email",
            "deleted", "collo_count", "from_country", "from_name", "shipping_method");

    private final ZoneId accountZone;

    /** Renders timestamps in {@code accountZone}, the Sendcloud account's time zone. */
    public SendcloudJson(ZoneId accountZone) {
        this.accountZone = Objects.requireNonNull(accountZone, "accountZone");
    }

    /** {@code 200} with the Return object. */
    public HttpAnswer returnAnswer(Return aReturn) {
        return new HttpAnswer(200, render(SendcloudReturn.of(aReturn)));
    }

    /**
     * {@code 202 {"message": "Cancellation requested successfully"}}: the carrier has been asked; whether it
     * cancelled shows later in {@code parent_status}.
     */
    public static HttpAnswer cancellationRequested() {
        ObjectNode body = StrictJson.object();
        body.put("message", CANCELLATION_REQUESTED);
        return new HttpAnswer(202, body);
    }

    /** The Return object, fields in the order Sendcloud lists them, {@code parent_status} last. */
    public ObjectNode render(SendcloudReturn aReturn) {
        ObjectNode json = StrictJson.object();
        json.set("id", JsonValues.id(aReturn.id().value()));
        json.set("created_at", time(aReturn.createdAt()));
        json.set("reason", id(aReturn.reason()));
        json.set("outgoing_parcel", id(aReturn.outgoingParcel().map(ParcelReference::parcelId)));
        json.set("incoming_parcel", id(aReturn.incomingParcel().map(ParcelReference::parcelId)));
        json.put("message", aReturn.message().map(Message::value).getOrNull());
        ObjectNode refund = json.putObject("refund");
        refund.putNull("total_refund");
        refund.putNull("refunded_at");
        refund.putNull("message");
        refund.putObject("refund_type")
                .put("code", aReturn.refundType().code())
                .put("label", aReturn.refundType().label())
                .put("require_message", false);
        json.put("is_cancellable", aReturn.isCancellable());
        money(json, "return_fee", "return_fee_currency", aReturn.returnFee());
        money(json, "label_cost", "label_currency", aReturn.labelCost());
        json.set("items_cost", JsonValues.amount(aReturn.itemsCost()));
        json.set("delivered_at", aReturn.deliveredAt().map(this::time).getOrElse(NullNode.instance));
        json.put("delivery_option", aReturn.deliveryOption().wireName());
        json.set("store_location", id(aReturn.storeLocation()));
        json.putArray("images");
        json.putArray("rule_modifications");
        json.set("outgoing_parcel_data", aReturn.outgoingParcel()
                .<JsonNode>map(parcel -> parcelData(parcel, Option.none()))
                .getOrElse(NullNode.instance));
        json.set("incoming_parcel_data", aReturn.incomingParcel()
                .<JsonNode>map(parcel -> parcelData(parcel, Option.some(aReturn.parentStatus())))
                .getOrElse(NullNode.instance));
        json.putObject("incoming_parcel_status")
                .putNull("id")
                .put("message", SendcloudReturn.label(aReturn.parentStatus()))
                .put("global_status_slug", SendcloudReturn.slug(aReturn.parentStatus()));
        json.put("parent_status", SendcloudReturn.slug(aReturn.parentStatus()));
        return json;
    }

    private JsonNode time(Instant instant) {
        return JsonValues.offsetFraction(instant, accountZone);
    }

    private static JsonNode id(Option<Reference> reference) {
        return reference.map(value -> JsonValues.id(value.value())).getOrElse(NullNode.instance);
    }

    private static void money(ObjectNode json, String amountField, String currencyField, Option<Money> money) {
        json.set(amountField, money.map(value -> JsonValues.amount(value.amount())).getOrElse(NullNode.instance));
        json.put(currencyField, money.map(value -> value.currency().getCurrencyCode()).getOrNull());
    }

    /** The incoming parcel carries the return's status; the outgoing parcel's is not modeled. */
    private static ObjectNode parcelData(ParcelReference parcel, Option<ParcelStatus> status) {
        ObjectNode json = StrictJson.object();
        json.put("tracking_url", parcel.trackingUrl().map(WebAddress::toString).getOrNull());
        json.put("tracking_number", parcel.trackingNumber().map(Reference::value).getOrNull());
        json.putNull("parcel_status");
        json.put("global_status_slug", status.map(SendcloudReturn::slug).getOrNull());
        for (String unmodeled : UNMODELED_PARCEL_FIELDS) {
            json.putNull(unmodeled);
        }
        json.putObject("extra_data");
        if (status.isDefined()) {
            json.putArray("rules");
        }
        return json;
    }

    /**
     * Reads a Return object as {@link #render} writes it, in any offset. Every field must be present, the
     * unmodeled ones with their neutral value; a parcel id and its data are present together; the status
     * fields agree with {@code parent_status}.
     */
    public static Either<Rejection.InvalidInput, SendcloudReturn> parseReturn(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            ReturnId id = fields.required("id", node -> JsonValues.id(node).flatMap(ReturnId::of));
            Instant createdAt = fields.required("created_at", JsonValues::timestamp);
            Option<Reference> reason = fields.optional("reason", SendcloudJson::reference);
            Option<Reference> outgoingId = fields.optional("outgoing_parcel", SendcloudJson::reference);
            Option<Reference> incomingId = fields.optional("incoming_parcel", SendcloudJson::reference);
            Option<Message> message = fields.optional("message", node -> JsonValues.text(node).flatMap(Message::of));
            RefundType refund = fields.required("refund", SendcloudJson::refund);
            Boolean cancellable = fields.required("is_cancellable", JsonValues::bool);
            Option<Money> returnFee = money(fields, "return_fee", "return_fee_currency");
            Option<Money> labelCost = money(fields, "label_cost", "label_currency");
            BigDecimal itemsCost = fields.required("items_cost", JsonValues::decimal);
            Option<Instant> deliveredAt = fields.optional("delivered_at", JsonValues::timestamp);
            DeliveryOption delivery = fields.required("delivery_option",
                    node -> JsonValues.oneOf(node, DeliveryOption.class, DeliveryOption::wireName));
            Option<Reference> storeLocation = fields.optional("store_location", SendcloudJson::reference);
            fields.neutral("images", StrictJson.nodes().arrayNode());
            fields.neutral("rule_modifications", StrictJson.nodes().arrayNode());
            Option<ParcelData> outgoing = fields.optional("outgoing_parcel_data", node -> parcelData(node, false));
            Option<ParcelData> incoming = fields.optional("incoming_parcel_data", node -> parcelData(node, true));
            ParcelStatus shown = fields.required("incoming_parcel_status", SendcloudJson::parcelStatus);
            ParcelStatus parentStatus = fields.required("parent_status", node -> JsonValues.oneOf(node,
                    ParcelStatus.class, SendcloudReturn::slug));
            if (!fields.failed()) {
                fields.require(outgoingId.isDefined() == outgoing.isDefined(), "outgoing_parcel_data",
                        "must be present exactly when outgoing_parcel is");
                fields.require(incomingId.isDefined() == incoming.isDefined(), "incoming_parcel_data",
                        "must be present exactly when incoming_parcel is");
                fields.require(shown == parentStatus, "incoming_parcel_status", "must agree with parent_status");
                fields.require(incoming.forAll(data -> data.status().contains(parentStatus)),
                        "incoming_parcel_data.global_status_slug", "must agree with parent_status");
            }
            return () -> new SendcloudReturn(id, createdAt, reason,
                    outgoingId.map(parcel -> outgoing.get().reference(parcel)),
                    incomingId.map(parcel -> incoming.get().reference(parcel)), message, refund, cancellable,
                    returnFee, labelCost, itemsCost, deliveredAt, delivery, storeLocation, parentStatus);
        });
    }

    /** What a parcel data object holds besides neutral values. */
    private record ParcelData(Option<WebAddress> trackingUrl, Option<Reference> trackingNumber,
            Option<ParcelStatus> status) {
        ParcelReference reference(Reference parcelId) {
            return new ParcelReference(parcelId, trackingNumber, trackingUrl);
        }
    }

    private static Either<Rejection.InvalidInput, ParcelData> parcelData(JsonNode json, boolean incoming) {
        return JsonObjectReader.read(json, fields -> {
            Option<WebAddress> url = fields.optional("tracking_url",
                    node -> JsonValues.text(node).flatMap(WebAddress::of));
            Option<Reference> tracking = fields.optional("tracking_number",
                    node -> JsonValues.text(node).flatMap(Reference::of));
            fields.neutral("parcel_status", NullNode.instance);
            Option<ParcelStatus> status = incoming
                    ? fields.optional("global_status_slug",
                            node -> JsonValues.oneOf(node, ParcelStatus.class, SendcloudReturn::slug))
                    : Option.none();
            if (!incoming) {
                fields.neutral("global_status_slug", NullNode.instance);
            }
            for (String unmodeled : UNMODELED_PARCEL_FIELDS) {
                fields.neutral(unmodeled, NullNode.instance);
            }
            fields.neutral("extra_data", StrictJson.object());
            if (incoming) {
                fields.neutral("rules", StrictJson.nodes().arrayNode());
            }
            return () -> new ParcelData(url, tracking, status);
        });
    }

    private static Either<Rejection.InvalidInput, RefundType> refund(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            fields.neutral("total_refund", NullNode.instance);
            fields.neutral("refunded_at", NullNode.instance);
            fields.neutral("message", NullNode.instance);
            RefundType type = fields.required("refund_type", SendcloudJson::refundType);
            return () -> type;
        });
    }

    private static Either<Rejection.InvalidInput, RefundType> refundType(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            RefundType type = fields.required("code",
                    node -> JsonValues.oneOf(node, RefundType.class, RefundType::code));
            String label = fields.required("label", JsonValues::text);
            fields.neutral("require_message", StrictJson.nodes().booleanNode(false));
            if (!fields.failed()) {
                fields.require(type.label().equals(label), "label", "must be " + type.label() + " for " + type.code());
            }
            return () -> type;
        });
    }

    private static Either<Rejection.InvalidInput, ParcelStatus> parcelStatus(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            fields.neutral("id", NullNode.instance);
            String message = fields.required("message", JsonValues::text);
            ParcelStatus status = fields.required("global_status_slug",
                    node -> JsonValues.oneOf(node, ParcelStatus.class, SendcloudReturn::slug));
            if (!fields.failed()) {
                fields.require(SendcloudReturn.label(status).equals(message), "message",
                        "must be " + SendcloudReturn.label(status) + " for " + SendcloudReturn.slug(status));
            }
            return () -> status;
        });
    }

    private static Option<Money> money(JsonObjectReader fields, String amountField, String currencyField) {
        Option<BigDecimal> amount = fields.optional(amountField, JsonValues::decimal);
        Option<String> currency = fields.optional(currencyField, JsonValues::text);
        if (amount.isDefined() != currency.isDefined()) {
            // Only when neither failed to read: a failed field would look absent.
            if (!fields.failed()) {
                fields.require(false, currencyField, "must be present exactly when " + amountField + " is");
            }
            return Option.none();
        }
        return amount.flatMap(value -> Option.of(fields.value(amountField, Money.of(value, currency.get()))));
    }

    private static Either<Rejection.InvalidInput, Reference> reference(JsonNode node) {
        return JsonValues.id(node).flatMap(Reference::of);
    }

    /** The {@code {id}} of {@code PATCH /returns/{id}/cancel}; the request has no body. */
    public static Either<Rejection.InvalidInput, ReturnId> parseReturnId(String pathId) {
        return ReturnId.of(pathId).mapLeft(invalid -> invalid.under("id"));
    }

    /**
     * The status and body for a rejection, always {@code {"errors": [{"field", "code", "message"}]}} with the
     * status as {@code code}: {@code 409 "Return is not cancellable."} as documented, {@code 404} (documented
     * without a body), {@code 403}, {@code 400} with one entry per invalid field, {@code 409} for a concurrent
     * change and {@code 422} for a reused idempotency key.
     */
    public static HttpAnswer error(Rejection rejection) {
        return ERRORS.apply(rejection);
    }

    private static final RejectionCases<HttpAnswer> ERRORS = new RejectionCases<>() {
        @Override
        public HttpAnswer notFound(Rejection.NotFound rejection) {
            return returns(404, rejection.message());
        }

        @Override
        public HttpAnswer forbidden(Rejection.Forbidden rejection) {
            return returns(403, rejection.message());
        }

        @Override
        public HttpAnswer invalidInput(Rejection.InvalidInput rejection) {
            return errors(400, rejection.errors());
        }

        @Override
        public HttpAnswer notAllowedInState(Rejection.NotAllowedInState rejection) {
            return returns(409, rejection.message());
        }

        @Override
        public HttpAnswer notCancellable(Rejection.NotCancellable rejection) {
            return returns(409, NOT_CANCELLABLE);
        }

        @Override
        public HttpAnswer concurrentModification(Rejection.ConcurrentModification rejection) {
            return returns(409, rejection.message());
        }

        @Override
        public HttpAnswer idempotencyKeyReused(Rejection.IdempotencyKeyReused rejection) {
            return returns(422, rejection.message());
        }
    };

    /** An error about the return as a whole, which Sendcloud names by the field {@code returns}. */
    private static HttpAnswer returns(int status, String message) {
        ObjectNode body = StrictJson.object();
        body.putArray("errors").addObject().put("field", "returns").put("code", status).put("message", message);
        return new HttpAnswer(status, body);
    }

    private static HttpAnswer errors(int status, List<FieldError> errors) {
        ObjectNode body = StrictJson.object();
        ArrayNode list = body.putArray("errors");
        for (FieldError error : errors) {
            list.addObject().put("field", error.path()).put("code", status).put("message", error.message());
        }
        return new HttpAnswer(status, body);
    }
}
