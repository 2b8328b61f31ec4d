package dev.rescind.adapters.json.parcellab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.adapters.json.HttpAnswer;
import dev.rescind.adapters.json.internal.JsonObjectReader;
import dev.rescind.adapters.json.internal.JsonValues;
import dev.rescind.adapters.json.internal.RejectionCases;
import dev.rescind.adapters.json.internal.StrictJson;
import dev.rescind.adapters.json.parcellab.CancelExchangeResult.DraftOrder;
import dev.rescind.adapters.json.parcellab.CancelExchangeResult.Update;
import dev.rescind.application.Applied;
import dev.rescind.domain.returns.ExchangeCancellationReport.ExchangeCancellationAction;
import dev.rescind.domain.returns.ExchangeCancellationReport.SkipReason;
import dev.rescind.domain.returns.RefundMethod;
import dev.rescind.domain.returns.Return;
import dev.rescind.domain.returns.ReturnId;
import dev.rescind.domain.shared.Check;
import dev.rescind.domain.shared.FieldError;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Rejection;
import dev.rescind.domain.shared.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Locale;

/**
 * parcelLab's Edit Return API (seed 004) on the wire: the request body with its {@code user} header, the
 * {@code cancel_exchange} answer, and the error answers. Field names are camelCase, ids strings.
 * Stateless and thread-safe.
 */
public final class ParcelLabJson {

    /** {@code error} of a {@code 400} for a body that is not acceptable JSON. */
    public static final String INVALID_BODY = "Invalid request body format.";
    /** {@code error} of a {@code 400} for a body that parsed but breaks the schema. */
    public static final String SCHEMA_VALIDATION_FAILED = "Payload schema validation failed.";
    /** {@code error} of a {@code 400} when the change could not be committed (a concurrent change, a reused key). */
    public static final String UPDATE_FAILED = "Update return failed.";
    /** {@code error} of a {@code 400} for a return whose state allows no change. */
    public static final String NO_MODIFIERS = "No modifiers to update is set";
    /** {@code error} of a {@code 403}: the return belongs to another tenant. */
    public static final String FORBIDDEN = "FORBIDDEN";
    /** {@code error} of a {@code 404} for an unusable {@code user} header. */
    public static final String USER_NOT_FOUND = "User not found.";
    /** {@code error} of a {@code 404} for a return that does not exist. */
    public static final String ORDER_NOT_FOUND = "Order does not exist.";

    /** The path of errors about the {@code user} header, which parcelLab answers with {@code 404}. */
    public static final String USER_HEADER = "user";

    private ParcelLabJson() {
    }

    /** The wire shape of the body, bound strictly by Jackson. */
    record Body(String returnId, String lang, String country, String operation, String draft,
            Payload operationPayload) {
    }

    record Payload(String cancelReason) {
    }

    /**
     * Reads a request: the {@code user} header names the tenant, the body must be one JSON object with
     * {@code returnId} (24 characters), {@code lang} and {@code country} (at least one character),
     * {@code operation} {@code "cancel_exchange"}, and optionally {@code draft} and
     * {@code operationPayload.cancelReason}. An unusable {@code user} header is reported alone, at
     * {@value #USER_HEADER}; otherwise every error of the body at once.
     *
     * @param userHeader the {@code user} header; {@code null} when absent
     * @param body       the request body as received
     * @return the request, or every error found with its path
     */
    public static Either<Rejection.InvalidInput, EditReturnRequest> parseEditReturn(String userHeader, byte[] body) {
        Either<Rejection.InvalidInput, TenantId> user = TenantId.of(userHeader)
                .mapLeft(invalid -> invalid.under(USER_HEADER));
        return user.flatMap(tenant -> StrictJson.readTree(body)
                .flatMap(tree -> StrictJson.bind(tree, Body.class))
                .flatMap(parsed -> validate(tenant, parsed)));
    }

    private static Either<Rejection.InvalidInput, EditReturnRequest> validate(TenantId user, Body body) {
        Check check = Check.start()
                .required("returnId", body.returnId())
                .required("lang", body.lang())
                .required("country", body.country())
                .required("operation", body.operation());
        ReturnId returnId = body.returnId() == null ? null : check.field("returnId", ReturnId.of(body.returnId()));
        check.require(returnId == null || returnId.value().length() == EditReturnRequest.RETURN_ID_LENGTH,
                        "returnId", "length", "must be exactly " + EditReturnRequest.RETURN_ID_LENGTH + " characters")
                .require(body.lang() == null || length(body.lang()), "lang", "length",
                        "must be 1 to " + EditReturnRequest.MAX_CONTEXT_LENGTH + " characters")
                .require(body.country() == null || length(body.country()), "country", "length",
                        "must be 1 to " + EditReturnRequest.MAX_CONTEXT_LENGTH + " characters")
                .require(body.operation() == null || EditReturnRequest.OPERATION.equals(body.operation()),
                        "operation", "unsupported_operation", "must be " + EditReturnRequest.OPERATION);
        Option<Reason> cancelReason = Option.of(body.operationPayload())
                .flatMap(payload -> Option.of(payload.cancelReason()))
                .flatMap(raw -> Option.of(check.field("operationPayload.cancelReason", Reason.of(raw))));
        if (check.failed()) {
            return check.result(() -> null);
        }
        return JsonValues.construct(() -> new EditReturnRequest(user, returnId, body.lang(), body.country(),
                "true".equals(body.draft()), cancelReason));
    }

