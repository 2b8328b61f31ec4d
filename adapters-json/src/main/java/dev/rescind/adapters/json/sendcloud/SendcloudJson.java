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
import dev.rescind.domain.returns.ParcelDetails;
import dev.rescind.domain.returns.ParcelReference;
import dev.rescind.domain.returns.ParcelStatus;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.returns.RuleModification;
import dev.rescind.domain.shared.FieldError;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.ShortText;
import dev.rescind.domain.shared.WebAddress;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sendcloud's Returns API (seeds 000 and 001) on the wire: the Return object, the answers of
 * {@code PATCH /returns/{id}/cancel}, and error answers.
 *
 * <p>Ids are JSON numbers when they are decimal integers (Sendcloud's are), otherwise strings; timestamps
 * carry the offset of the account's time zone and the instant's fraction
 * ({@code 2022-06-07T16:36:49.419457+02:00}); amounts are JSON numbers with their currency beside them.
 * {@code refunded_at} is epoch milliseconds, {@code total_refund} a decimal string, as the document shows.
 * Fields Rescind does not model ({@code images}, {@code extra_data}) are rendered with a neutral value
 * ({@code []} or {@code {}}); docs/wire-formats.md lists them. Thread-safe.
 */
public final class SendcloudJson {

    /** The body of the {@code 202} answer to a cancellation request. */
    public static final String CANCELLATION_REQUESTED = "Cancellation requested successfully";
    /** The message of the {@code 409} answer when a return cannot be cancelled. */
    public static final String NOT_CANCELLABLE = "Return is not cancellable.";

    private final ZoneId accountZone;

    /**
     * Renders timestamps in {@code accountZone}, the Sendcloud account's time zone.
     *
     * @param accountZone the zone in which timestamps are written
     */
    public SendcloudJson(ZoneId accountZone) {
        this.accountZone = Objects.requireNonNull(accountZone, "accountZone");
    }

    /**
     * {@code 200} with the Return object.
     *
     * @param aReturn the return as stored
     * @return the answer to send
     */
    public HttpAnswer returnAnswer(Return aReturn) {
        return new HttpAnswer(200, render(SendcloudReturn.of(aReturn)));
    }

    /**
     * {@code 202 {"message": "Cancellation requested successfully"}}: the carrier has been asked; whether it
     * cancelled shows later in {@code parent_status}.
     *
     * @return the answer to send
     */
    public static HttpAnswer cancellationRequested() {
        ObjectNode body = StrictJson.object();
        body.put("message", CANCELLATION_REQUESTED);
        return new HttpAnswer(202, body);
    }

    /**
     * The Return object, fields in the order Sendcloud lists them, {@code parent_status} last.
     *
     * @param aReturn what Sendcloud shows of a return
     * @return the JSON object
     */
    public ObjectNode render(SendcloudReturn aReturn) {
        ObjectNode json = StrictJson.object();
        json.set("id", JsonValues.id(aReturn.id().value()));
        json.set("created_at", time(aReturn.createdAt()));
        json.set("reason", id(aReturn.reason()));
        json.set("outgoing_parcel", id(aReturn.outgoingParcel().map(ParcelReference::parcelId)));
        json.set("incoming_parcel", id(aReturn.incomingParcel().map(ParcelReference::parcelId)));
        json.put("message", aReturn.message().map(Message::value).getOrNull());
        ObjectNode refund = json.putObject("refund");
        refund.put("total_refund", aReturn.refund().totalRefund().map(BigDecimal::toPlainString).getOrNull());
        refund.set("refunded_at", aReturn.refund().refundedAt()
                .<JsonNode>map(at -> StrictJson.nodes().numberNode(at.toEpochMilli()))
                .getOrElse(NullNode.instance));
        refund.put("message", aReturn.refund().message().map(Message::value).getOrNull());
        refund.putObject("refund_type")
                .put("code", aReturn.refundType().code())
                .put("label", aReturn.refundType().label())
                .put("require_message", aReturn.refund().requireMessage());
        json.put("is_cancellable", aReturn.isCancellable());
        money(json, "return_fee", "return_fee_currency", aReturn.returnFee());
        money(json, "label_cost", "label_currency", aReturn.labelCost());
        json.set("items_cost", JsonValues.amount(aReturn.itemsCost()));
        json.set("delivered_at", aReturn.deliveredAt().map(this::time).getOrElse(NullNode.instance));
        json.put("delivery_option", aReturn.deliveryOption().wireName());
        json.set("store_location", id(aReturn.storeLocation()));
        json.putArray("images");
        ArrayNode modifications = json.putArray("rule_modifications");
        aReturn.ruleModifications().forEach(modification -> modifications.add(ruleModification(modification)));
        json.set("outgoing_parcel_data", aReturn.outgoingParcel()
                .<JsonNode>map(parcel -> parcelData(parcel, Option.none(), aReturn.ruleModifications()))
                .getOrElse(NullNode.instance));
        json.set("incoming_parcel_data", aReturn.incomingParcel()
                .<JsonNode>map(parcel -> parcelData(parcel, Option.some(aReturn.parentStatus()),
                        aReturn.ruleModifications()))
                .getOrElse(NullNode.instance));
        ObjectNode incomingStatus = json.putObject("incoming_parcel_status");
        incomingStatus.set("id", integer(aReturn.incomingParcel()
                .flatMap(parcel -> parcel.details().returnStatusId())));
        incomingStatus.put("message", SendcloudReturn.label(aReturn.parentStatus()))
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

    private static JsonNode integer(Option<Integer> value) {
        return value.<JsonNode>map(number -> StrictJson.nodes().numberNode(number)).getOrElse(NullNode.instance);
    }

    private static ObjectNode ruleModification(RuleModification modification) {
        ObjectNode json = StrictJson.object();
        json.put("rule_name", modification.ruleName().value());
        modificationFields(json, modification);
        json.put("priority", modification.priority());
        json.set("item_id", id(modification.itemId()));
        return json;
    }

    private static void modificationFields(ObjectNode json, RuleModification modification) {
        json.put("field", modification.field().value());
        json.put("value", modification.value().value());
        json.put("action", modification.action().value());
        json.put("friendly_name", modification.friendlyName().value());
    }

    /** The incoming parcel's {@code rules}: the modifications grouped by rule, in the order rules first appear. */
    private static ArrayNode rules(List<RuleModification> modifications) {
        Map<List<Object>, ArrayNode> byRule = new LinkedHashMap<>();
        ArrayNode rules = StrictJson.nodes().arrayNode();
        for (RuleModification modification : modifications) {
            ArrayNode changes = byRule.computeIfAbsent(
                    List.of(modification.ruleName(), modification.priority(), modification.itemId()), rule -> {
                        ObjectNode json = rules.addObject();
                        json.put("name", modification.ruleName().value());
                        json.put("priority", modification.priority());
                        json.set("item_id", id(modification.itemId()));
                        return json.putArray("modifications");
                    });
            modificationFields(changes.addObject(), modification);
        }
        return rules;
    }

    /**
     * The incoming parcel shows the return's status and its rules; the outgoing parcel shows the slug the host
     * gave.
     */
    private static ObjectNode parcelData(ParcelReference parcel, Option<ParcelStatus> status,
            List<RuleModification> modifications) {
        ParcelDetails details = parcel.details();
        ObjectNode json = StrictJson.object();
        json.put("tracking_url", parcel.trackingUrl().map(WebAddress::toString).getOrNull());
        json.put("tracking_number", parcel.trackingNumber().map(Reference::value).getOrNull());
        json.set("parcel_status", integer(details.carrierStatusId()));
        json.put("global_status_slug", status.map(SendcloudReturn::slug)
                .orElse(details.globalStatusSlug().map(ShortText::value)).getOrNull());
        json.put("brand_name", text(details.brandName()));
        json.put("order_number", details.orderNumber().map(Reference::value).getOrNull());
        json.put("from_email", text(details.fromEmail()));
        json.put("deleted", details.deleted().getOrNull());
        json.set("collo_count", integer(details.colloCount()));
        json.put("from_country", details.fromCountry().getOrNull());
        json.put("from_name", text(details.fromName()));
        json.set("shipping_method", id(details.shippingMethod()));
        json.putObject("extra_data");
        if (status.isDefined()) {
            json.set("rules", rules(modifications));
        }
        return json;
    }

    private static String text(Option<ShortText> text) {
        return text.map(ShortText::value).getOrNull();
    }

    /**
     * Reads a Return object as {@link #render} writes it, in any offset. Every field must be present, the
     * unmodeled ones with their neutral value; a parcel id and its data are present together; the status
     * fields agree with {@code parent_status}.
     *
     * @param json the Return object
     * @return the return, or every error found with its path
     */
    public static Either<Rejection.InvalidInput, SendcloudReturn> parseReturn(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            ReturnId id = fields.required("id", node -> JsonValues.id(node).flatMap(ReturnId::of));
            Instant createdAt = fields.required("created_at", JsonValues::timestamp);
            Option<Reference> reason = fields.optional("reason", SendcloudJson::reference);
            Option<Reference> outgoingId = fields.optional("outgoing_parcel", SendcloudJson::reference);
            Option<Reference> incomingId = fields.optional("incoming_parcel", SendcloudJson::reference);
            Option<Message> message = fields.optional("message", node -> JsonValues.text(node).flatMap(Message::of));
            RefundRead refund = fields.required("refund", SendcloudJson::refund);
            Boolean cancellable = fields.required("is_cancellable", JsonValues::bool);
            Option<Money> returnFee = money(fields, "return_fee", "return_fee_currency");
            Option<Money> labelCost = money(fields, "label_cost", "label_currency");
            BigDecimal itemsCost = fields.required("items_cost", JsonValues::decimal);
            Option<Instant> deliveredAt = fields.optional("delivered_at", JsonValues::timestamp);
            DeliveryOption delivery = fields.required("delivery_option",
                    node -> JsonValues.oneOf(node, DeliveryOption.class, DeliveryOption::wireName));
            Option<Reference> storeLocation = fields.optional("store_location", SendcloudJson::reference);
            fields.neutral("images", StrictJson.nodes().arrayNode());
            List<RuleModification> modifications = fields.required("rule_modifications",
                    node -> JsonValues.array(node, SendcloudJson::ruleModification));
            Option<ParcelData> outgoing = fields.optional("outgoing_parcel_data", node -> parcelData(node, false));
            Option<ParcelData> incoming = fields.optional("incoming_parcel_data", node -> parcelData(node, true));
            StatusRead shown = fields.required("incoming_parcel_status", SendcloudJson::parcelStatus);
            ParcelStatus parentStatus = fields.required("parent_status", node -> JsonValues.oneOf(node,
                    ParcelStatus.class, SendcloudReturn::slug));
            if (!fields.failed()) {
                fields.require(outgoingId.isDefined() == outgoing.isDefined(), "outgoing_parcel_data",
                        "must be present exactly when outgoing_parcel is");
                fields.require(incomingId.isDefined() == incoming.isDefined(), "incoming_parcel_data",
                        "must be present exactly when incoming_parcel is");
                fields.require(shown.status() == parentStatus, "incoming_parcel_status",
                        "must agree with parent_status");
                fields.require(incoming.forAll(data -> data.status().contains(parentStatus)),
                        "incoming_parcel_data.global_status_slug", "must agree with parent_status");
                fields.require(incoming.forAll(data -> data.rules().map(SendcloudJson::rules)
                                .contains(rules(modifications))),
                        "incoming_parcel_data.rules", "must group rule_modifications by rule");
                fields.require(shown.id().isEmpty() || incoming.isDefined(), "incoming_parcel_status.id",
                        "must be null without an incoming parcel");
            }
            return () -> new SendcloudReturn(id, createdAt, reason,
                    outgoingId.map(parcel -> outgoing.get().reference(parcel, Option.none())),
                    incomingId.map(parcel -> incoming.get().reference(parcel, shown.id())), message, refund.type(),
                    refund.refund(), cancellable, returnFee, labelCost, itemsCost, deliveredAt, delivery,
                    storeLocation, modifications, parentStatus);
        });
    }

    /** What a parcel data object holds besides neutral values; the status id is read beside it. */
    private record ParcelData(Option<WebAddress> trackingUrl, Option<Reference> trackingNumber,
            Option<ParcelStatus> status, ParcelDetails details, Option<List<RuleModification>> rules) {
        ParcelReference reference(Reference parcelId, Option<Integer> returnStatusId) {
            return new ParcelReference(parcelId, trackingNumber, trackingUrl, new ParcelDetails(
                    details.carrierStatusId(), details.globalStatusSlug(), returnStatusId, details.brandName(),
                    details.orderNumber(), details.fromEmail(), details.deleted(), details.colloCount(),
                    details.fromCountry(), details.fromName(), details.shippingMethod()));
        }
    }

    /** The wire names of {@link ParcelDetails}' components, for the errors its validation reports. */
    private static final Map<String, String> PARCEL_FIELDS = Map.of("carrierStatusId", "parcel_status",
            "globalStatusSlug", "global_status_slug", "brandName", "brand_name", "orderNumber", "order_number",
            "fromEmail", "from_email", "deleted", "deleted", "colloCount", "collo_count", "fromCountry",
            "from_country", "fromName", "from_name", "shippingMethod", "shipping_method");

    static Rejection.InvalidInput wireNames(Rejection.InvalidInput invalid) {
        return new Rejection.InvalidInput(invalid.errors().stream()
                .map(error -> new FieldError(PARCEL_FIELDS.getOrDefault(error.path(), error.path()), error.code(),
                        error.message()))
                .toList());
    }

    private record RefundRead(RefundType type, SendcloudReturn.Refund refund) {
    }

    private record StatusRead(Option<Integer> id, ParcelStatus status) {
    }

    static Either<Rejection.InvalidInput, ShortText> shortText(JsonNode node) {
        return JsonValues.text(node).flatMap(ShortText::of);
    }

    /** The incoming parcel's {@code rules}, each modification with its rule's name, priority and item. */
    private static Either<Rejection.InvalidInput, List<RuleModification>> rules(JsonNode json) {
        return JsonValues.array(json, rule -> JsonObjectReader.read(rule, fields -> {
            ShortText name = fields.required("name", SendcloudJson::shortText);
            Integer priority = fields.required("priority", SendcloudJson::priority);
            Option<Reference> itemId = fields.optional("item_id", SendcloudJson::reference);
            List<Change> changes = fields.required("modifications", node -> JsonValues.array(node,
                    change -> JsonObjectReader.read(change, entry -> {
                        Change read = change(entry);
                        return () -> read;
                    })));
            return () -> changes.stream().map(change -> change.of(name, priority, itemId)).toList();
        })).map(groups -> groups.stream().flatMap(List::stream).toList());
    }

    private static Either<Rejection.InvalidInput, Integer> priority(JsonNode node) {
        return JsonValues.integer(node).filterOrElse(priority -> priority >= 0,
                priority -> Rejection.InvalidInput.of("", "out_of_range", "must be at least 0"));
    }

    /** What one modification changed, as both {@code rule_modifications} and {@code rules} write it. */
    private record Change(ShortText field, ShortText value, ShortText action, ShortText friendlyName) {
        RuleModification of(ShortText ruleName, int priority, Option<Reference> itemId) {
            return new RuleModification(ruleName, field, value, action, friendlyName, priority, itemId);
        }
    }

    private static Change change(JsonObjectReader fields) {
        return new Change(fields.required("field", SendcloudJson::shortText),
                fields.required("value", SendcloudJson::shortText),
                fields.required("action", SendcloudJson::shortText),
                fields.required("friendly_name", SendcloudJson::shortText));
    }

    static Either<Rejection.InvalidInput, RuleModification> ruleModification(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            ShortText ruleName = fields.required("rule_name", SendcloudJson::shortText);
            Change change = change(fields);
            Integer priority = fields.required("priority", SendcloudJson::priority);
            Option<Reference> itemId = fields.optional("item_id", SendcloudJson::reference);
            return () -> change.of(ruleName, priority, itemId);
        });
    }

    private static Either<Rejection.InvalidInput, ParcelData> parcelData(JsonNode json, boolean incoming) {
        return JsonObjectReader.read(json, fields -> {
            Option<WebAddress> url = fields.optional("tracking_url",
                    node -> JsonValues.text(node).flatMap(WebAddress::of));
            Option<Reference> tracking = fields.optional("tracking_number",
                    node -> JsonValues.text(node).flatMap(Reference::of));
            Option<Integer> carrierStatus = fields.optional("parcel_status", JsonValues::integer);
            Option<ParcelStatus> status = incoming
                    ? fields.optional("global_status_slug",
                            node -> JsonValues.oneOf(node, ParcelStatus.class, SendcloudReturn::slug))
                    : Option.none();
            Option<ShortText> outgoingSlug = incoming ? Option.none()
                    : fields.optional("global_status_slug", SendcloudJson::shortText);
            Option<ShortText> brand = fields.optional("brand_name", SendcloudJson::shortText);
            Option<Reference> orderNumber = fields.optional("order_number",
                    node -> JsonValues.text(node).flatMap(Reference::of));
            Option<ShortText> email = fields.optional("from_email", SendcloudJson::shortText);
            Option<Boolean> deleted = fields.optional("deleted", JsonValues::bool);
            Option<Integer> colloCount = fields.optional("collo_count", JsonValues::integer);
            Option<String> country = fields.optional("from_country", JsonValues::text);
            Option<ShortText> name = fields.optional("from_name", SendcloudJson::shortText);
            Option<Reference> shippingMethod = fields.optional("shipping_method", SendcloudJson::reference);
            fields.neutral("extra_data", StrictJson.object());
            Option<List<RuleModification>> rules = incoming
                    ? Option.of(fields.required("rules", SendcloudJson::rules))
                    : Option.none();
            ParcelDetails details = fields.failed() ? null : fields.value("", JsonValues.construct(
                    () -> new ParcelDetails(carrierStatus, outgoingSlug, Option.none(), brand, orderNumber, email,
                            deleted, colloCount, country, name, shippingMethod)).mapLeft(SendcloudJson::wireNames));
            return () -> new ParcelData(url, tracking, status, details, rules);
        });
    }

    private static Either<Rejection.InvalidInput, RefundRead> refund(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            Option<BigDecimal> total = fields.optional("total_refund", SendcloudJson::decimalString);
            Option<Instant> refundedAt = fields.optional("refunded_at", node -> JsonValues.integralLong(node)
                    .map(Instant::ofEpochMilli));
            Option<Message> message = fields.optional("message", node -> JsonValues.text(node).flatMap(Message::of));
            TypeRead type = fields.required("refund_type", SendcloudJson::refundType);
            return () -> new RefundRead(type.type(),
                    new SendcloudReturn.Refund(total, refundedAt, message, type.requireMessage()));
        });
    }

    /** {@code total_refund}: a decimal amount written as a string, not negative. */
    static Either<Rejection.InvalidInput, BigDecimal> decimalString(JsonNode node) {
        return JsonValues.text(node).flatMap(text -> {
            if (!text.matches("\\d{1,13}(\\.\\d{1,8})?")) {
                return Either.left(Rejection.InvalidInput.of("", "malformed",
                        "must be a decimal amount such as 10.00"));
            }
            return JsonValues.decimal(StrictJson.nodes().numberNode(new BigDecimal(text)));
        });
    }

    private record TypeRead(RefundType type, boolean requireMessage) {
    }

    private static Either<Rejection.InvalidInput, TypeRead> refundType(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            RefundType type = fields.required("code",
                    node -> JsonValues.oneOf(node, RefundType.class, RefundType::code));
            String label = fields.required("label", JsonValues::text);
            Boolean requireMessage = fields.required("require_message", JsonValues::bool);
            if (!fields.failed()) {
                fields.require(type.label().equals(label), "label", "must be " + type.label() + " for " + type.code());
            }
            return () -> new TypeRead(type, requireMessage);
        });
    }

    private static Either<Rejection.InvalidInput, StatusRead> parcelStatus(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            Option<Integer> id = fields.optional("id", JsonValues::integer);
            String message = fields.required("message", JsonValues::text);
            ParcelStatus status = fields.required("global_status_slug",
                    node -> JsonValues.oneOf(node, ParcelStatus.class, SendcloudReturn::slug));
            if (!fields.failed()) {
                fields.require(SendcloudReturn.label(status).equals(message), "message",
                        "must be " + SendcloudReturn.label(status) + " for " + SendcloudReturn.slug(status));
            }
            return () -> new StatusRead(id, status);
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

    static Either<Rejection.InvalidInput, Reference> reference(JsonNode node) {
        return JsonValues.id(node).flatMap(Reference::of);
    }

    /**
     * The {@code {id}} of {@code PATCH /returns/{id}/cancel}; the request has no body.
     *
     * @param pathId the path segment as received
     * @return the id, or an error at {@code id}
     */
    public static Either<Rejection.InvalidInput, ReturnId> parseReturnId(String pathId) {
        return ReturnId.of(pathId).mapLeft(invalid -> invalid.under("id"));
    }

    /**
     * The status and body for a rejection, always {@code {"errors": [{"field", "code", "message"}]}} with the
     * status as {@code code}: {@code 409 "Return is not cancellable."} as documented, {@code 404} (documented
     * without a body), {@code 403}, {@code 400} with one entry per invalid field, {@code 409} for a concurrent
     * change and {@code 422} for a reused idempotency key.
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

        /** Rescind's extension: the item's quantity asked for is more than it has left, a {@code 409}. */
        @Override
        public HttpAnswer exceedsRemainingQuantity(Rejection.ExceedsRemainingQuantity rejection) {
            return errors(409, List.of(new FieldError("quantity", rejection.code(), rejection.message())));
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
