package dev.rescind.adapters.json.sendcloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.adapters.json.internal.JsonObjectReader;
import dev.rescind.adapters.json.internal.JsonValues;
import dev.rescind.adapters.json.internal.StrictJson;
import dev.rescind.domain.returns.ParcelDetails;
import dev.rescind.domain.returns.RefundDetails;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnCommand;
import dev.rescind.domain.returns.ReturnEvent.ReturnItemCancelled;
import dev.rescind.domain.returns.ReturnItem;
import dev.rescind.domain.returns.RuleModification;
import dev.rescind.domain.shared.Message;
import dev.rescind.domain.shared.Money;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.ShortText;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;

/**
 * Rescind's extensions of Sendcloud's Returns API, in its style (snake_case members, the Return object's own
 * shapes, {@code errors[{field, code, message}]}): cancelling the return of some units of an item, and updating
 * the host's parcel and refund data of an existing return. Sendcloud has neither; docs/wire-formats.md
 * documents both. Stateless and thread-safe.
 */
public final class SendcloudReturnEdits {

    /** The {@code message} of the answer to a partial cancellation. */
    public static final String ITEM_CANCELLED = "Return of the items cancelled successfully";

    private SendcloudReturnEdits() {
    }

    /** The body of {@code PATCH /returns/{id}/items/{item_id}/cancel}: how many units, and why. */
    public record ItemCancellation(int quantity, Option<Reason> reason) {
    }