    private static boolean length(String value) {
        return !value.isEmpty() && value.length() <= EditReturnRequest.MAX_CONTEXT_LENGTH;
    }

    /**
     * The body of a request, as a client sends it; {@code draft} appears only when true.
     *
     * @param request a valid request
     * @return the JSON body
     */
    public static ObjectNode renderEditReturn(EditReturnRequest request) {
        ObjectNode json = StrictJson.object();
        json.put("returnId", request.returnId().value());
        json.put("lang", request.lang());
        json.put("country", request.country());
        json.put("operation", EditReturnRequest.OPERATION);
        if (request.draft()) {
            json.put("draft", "true");
        }
        request.cancelReason().forEach(reason -> json.putObject("operationPayload")
                .put("cancelReason", reason.value()));
        return json;
    }

    /**
     * {@code 200} with the {@code cancel_exchange} answer.
     *
     * @param applied what {@code cancelExchange} answered
     * @return the answer to send
     */
    public static HttpAnswer resultAnswer(Applied<Return> applied) {
        return new HttpAnswer(200, render(CancelExchangeResult.of(applied)));
    }

    /**
     * The answer as parcelLab documents it: {@code reason} only when skipped; the counts and flags only when
     * updated; {@code shopifyDraftOrder} always, with {@code error: null} unless deletion failed.
     *
     * @param result the answer to render
     * @return the JSON body
     */
    public static ObjectNode render(CancelExchangeResult result) {
        ObjectNode json = StrictJson.object();
        json.put("returnId", result.returnId().value());
        json.put("operation", EditReturnRequest.OPERATION);
        json.put("action", wireName(result.action()));
        result.reason().forEach(reason -> json.put("reason", reason.wireName()));
        json.putObject("shopifyDraftOrder")
                .put("attempted", result.shopifyDraftOrder().attempted())
                .put("cancelled", result.shopifyDraftOrder().cancelled())
                .put("error", result.shopifyDraftOrder().error().getOrNull());
        result.update().forEach(update -> json
                .put("exchangeArticlesUpdated", update.exchangeArticlesUpdated())
                .put("exchangeItemsUpdated", update.exchangeItemsUpdated())
                .put("refundMethod", update.refundMethod().wireName())
                .put("refundMethodApplied", update.refundMethodApplied())
                .put("draftOrderIdRemoved", update.draftOrderIdRemoved())
                .put("unevenExchangeArticlesCleared", update.unevenExchangeArticlesCleared())
                .put("backendTrackingUpdated", update.backendTrackingUpdated())
                .put("shopifyDraftOrderDataCleared", update.shopifyDraftOrderDataCleared()));
        return json;
    }

