package dev.rescind.adapters.jdbc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rescind.domain.Aggregates;
import dev.rescind.domain.shared.Aggregate;
import dev.rescind.domain.shared.AggregateDescriptor;
import dev.rescind.domain.shared.CommandReport;
import dev.rescind.domain.shared.DomainEvent;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns Rescind's values into JSON documents and back, by reflection over records, so that a new field of an
 * aggregate or event needs no mapping code.
 *
 * <ul>
 *   <li>A record becomes an object of its components, decoded through its canonical constructor (so the
 *       domain's validation runs on every read); a record of exactly one component, declared by its concrete
 *       type ({@code ShipmentId}, {@code Version}, {@code Reference}), is written as that component alone.</li>
 *   <li>A value declared by an interface ({@code DomainEvent}, {@code Aggregate}, a sealed event interface)
 *       is an object with a {@value #TYPE_TAG} member naming the record's simple name; the records allowed
 *       are the sealed interface's permitted subclasses, found recursively.</li>
 *   <li>A member a document lacks (a component added after it was written) reads as empty: an empty list,
 *       {@code false}, an absent {@code Option}, a record read from an empty object.</li>
 *   <li>{@code Option}: an absent member (or {@code null}); {@code java.util.List} and vavr's {@code List}:
 *       arrays; {@code Map<String, ?>}: objects; enums: their names; {@code BigDecimal}: a string that keeps
 *       its scale; {@code Instant}, {@code ZoneId}, {@code Currency}, {@code URI}: their ISO strings.</li>
 * </ul>
 *
 * <p>Stored documents name record components, so renaming a component is a change of the stored format that
 * needs a migration of the documents. Every stored document says which format it has in a top-level
 * {@value #FORMAT_TAG} member, {@value #FORMAT} today; a document without one is of format 1, as the first
 * release wrote them. A release that changes the format raises {@link #FORMAT} and still reads the older
 * formats; a document of a format newer than this release knows is refused with
 * {@link UnsupportedDocumentFormat}, never read by guesswork.
 */
final class DocumentCodec {

    static final String TYPE_TAG = "@type";

    /** The member of a stored document that names its format. */
    static final String FORMAT_TAG = "@format";

    /**
     * The format this release writes, and the newest it reads. Format 2 keeps a command's report as an
     * idempotent answer's {@code report}, where format 1 had parcelLab's as {@code exchangeReport}
     * ({@link IdempotencyTable} reads both).
     */
    static final int FORMAT = 2;

    /**
     * The interfaces Rescind stores polymorphically that are not sealed, with the sealed families they hold:
     * every aggregate, every aggregate's events and its commands' reports, as their descriptors name them.
     */
    private static final Map<Class<?>, List<Class<?>>> OPEN_FAMILIES = Map.of(
            Aggregate.class, Aggregates.ALL.stream().<Class<?>>map(AggregateDescriptor::aggregateClass).toList(),
            DomainEvent.class, Aggregates.ALL.stream().<Class<?>>map(AggregateDescriptor::eventFamily).toList(),
            CommandReport.class, Aggregates.ALL.stream().flatMap(descriptor -> descriptor.reports().stream())
                    .<Class<?>>map(report -> report).toList());

    private final ObjectMapper mapper = new ObjectMapper();

    private final ClassValue<Map<String, Class<?>>> families = new ClassValue<>() {
        @Override
        protected Map<String, Class<?>> computeValue(Class<?> type) {
            Map<String, Class<?>> byTag = new LinkedHashMap<>();
            collectRecords(type, byTag);
            return Collections.unmodifiableMap(byTag);
        }
    };

    private final ClassValue<RecordShape> shapes = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return RecordShape.of(type);
        }
    };

    /**
     * The stored document of a record: an object (even for a single-component record) of its
     * {@value #FORMAT_TAG} and its components, without those named in {@code leftOut}. Written straight to
     * text, without building a tree first.
     */
    String writeRecord(Record value, Collection<String> leftOut) {
        StringWriter text = new StringWriter(512);
        try (JsonGenerator out = mapper.getFactory().createGenerator(text)) {
            out.writeStartObject();
            out.writeNumberField(FORMAT_TAG, FORMAT);
            writeFields(out, value, shapes.get(value.getClass()), leftOut);
            out.writeEndObject();
        } catch (IOException impossible) {
            throw new IllegalStateException("writing to a string does not fail", impossible);
        }
        return text.toString();
    }

    /** The document of a record as a tree: what {@link #writeRecord} writes, for reading it back in place. */
    ObjectNode encodeRecord(Record value) {
        return (ObjectNode) read(writeRecord(value, List.of()));
    }

    /** Reads a record of {@code type} from the object {@link #encodeRecord} made. */
    <T extends Record> T decodeRecord(JsonNode node, Class<T> type) {
        return type.cast(recordFromObject(node, shapes.get(type), type.getSimpleName()));
    }

    String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree always serialises", impossible);
        }
    }

    JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException unreadable) {
            throw new DocumentException("not a JSON document: " + unreadable.getOriginalMessage(), unreadable);
        }
    }

    /**
     * Parses a stored document that must be an object of a format this release reads, and takes its
     * {@value #FORMAT_TAG} off; {@code where} names its table in errors.
     *
     * @throws UnsupportedDocumentFormat for a document a newer release wrote in a format this one does not know
     */
    ObjectNode readObject(String json, String where) {
        if (!(read(json) instanceof ObjectNode object)) {
            throw new DocumentException(where + " holds a document that is not a JSON object");
        }
        JsonNode format = object.remove(FORMAT_TAG);
        if (format == null || format.isInt() && format.intValue() >= 1 && format.intValue() <= FORMAT) {
            return object;
        }
        if (format.isIntegralNumber() && format.canConvertToInt() && format.intValue() > FORMAT) {
            throw new UnsupportedDocumentFormat(where, format.intValue(), FORMAT);
        }
        throw new DocumentException(where + " holds a document whose " + FORMAT_TAG + " is not a format: " + format);
    }

    /** The JSON of a value of the declared type, as a tree. */
    JsonNode encode(Object value, Type declared) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = mapper.getFactory().createGenerator(text)) {
            write(out, value, declared);
        } catch (IOException impossible) {
            throw new IllegalStateException("writing to a string does not fail", impossible);
        }
        return read(text.toString());
    }

    private void write(JsonGenerator out, Object value, Type declared) throws IOException {
        if (value == null) {
            throw new DocumentException("null where a " + declared.getTypeName() + " was expected");
        }
        Class<?> raw = rawClass(declared);
        if (value instanceof Option<?> option) {
            if (option.isEmpty()) {
                out.writeNull();
            } else {
                write(out, option.get(), typeArgument(declared, 0));
            }
            return;
        }
        if (value instanceof Iterable<?> elements && (raw == List.class || raw == io.vavr.collection.List.class)) {
            Type elementType = typeArgument(declared, 0);
            out.writeStartArray();
            for (Object element : elements) {
                write(out, element, elementType);
            }
            out.writeEndArray();
            return;
        }
        if (value instanceof Map<?, ?> map) {
            Type valueType = typeArgument(declared, 1);
            out.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.writeFieldName((String) entry.getKey());
                write(out, entry.getValue(), valueType);
            }
            out.writeEndObject();
            return;
        }
        if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Boolean flag) {
            out.writeBoolean(flag);
        } else if (value instanceof Integer number) {
            out.writeNumber(number);
        } else if (value instanceof Long number) {
            out.writeNumber(number);
        } else if (value instanceof Instant instant) {
            out.writeString(formatInstant(instant));
        } else if (value instanceof BigDecimal || value instanceof URI) {
            out.writeString(value.toString());
        } else if (value instanceof ZoneId zone) {
            out.writeString(zone.getId());
        } else if (value instanceof java.util.Currency currency) {
            out.writeString(currency.getCurrencyCode());
        } else if (value instanceof Enum<?> constant) {
            out.writeString(constant.name());
        } else if (value instanceof Record record) {
            RecordShape shape = shapes.get(record.getClass());
            if (raw.isInterface()) {
                requireMember(raw, record.getClass());
                out.writeStartObject();
                out.writeStringField(TYPE_TAG, record.getClass().getSimpleName());
                writeFields(out, record, shape, List.of());
                out.writeEndObject();
            } else if (shape.components().length == 1) {
                write(out, shape.valueOf(record, 0), shape.components()[0].getGenericType());
            } else {
                writeObject(out, record, shape, List.of());
            }
        } else {
            throw new DocumentException("cannot store a " + value.getClass().getName());
        }
    }

    Object decode(JsonNode node, Type declared) {
        Class<?> raw = rawClass(declared);
        if (raw == Option.class) {
            return node == null || node.isNull() ? Option.none() : Option.some(decode(node, typeArgument(declared, 0)));
        }
        if (node == null) {
            return absentMember(raw, declared);
        }
        if (node.isNull()) {
            throw new DocumentException("missing " + declared.getTypeName());
        }
        if (raw == List.class || raw == io.vavr.collection.List.class) {
            List<Object> elements = new ArrayList<>();
            Type elementType = typeArgument(declared, 0);
            expect(node.isArray(), node, declared).forEach(element -> elements.add(decode(element, elementType)));
            return raw == List.class ? Collections.unmodifiableList(elements) : io.vavr.collection.List.ofAll(elements);
        }
        if (raw == Map.class) {
            Map<String, Object> map = new LinkedHashMap<>();
            Type valueType = typeArgument(declared, 1);
            expect(node.isObject(), node, declared).properties()
                    .forEach(entry -> map.put(entry.getKey(), decode(entry.getValue(), valueType)));
            return Collections.unmodifiableMap(map);
        }
        if (raw == String.class) {
            return expect(node.isTextual(), node, declared).textValue();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return expect(node.isBoolean(), node, declared).booleanValue();
        }
        if (raw == int.class || raw == Integer.class) {
            return expect(node.isIntegralNumber() && node.canConvertToInt(), node, declared).intValue();
        }
        if (raw == long.class || raw == Long.class) {
            return expect(node.isIntegralNumber() && node.canConvertToLong(), node, declared).longValue();
        }
        if (raw == BigDecimal.class) {
            return parse(node, declared, BigDecimal::new);
        }
        if (raw == Instant.class) {
            return parse(node, declared, DocumentCodec::parseInstant);
        }
        if (raw == URI.class) {
            return parse(node, declared, URI::new);
        }
        if (raw == ZoneId.class) {
            return parse(node, declared, ZoneId::of);
        }
        if (raw == java.util.Currency.class) {
            return parse(node, declared, java.util.Currency::getInstance);
        }
        if (raw.isEnum()) {
            return enumConstant(raw, node, declared);
        }
        if (raw.isInterface()) {
            JsonNode tag = expect(node.isObject(), node, declared).get(TYPE_TAG);
            if (tag == null || !tag.isTextual() || !families.get(raw).containsKey(tag.textValue())) {
                throw new DocumentException("no " + raw.getSimpleName() + " is tagged " + tag);
            }
            Class<?> member = families.get(raw).get(tag.textValue());
            return recordFromObject(node, shapes.get(member), member.getSimpleName());
        }
        if (raw.isRecord()) {
            RecordShape shape = shapes.get(raw);
            if (shape.components().length == 1) {
                return shape.construct(new Object[] {decode(node, shape.components()[0].getGenericType())},
                        raw.getSimpleName());
            }
            return recordFromObject(node, shape, raw.getSimpleName());
        }
        throw new DocumentException("cannot read a " + declared.getTypeName());
    }

    private void writeObject(JsonGenerator out, Record record, RecordShape shape, Collection<String> leftOut)
            throws IOException {
        out.writeStartObject();
        writeFields(out, record, shape, leftOut);
        out.writeEndObject();
    }

    /** A record's components as members; an absent {@code Option} is left out, not written as null. */
    private void writeFields(JsonGenerator out, Record record, RecordShape shape, Collection<String> leftOut)
            throws IOException {
        RecordComponent[] components = shape.components();
        for (int index = 0; index < components.length; index++) {
            String name = components[index].getName();
            if (leftOut.contains(name)) {
                continue;
            }
            Object value = shape.valueOf(record, index);
            if (!isAbsent(value)) {
                out.writeFieldName(name);
                write(out, value, components[index].getGenericType());
            }
        }
    }

    /**
     * A member a document does not hold, such as a field added after it was written: a list reads as empty, a
     * boolean as false, an int as 0 (a counter added later, such as an item's cancelled quantity), a record of
     * several components as an empty object (its own absent members read the
     * same way, and its constructor decides whether that is valid); anything else is missing.
     */
    private Object absentMember(Class<?> raw, Type declared) {
        if (raw == List.class) {
            return List.of();
        }
        if (raw == io.vavr.collection.List.class) {
            return io.vavr.collection.List.empty();
        }
        if (raw == boolean.class) {
            return false;
        }
        if (raw == int.class) {
            return 0;
        }
        if (raw.isRecord() && shapes.get(raw).components().length > 1) {
            return recordFromObject(mapper.createObjectNode(), shapes.get(raw), raw.getSimpleName());
        }
        throw new DocumentException("missing " + declared.getTypeName());
    }

    private static boolean isAbsent(Object value) {
        return value instanceof Option<?> option && (option.isEmpty() || isAbsent(option.get()));
    }

    private Object recordFromObject(JsonNode node, RecordShape shape, String what) {
        if (node == null || !node.isObject()) {
            throw new DocumentException(what + " must be a JSON object, not " + node);
        }
        RecordComponent[] components = shape.components();
        Object[] arguments = new Object[components.length];
        for (int index = 0; index < components.length; index++) {
            try {
                arguments[index] = decode(node.get(components[index].getName()), components[index].getGenericType());
            } catch (DocumentException wrong) {
                throw new DocumentException(what + "." + components[index].getName() + ": " + wrong.getMessage(),
                        wrong);
            }
        }
        return shape.construct(arguments, what);
    }

    private void requireMember(Class<?> family, Class<?> member) {
        if (families.get(family).get(member.getSimpleName()) != member) {
            throw new DocumentException(member.getName() + " is not a known " + family.getSimpleName());
        }
    }

    private static void collectRecords(Class<?> type, Map<String, Class<?>> byTag) {
        if (type.isRecord()) {
            Class<?> previous = byTag.put(type.getSimpleName(), type);
            if (previous != null && previous != type) {
                throw new IllegalStateException("two records are tagged " + type.getSimpleName() + ": "
                        + previous.getName() + " and " + type.getName());
            }
            return;
        }
        List<Class<?>> members = type.isSealed() ? Arrays.asList(type.getPermittedSubclasses())
                : OPEN_FAMILIES.getOrDefault(type, List.of());
        members.forEach(member -> collectRecords(member, byTag));
    }

    private static JsonNode expect(boolean holds, JsonNode node, Type declared) {
        if (!holds) {
            throw new DocumentException("expected a " + declared.getTypeName() + ", found " + node);
        }
        return node;
    }

    private static Object parse(JsonNode node, Type declared, Parser parser) {
        String text = expect(node.isTextual(), node, declared).textValue();
        try {
            return parser.parse(text);
        } catch (Exception unparseable) {
            throw new DocumentException("not a " + declared.getTypeName() + ": " + text, unparseable);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, JsonNode node, Type declared) {
        String name = expect(node.isTextual(), node, declared).textValue();
        try {
            return Enum.valueOf((Class) type, name);
        } catch (IllegalArgumentException unknown) {
            throw new DocumentException("no " + type.getSimpleName() + " is named " + name, unknown);
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        if (type instanceof TypeVariable<?> variable) {
            return rawClass(variable.getBounds()[0]);
        }
        if (type instanceof WildcardType wildcard) {
            return rawClass(wildcard.getUpperBounds()[0]);
        }
        throw new DocumentException("unsupported type " + type.getTypeName());
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[index];
        }
        throw new DocumentException(type.getTypeName() + " must name its type arguments");
    }

    /**
     * {@code Instant.toString()}, without the general formatter for the years 0 to 9999: seconds always, and
     * the fraction in groups of three digits, as many as it needs.
     */
    static String formatInstant(Instant instant) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(),
                ZoneOffset.UTC);
        int year = time.getYear();
        if (year < 0 || year > 9999) {
            return instant.toString();
        }
        StringBuilder text = new StringBuilder(30);
        digits(text, year, 4).append('-');
        digits(text, time.getMonthValue(), 2).append('-');
        digits(text, time.getDayOfMonth(), 2).append('T');
        digits(text, time.getHour(), 2).append(':');
        digits(text, time.getMinute(), 2).append(':');
        digits(text, time.getSecond(), 2);
        int nano = instant.getNano();
        if (nano > 0) {
            text.append('.');
            if (nano % 1_000_000 == 0) {
                digits(text, nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                digits(text, nano / 1000, 6);
            } else {
                digits(text, nano, 9);
            }
        }
        return text.append('Z').toString();
    }

    private static StringBuilder digits(StringBuilder text, int value, int width) {
        String number = Integer.toString(value);
        for (int pad = number.length(); pad < width; pad++) {
            text.append('0');
        }
        return text.append(number);
    }

    /**
     * {@code Instant.parse}, with a direct path for the form Rescind writes ({@code 2024-03-01T12:00:00.5Z}:
     * four-digit year, seconds, up to nine fraction digits, {@code Z}); anything else goes to
     * {@code Instant.parse}, which also refuses what is not a valid date.
     */
    static Instant parseInstant(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || length == 21 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
                || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || (length > 20 && text.charAt(19) != '.')) {
            return Instant.parse(text);
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        int second = number(text, 17, 19);
        int nano = 0;
        if (length > 20) {
            nano = number(text, 20, length - 1);
            for (int scale = length - 21; scale < 9 && nano >= 0; scale++) {
                nano *= 10;
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || second < 0 || second > 59
                || nano < 0) {
            return Instant.parse(text);
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nano).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException invalid) {
            return Instant.parse(text);
        }
    }

    /** The decimal digits of {@code text} from {@code start} to {@code end}; -1 if any is not a digit. */
    private static int number(String text, int start, int end) {
        int value = 0;
        for (int index = start; index < end; index++) {
            char digit = text.charAt(index);
            if (digit < '0' || digit > '9') {
                return -1;
            }
            value = value * 10 + (digit - '0');
        }
        return value;
    }

    @FunctionalInterface
    private interface Parser {
        Object parse(String text) throws Exception;
    }

    /** A record's components and canonical constructor, looked up once per class. */
    private record RecordShape(RecordComponent[] components, Constructor<?> constructor) {

        static RecordShape of(Class<?> type) {
            if (!type.isRecord()) {
                throw new DocumentException(type.getName() + " is not a record");
            }
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            try {
                return new RecordShape(components, type.getDeclaredConstructor(parameterTypes));
            } catch (NoSuchMethodException impossible) {
                throw new IllegalStateException("every record has a canonical constructor", impossible);
            }
        }

        Object valueOf(Record record, int index) {
            try {
                return components[index].getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException unreadable) {
                throw new DocumentException("cannot read " + components[index], unreadable);
            }
        }

        Object construct(Object[] arguments, String what) {
            try {
                return constructor.newInstance(arguments);
            } catch (InvocationTargetException refused) {
                throw new DocumentException(what + " refused its stored values: " + refused.getCause().getMessage(),
                        refused.getCause());
            } catch (ReflectiveOperationException unusable) {
                throw new DocumentException("cannot construct " + what, unusable);
            }
        }
    }

    /** A document that does not fit the type it should hold, or a value the codec cannot store. */
    static final class DocumentException extends RuntimeException {

        DocumentException(String message) {
            super(message);
        }

        DocumentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