    /**
     * Reads {@code {"quantity": 2, "reason": "…"}}: {@code quantity} a whole number, {@code reason} optional
     * (absent or {@code null}); nothing else.
     *
     * @param json the request body, read
     * @return the body read, or the field that is wrong
     */
    public static Either<Rejection.InvalidInput, ItemCancellation> parseItemCancellation(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            Integer quantity = fields.required("quantity", node -> JsonValues.integer(node).filterOrElse(
                    value -> value >= 1 && value <= ReturnItem.MAX_QUANTITY, value -> Rejection.InvalidInput.of("",
                            "out_of_range", "must be between 1 and " + ReturnItem.MAX_QUANTITY)));
            Option<Reason> reason = member(json, fields, "reason", node -> JsonValues.text(node).flatMap(Reason::of));
            return () -> new ItemCancellation(quantity, reason);
        });
    }

    /**
     * The {@code {item_id}} of the path.
     *
     * @param pathId the {@code {item_id}} of the path, as received
     * @return the body read, or the field that is wrong
     */
    public static Either<Rejection.InvalidInput, Reference> parseItemId(String pathId) {
        return Reference.of(pathId).mapLeft(invalid -> invalid.under("item_id"));
    }

    /**
     * {@code 200} for a partial cancellation: the message, the item's ledger after it, and the whole Return
     * object. {@code event} is the cancellation's event; a replayed answer carries it too.
     *
     * @param json the request body, read
     * @param aReturn the return, after the cancellation
     * @param event the item's cancellation event
     * @return the answer
     */
    public static HttpAnswer itemCancelledAnswer(SendcloudJson json, Return aReturn, ReturnItemCancelled event) {
        ObjectNode body = StrictJson.object();
        body.put("message", ITEM_CANCELLED);
        ReturnItem item = aReturn.items().stream().filter(candidate -> candidate.id().equals(event.itemId()))
                .findFirst().orElseThrow();
        ObjectNode ledger = body.putObject("item");
        ledger.set("id", JsonValues.id(item.id().value()));
        ledger.put("quantity", item.quantity())
                .put("cancelled_quantity", item.cancelledQuantity())
                .put("remaining_quantity", item.remainingQuantity())
                .put("just_cancelled", event.quantity());
        body.set("return", json.render(SendcloudReturn.of(aReturn)));
        return new HttpAnswer(200, body);
    }

    /**
     * The body of {@code PATCH /returns/{id}}, read. Sendcloud writes {@code total_refund} without its currency,
     * which is the return's items'; {@link #toCommand} adds it.
     */
    public record ReturnUpdate(Option<ParcelDetails> outgoingParcel, Option<ParcelDetails> incomingParcel,
            Option<RefundRead> refund, Option<List<RuleModification>> ruleModifications) {

        /**
         * The command for a return whose items are in {@code currency}, or which of its values are wrong.
         *
         * @param currency the currency of the return's items, which the refund must be in
         * @return the command, or the field that is wrong
         */
        public Either<Rejection.InvalidInput, ReturnCommand.UpdateHostDetails> toCommand(Currency currency) {
            Either<Rejection.InvalidInput, Option<RefundDetails>> details = refund.isEmpty()
                    ? Either.right(Option.none())
                    : refund.get().inCurrency(currency).map(Option::some).mapLeft(invalid -> invalid.under("refund"));
            return details.flatMap(given -> ReturnCommand.UpdateHostDetails.of(outgoingParcel, incomingParcel, given,
                    ruleModifications));
        }
    }

    /** {@code refund} of the update: the amount as written, without currency. */
    public record RefundRead(Option<BigDecimal> totalRefund, Option<Instant> refundedAt, Option<Message> message,
            boolean requireMessage) {

        Either<Rejection.InvalidInput, RefundDetails> inCurrency(Currency currency) {
            Either<Rejection.InvalidInput, Option<Money>> total = totalRefund.isEmpty() ? Either.right(Option.none())
                    : Money.of(totalRefund.get(), currency.getCurrencyCode()).map(Option::some)
                            .mapLeft(invalid -> invalid.under("total_refund"));
            return total.flatMap(amount -> JsonValues.construct(
                    () -> new RefundDetails(amount, refundedAt, message, requireMessage)));
        }
    }

    /**
     * Reads the body of {@code PATCH /returns/{id}}: any of {@code refund}, {@code rule_modifications},
     * {@code outgoing_parcel_data}, {@code incoming_parcel_data} with {@code incoming_parcel_status}, each in
     * the Return object's own shape less what Rescind derives (tracking, the incoming parcel's status slug,
     * {@code refund_type.code} and {@code label}); a member left out, or {@code null}, stays as it is.
     *
     * @param json the request body, read
     * @return the body read, or the field that is wrong
     */
    public static Either<Rejection.InvalidInput, ReturnUpdate> parseReturnUpdate(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            Option<RefundRead> refund = given(json, "refund")
                    ? fields.optional("refund", SendcloudReturnEdits::refund) : Option.none();
            Option<List<RuleModification>> modifications = given(json, "rule_modifications")
                    ? fields.optional("rule_modifications",
                            node -> JsonValues.array(node, SendcloudJson::ruleModification))
                    : Option.none();
            Option<ParcelDetails> outgoing = given(json, "outgoing_parcel_data")
                    ? fields.optional("outgoing_parcel_data", node -> parcelDetails(node, false, Option.none()))
                    : Option.none();
            Option<Integer> statusId = given(json, "incoming_parcel_status")
                    ? fields.optional("incoming_parcel_status", SendcloudReturnEdits::statusId).flatMap(id -> id)
                    : Option.none();
            Option<ParcelDetails> incoming = given(json, "incoming_parcel_data")
                    ? fields.optional("incoming_parcel_data", node -> parcelDetails(node, true, statusId))
                    : Option.none();
            if (!fields.failed()) {
                fields.require(!given(json, "incoming_parcel_status") || given(json, "incoming_parcel_data"),
                        "incoming_parcel_status", "is only given together with incoming_parcel_data");
                fields.require(refund.isDefined() || modifications.isDefined() || outgoing.isDefined()
                        || incoming.isDefined(), "", "must give at least one of refund, rule_modifications, "
                        + "outgoing_parcel_data, incoming_parcel_data");
            }
            return () -> new ReturnUpdate(outgoing, incoming, refund, modifications);
        });
    }

    /** A member that may be left out: absent or {@code null}, it is none. */
    private static <T> Option<T> member(JsonNode json, JsonObjectReader fields, String name,
            Function<JsonNode, Either<Rejection.InvalidInput, T>> parse) {
        return json.has(name) ? fields.optional(name, parse) : Option.none();
    }

    private static boolean given(JsonNode json, String name) {
        return json.has(name) && !json.get(name).isNull();
    }

    /** {@code {"total_refund", "refunded_at", "message", "refund_type": {"require_message"}}}, each optional. */
    private static Either<Rejection.InvalidInput, RefundRead> refund(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            Option<BigDecimal> total = member(json, fields, "total_refund", SendcloudJson::decimalString);
            Option<Instant> refundedAt = member(json, fields, "refunded_at",
                    node -> JsonValues.integralLong(node).map(Instant::ofEpochMilli));
            Option<Message> message = member(json, fields, "message",
                    node -> JsonValues.text(node).flatMap(Message::of));
            Option<Boolean> requireMessage = member(json, fields, "refund_type", type -> JsonObjectReader.read(type,
                    typeFields -> {
                        Boolean required = typeFields.required("require_message", JsonValues::bool);
                        return () -> required;
                    }));
            return () -> new RefundRead(total, refundedAt, message, requireMessage.getOrElse(false));
        });
    }

    private static Either<Rejection.InvalidInput, Option<Integer>> statusId(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            Option<Integer> id = fields.optional("id", JsonValues::integer);
            return () -> id;
        });
    }

    /** A parcel's details as the Return Parcel Object writes them; the incoming parcel takes no status slug. */
    private static Either<Rejection.InvalidInput, ParcelDetails> parcelDetails(JsonNode json, boolean incoming,
            Option<Integer> returnStatusId) {
        return JsonObjectReader.read(json, fields -> {
            Option<Integer> carrierStatus = member(json, fields, "parcel_status", JsonValues::integer);
            Option<ShortText> slug = incoming ? Option.none()
                    : member(json, fields, "global_status_slug", SendcloudJson::shortText);
            Option<ShortText> brand = member(json, fields, "brand_name", SendcloudJson::shortText);
            Option<Reference> orderNumber = member(json, fields, "order_number",
                    node -> JsonValues.text(node).flatMap(Reference::of));
            Option<ShortText> email = member(json, fields, "from_email", SendcloudJson::shortText);
            Option<Boolean> deleted = member(json, fields, "deleted", JsonValues::bool);
            Option<Integer> colloCount = member(json, fields, "collo_count", JsonValues::integer);
            Option<String> country = member(json, fields, "from_country", JsonValues::text);
            Option<ShortText> name = member(json, fields, "from_name", SendcloudJson::shortText);
            Option<Reference> shippingMethod = member(json, fields, "shipping_method", SendcloudJson::reference);
            ParcelDetails details = fields.failed() ? null : fields.value("", JsonValues.construct(
                    () -> new ParcelDetails(carrierStatus, slug, returnStatusId, brand, orderNumber, email, deleted,
                            colloCount, country, name, shippingMethod)).mapLeft(SendcloudJson::wireNames));
            return () -> details;
        });
    }
}