    /**
     * Reads an answer as {@link #render} writes it: the fields of the other action are not allowed.
     *
     * @param json the answer's JSON body
     * @return the answer, or every error found with its path
     */
    public static Either<Rejection.InvalidInput, CancelExchangeResult> parseResult(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            ReturnId returnId = fields.required("returnId", node -> JsonValues.text(node).flatMap(ReturnId::of));
            String operation = fields.required("operation", JsonValues::text);
            if (operation != null) {
                fields.require(EditReturnRequest.OPERATION.equals(operation), "operation",
                        "must be " + EditReturnRequest.OPERATION);
            }
            ExchangeCancellationAction action = fields.required("action",
                    node -> JsonValues.oneOf(node, ExchangeCancellationAction.class, ParcelLabJson::wireName));
            DraftOrder draftOrder = fields.required("shopifyDraftOrder", ParcelLabJson::draftOrder);
            Option<SkipReason> reason = action == ExchangeCancellationAction.SKIPPED
                    ? Option.of(fields.required("reason",
                            node -> JsonValues.oneOf(node, SkipReason.class, SkipReason::wireName)))
                    : Option.none();
            Option<Update> update = action == ExchangeCancellationAction.UPDATED
                    ? Option.of(update(fields))
                    : Option.none();
            return () -> new CancelExchangeResult(returnId, action, reason, draftOrder, update);
        });
    }

    private static Update update(JsonObjectReader fields) {
        Integer articles = fields.required("exchangeArticlesUpdated", JsonValues::integer);
        Integer items = fields.required("exchangeItemsUpdated", JsonValues::integer);
        RefundMethod method = fields.required("refundMethod",
                node -> JsonValues.oneOf(node, RefundMethod.class, RefundMethod::wireName));
        Boolean applied = fields.required("refundMethodApplied", JsonValues::bool);
        Boolean draftOrderIdRemoved = fields.required("draftOrderIdRemoved", JsonValues::bool);
        Integer uneven = fields.required("unevenExchangeArticlesCleared", JsonValues::integer);
        Boolean tracking = fields.required("backendTrackingUpdated", JsonValues::bool);
        Boolean dataCleared = fields.required("shopifyDraftOrderDataCleared", JsonValues::bool);
        return fields.failed() ? null : fields.value("", JsonValues.construct(() -> new Update(articles, items,
                method, applied, draftOrderIdRemoved, uneven, tracking, dataCleared)));
    }

    private static Either<Rejection.InvalidInput, DraftOrder> draftOrder(JsonNode json) {
        return JsonObjectReader.read(json, fields -> {
            Boolean attempted = fields.required("attempted", JsonValues::bool);
            Boolean cancelled = fields.required("cancelled", JsonValues::bool);
            Option<String> error = fields.optional("error", JsonValues::text);
            return () -> new DraftOrder(attempted, cancelled, error);
        });
    }

    private static String wireName(ExchangeCancellationAction action) {
        return action.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status and body for a rejection: {@code {"error": "<parcelLab's error value>", "details": [{"path",
     * "code", "message"}]}}. The error values and statuses are the documented ones: {@code 404 "User not
     * found."} for the {@code user} header, {@code 400 "Invalid request body format."} for a body that is not
     * acceptable JSON, {@code 400 "Payload schema validation failed."} for any other invalid input,
     * {@code 404 "Order does not exist."}, {@code 403 "FORBIDDEN"}, {@code 400 "No modifiers to update is set"}
     * for a state that allows no change and {@code 400 "Update return failed."} when the change could not be
     * committed. {@code details} is Rescind's addition.
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
            return answer(404, ORDER_NOT_FOUND, rejection);
        }

        @Override
        public HttpAnswer forbidden(Rejection.Forbidden rejection) {
            return answer(403, FORBIDDEN, rejection);
        }

        @Override
        public HttpAnswer invalidInput(Rejection.InvalidInput rejection) {
            if (rejection.errors().stream().anyMatch(error -> error.path().equals(USER_HEADER))) {
                return answer(404, USER_NOT_FOUND, rejection.errors());
            }
            return answer(400, StrictJson.Problem.worst(rejection) == StrictJson.Problem.BODY
                    ? INVALID_BODY : SCHEMA_VALIDATION_FAILED, rejection.errors());
        }

        @Override
        public HttpAnswer notAllowedInState(Rejection.NotAllowedInState rejection) {
            return answer(400, NO_MODIFIERS, rejection);
        }

        @Override
        public HttpAnswer notCancellable(Rejection.NotCancellable rejection) {
            return answer(400, NO_MODIFIERS, rejection);
        }

        @Override
        public HttpAnswer concurrentModification(Rejection.ConcurrentModification rejection) {
            return answer(400, UPDATE_FAILED, rejection);
        }

        @Override
        public HttpAnswer exceedsRemainingQuantity(Rejection.ExceedsRemainingQuantity rejection) {
            return answer(400, SCHEMA_VALIDATION_FAILED, List.of(new FieldError("operationPayload.quantity",
                    rejection.code(), rejection.message())));
        }

        @Override
        public HttpAnswer idempotencyKeyReused(Rejection.IdempotencyKeyReused rejection) {
            return answer(400, UPDATE_FAILED, rejection);
        }
    };

    /** A rejection of the addressed return as a whole. */
    private static HttpAnswer answer(int status, String error, Rejection rejection) {
        return answer(status, error, List.of(new FieldError("returnId", rejection.code(), rejection.message())));
    }

    private static HttpAnswer answer(int status, String error, List<FieldError> details) {
        ObjectNode body = StrictJson.object();
        body.put("error", error);
        ArrayNode list = body.putArray("details");
        details.forEach(detail -> list.addObject()
                .put("path", detail.path())
                .put("code", detail.code())
                .put("message", detail.message()));
        return new HttpAnswer(status, body);
    }
}
