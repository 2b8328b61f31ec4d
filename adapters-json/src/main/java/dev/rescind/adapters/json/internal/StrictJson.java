package dev.rescind.adapters.json.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.rescind.domain.shared.FieldError;
import dev.rescind.domain.shared.Rejection;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The one Jackson configuration every wire format reads and writes with. Not part of the API.
 *
 * <p>Reading happens in two steps with distinct failures. {@link #readTree} checks the body as JSON: well
 * formed, one value, no duplicate keys, within the size limits; its errors are {@link Problem#BODY} errors.
 * {@link #bind} maps a tree onto a request record: no unknown fields, no type coercion; its errors are
 * {@link Problem#SCHEMA} errors carrying the JSON path. No polymorphic typing is ever enabled. Neither step
 * throws: every failure is a {@link Rejection.InvalidInput}.
 */
public final class StrictJson {

    /** The largest body read, in bytes (or characters for text). */
    public static final int MAX_DOCUMENT_LENGTH = 64 * 1024;
    public static final int MAX_NESTING_DEPTH = 32;
    public static final int MAX_STRING_LENGTH = 16 * 1024;
    public static final int MAX_NUMBER_LENGTH = 64;
    public static final int MAX_NAME_LENGTH = 256;

    /** Not JSON, not one value, or an empty body. */
    public static final String MALFORMED = "malformed_json";
    /** Beyond one of the size or depth limits. */
    public static final String TOO_LARGE = "too_large";
    public static final String DUPLICATE_FIELD = "duplicate_field";
    /** {@code NaN} or an infinity in a tree built in code, where a finite number belongs. */
    public static final String NOT_A_NUMBER = "not_a_number";
    /** Bytes that are not UTF-8: overlong forms, surrogates, truncated or stray sequences. */
    public static final String INVALID_UTF8 = "invalid_utf8";
    public static final String UNKNOWN_FIELD = "unknown_field";
    public static final String WRONG_TYPE = "wrong_type";
    public static final String REQUIRED = "required";
    /** A field Rescind does not model carries something other than its neutral value. */
    public static final String NOT_MODELED = "not_modeled";
    /** Fields that contradict each other. */
    public static final String INCONSISTENT = "inconsistent";

    /** What kind of mistake a field error is, for APIs that answer each kind differently. */
    public enum Problem {
        /** The body is not acceptable JSON at all. */
        BODY,
        /** The JSON does not have the request's shape: a field is missing, unknown or of the wrong type. */
        SCHEMA,
        /** The shape is right but a value breaks a rule (too long, blank, out of range). */
        VALUE;

        private static final Set<String> BODY_CODES = Set.of(MALFORMED, TOO_LARGE, DUPLICATE_FIELD,
                INVALID_UTF8);
        private static final Set<String> SCHEMA_CODES = Set.of(UNKNOWN_FIELD, WRONG_TYPE, REQUIRED, NOT_MODELED,
                INCONSISTENT);

        public static Problem of(FieldError error) {
            if (BODY_CODES.contains(error.code())) {
                return BODY;
            }
            return SCHEMA_CODES.contains(error.code()) ? SCHEMA : VALUE;
        }

        /** The gravest kind among the errors: a body error outranks a schema error, which outranks a value error. */
        public static Problem worst(Rejection.InvalidInput invalid) {
            return invalid.errors().stream().map(Problem::of).min(Enum::compareTo).orElse(VALUE);
        }
    }

    private static final JsonMapper MAPPER = mapper();

    private StrictJson() {
    }

    private static JsonMapper mapper() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        // A number or boolean where a string belongs is a type error, not a string.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** A new, empty object node whose decimals keep their scale. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static JsonNodeFactory nodes() {
        return MAPPER.getNodeFactory();
    }

    /** Compact JSON text. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** Whether {@code body} is absent or holds only JSON white space: for endpoints whose body is optional. */
    public static boolean isBlank(byte[] body) {
        if (body == null) {
            return true;
        }
        for (byte next : body) {
            if (next != ' ' && next != '\t' && next != '\n' && next != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Reads one JSON value from {@code body}, or says why the body is not acceptable JSON. */
    public static Either<Rejection.InvalidInput, JsonNode> readTree(byte[] body) {
        if (body == null || body.length == 0) {
            return Either.left(Rejection.InvalidInput.of("", MALFORMED, "the body must be a JSON value, not empty"));
        }
        if (body.length > MAX_DOCUMENT_LENGTH) {
            return Either.left(tooLarge(""));
        }
        int invalid = firstInvalidUtf8(body);
        if (invalid >= 0) {
            return Either.left(Rejection.InvalidInput.of(pathBefore(body, invalid), INVALID_UTF8,
                    "must be UTF-8: byte " + invalid + " starts an overlong form, a surrogate or an incomplete"
                            + " sequence"));
        }
        try (JsonParser parser = MAPPER.createParser(body)) {
            try {
                return tree(parser);
            } catch (IOException failure) {
                return Either.left(bodyError(failure, parser));
            }
        } catch (IOException closing) {
            return Either.left(bodyError(closing, null));
        }
    }

    /** {@link #readTree(byte[])} for a body that is already text. */
    public static Either<Rejection.InvalidInput, JsonNode> readTree(String body) {
        return readTree(body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The offset of the first byte that does not belong to strict UTF-8, or -1. Jackson's own decoder takes
     * overlong forms ({@code C0 AF} for {@code /}) and encoded surrogates as characters; the JDK's does not.
     */
    private static int firstInvalidUtf8(byte[] body) {
        ByteBuffer in = ByteBuffer.wrap(body);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, CharBuffer.allocate(body.length), true);
        return result.isError() ? in.position() : -1;
    }

    /** The path of the value being read when the body reached {@code offset}: {@code items[2].id}. */
    private static String pathBefore(byte[] body, int offset) {
        try (JsonParser parser = MAPPER.createParser(body, 0, offset)) {
            try {
                while (parser.nextToken() != null) {
                    // only where the parser stands matters
                }
            } catch (IOException endOfPrefix) {
                // expected: the prefix ends inside the value that holds the invalid bytes
            }
            return path(parser);
        } catch (IOException closing) {
            return "";
        }
    }

    private static Either<Rejection.InvalidInput, JsonNode> tree(JsonParser parser) throws IOException {
        JsonNode node = MAPPER.readTree(parser);
        if (node == null || node.isMissingNode()) {
            return Either.left(Rejection.InvalidInput.of("", MALFORMED, "the body must be a JSON value, not empty"));
        }
        if (parser.nextToken() != null) {
            return Either.left(Rejection.InvalidInput.of("", MALFORMED, "the body must hold exactly one JSON value"));
        }
        return Either.right(node);
    }

    /**
     * Maps {@code node} onto {@code type}, a record of strings, numbers, booleans and nested records. A
     * {@code null} node or JSON {@code null} is a type error: a request body is always an object.
     */
    public static <T> Either<Rejection.InvalidInput, T> bind(JsonNode node, Class<T> type) {
        if (node == null || !node.isObject()) {
            return Either.left(Rejection.InvalidInput.of("", WRONG_TYPE, "must be a JSON object"));
        }
        try {
            return Either.right(MAPPER.treeToValue(node, type));
        } catch (JsonProcessingException | IllegalArgumentException failure) {
            return Either.left(schemaError(failure));
        }
    }

    /** What went wrong, and where the parser stood when it did (known for size limits and duplicates). */
    private static Rejection.InvalidInput bodyError(IOException failure, JsonParser parser) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException) {
                return tooLarge(path(parser));
            }
            // Jackson reports a duplicate as a parse error whose only mark is its message.
            if (cause instanceof JsonParseException parse && parse.getOriginalMessage().startsWith("Duplicate field")) {
                return Rejection.InvalidInput.of(path(parser), DUPLICATE_FIELD, "must appear only once");
            }
            // NaN and the infinities, as some writers emit them; likewise known only by the message.
            if (cause instanceof JsonParseException parse
                    && parse.getOriginalMessage().startsWith("Non-standard token")) {
                return Rejection.InvalidInput.of(path(parser), MALFORMED,
                        "must be a JSON number: NaN and the infinities are not JSON");
            }
        }
        String where = failure instanceof JacksonException jackson && jackson.getLocation() != null
                ? " (line " + jackson.getLocation().getLineNr() + ", column " + jackson.getLocation().getColumnNr()
                        + ")"
                : "";
        return Rejection.InvalidInput.of("", MALFORMED, "the body must be well-formed JSON" + where);
    }

    private static Rejection.InvalidInput tooLarge(String path) {
        return Rejection.InvalidInput.of(path, TOO_LARGE, "exceeds a limit: at most " + MAX_DOCUMENT_LENGTH
                + " bytes, " + MAX_NESTING_DEPTH + " levels of nesting, strings of " + MAX_STRING_LENGTH
                + " characters, numbers of " + MAX_NUMBER_LENGTH + " digits, names of " + MAX_NAME_LENGTH
                + " characters");
    }

    private static Rejection.InvalidInput schemaError(Exception failure) {
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return Rejection.InvalidInput.of(path(unknown.getPath()), UNKNOWN_FIELD, "is not a field of this request");
        }
        if (failure instanceof MismatchedInputException mismatch) {
            return Rejection.InvalidInput.of(path(mismatch.getPath()), WRONG_TYPE,
                    "must be " + describe(mismatch.getTargetType()));
        }
        if (failure instanceof JsonMappingException mapping) {
            return Rejection.InvalidInput.of(path(mapping.getPath()), WRONG_TYPE, "has the wrong type");
        }
        return Rejection.InvalidInput.of("", WRONG_TYPE, "does not have the shape of this request");
    }

    private static String describe(Class<?> target) {
        if (target == null) {
            return "of another type";
        }
        if (target == String.class) {
            return "a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "a boolean";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "a number";
        }
        if (List.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        return "an object";
    }

    /** {@code cancellation_request.message}, {@code items[2].id}: the path as Rescind's field errors spell it. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Where {@code parser} stands, from the innermost context outwards: {@code items[2].id}. */
    private static String path(JsonParser parser) {
        if (parser == null) {
            return "";
        }
        Deque<String> steps = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inArray()) {
                steps.addFirst("[" + Math.max(context.getCurrentIndex(), 0) + "]");
            } else if (context.getCurrentName() != null) {
                steps.addFirst("." + context.getCurrentName());
            }
        }
        String path = String.join("", steps);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
